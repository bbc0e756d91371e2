import { describe, expect, it } from 'vitest';
import { attr, child, childText, children, descendant, isNil, parseXml } from '../../lib/protocol/xml';

function root(xml: string) {
  const r = parseXml(xml);
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.root;
}

describe('parseXml', () => {
  it('reads elements by local name whatever the prefix, resolving namespaces', () => {
    const r = root('<s:Envelope xmlns:s="urn:s" xmlns:a="urn:a"><s:Body><a:IsOk>true</a:IsOk></s:Body></s:Envelope>');
    expect(r.local).toBe('Envelope');
    expect(r.ns).toBe('urn:s');
    const ok = child(child(r, 'Body')!, 'IsOk')!;
    expect(ok).toMatchObject({ name: 'a:IsOk', prefix: 'a', local: 'IsOk', ns: 'urn:a', text: 'true' });
  });

  it('applies a default namespace to unprefixed children and lets it be redeclared', () => {
    const r = root('<Envelope xmlns="urn:env"><Body><X xmlns="urn:x"><Y/></X></Body></Envelope>');
    const x = descendant(r, 'X')!;
    expect(child(r, 'Body')!.ns).toBe('urn:env');
    expect(x.ns).toBe('urn:x');
    expect(child(x, 'Y')!.ns).toBe('urn:x');
  });

  it('strips a BOM and accepts CRLF line ends', () => {
    const r = root('\uFEFF<?xml version="1.0"?>\r\n<a>\r\n<b>1</b>\r\n</a>\r\n');
    expect(childText(r, 'b')).toBe('1');
  });

  it('treats i:nil="true" as null and exposes attributes by local name', () => {
    const r = root('<a xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><b i:nil="true"/><c i:type="x">v</c></a>');
    expect(isNil(child(r, 'b')!)).toBe(true);
    expect(childText(r, 'b')).toBeNull();
    expect(childText(r, 'missing')).toBeNull();
    expect(attr(child(r, 'c')!, 'type')).toBe('x');
  });

  it('reads CDATA verbatim and decodes the predefined entities and character references', () => {
    const r = root('<a><b><![CDATA[<x> & y]]></b><c>&lt;&amp;&gt;&quot;&apos;&#65;&#x42;</c></a>');
    expect(childText(r, 'b')).toBe('<x> & y');
    expect(childText(r, 'c')).toBe('<&>"\'AB');
  });

  it('lists repeated children in order', () => {
    const r = root('<a><i>1</i><j/><i>2</i></a>');
    expect(children(r, 'i').map((e) => e.text)).toEqual(['1', '2']);
  });

  it.each([
    ['DOCTYPE', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'doctype'],
    ['an unknown entity', '<a>&x;</a>', 'entity'],
    ['an external-looking entity', '<a>&xxe;</a>', 'entity'],
    ['a mismatched tag', '<a><b></a></b>', 'syntax'],
    ['an unclosed element', '<a><b>', 'syntax'],
    ['text outside the root', 'hello <a/>', 'syntax'],
    ['two roots', '<a/><b/>', 'syntax'],
    ['an undeclared prefix', '<x:a/>', 'syntax'],
    ['a duplicate attribute', '<a b="1" b="2"/>', 'syntax'],
    ['an empty document', '   ', 'empty'],
    ['an HTML page', '<!DOCTYPE html><html><body>hi</body></html>', 'doctype'],
  ])('refuses %s with a typed error', (_what, xml, code) => {
    const r = parseXml(xml);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toBeTruthy();
    }
  });

  it('refuses input over the size cap before parsing', () => {
    const r = parseXml(`<a>${'x'.repeat(200)}</a>`, { maxChars: 100 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('too-large');
  });

  it('refuses nesting deeper than the cap (no stack overflow)', () => {
    const deep = '<a>'.repeat(5000) + '</a>'.repeat(5000);
    const r = parseXml(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('too-deep');
  });

  it('never throws on random garbage', () => {
    const alphabet = ['<', '>', '/', 'a', 'b', '=', '"', '&', ';', '!', '?', '[', ']', ' ', 'x:', 'CDATA', '-'];
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const s = Array.from({ length: 1 + Math.floor(rnd() * 40) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      expect(() => parseXml(s)).not.toThrow();
    }
  });
});
