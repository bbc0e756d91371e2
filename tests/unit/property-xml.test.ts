// @vitest-environment node
// Property-based tests of the XML reader: on any string, and on valid SOAP answers cut, spliced
// and salted with hostile tokens, it answers with a tree or its own typed error (never an
// exception, never an internal error dressed as one); what reads such answers on top of it never
// throws either; and generated well-formed documents come back with exactly their names,
// namespaces, attributes and text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyHttpAnswer } from '../../lib/protocol/classify';
import { decodeFields } from '../../lib/protocol/fields';
import { readSoapResponse } from '../../lib/protocol/response';
import { child, parseXml, type XmlElement, type XmlErrorCode, type XmlResult } from '../../lib/protocol/xml';

const CODES: readonly XmlErrorCode[] = ['too-large', 'too-deep', 'doctype', 'syntax', 'entity', 'empty', 'too-many-attributes', 'deadline'];

/** A result is a tree, or the reader's own error: a known code, a message, an offset in the input. */
function expectTyped(r: XmlResult, input: string) {
  if (r.ok) {
    expect(typeof r.root.name).toBe('string');
    return;
  }
  expect(CODES).toContain(r.error.code);
  expect(r.error.message.length).toBeGreaterThan(0);
  // An internal failure caught by the last line of defence would read "TypeError: …".
  expect(r.error.message).not.toMatch(/^(TypeError|RangeError|ReferenceError|SyntaxError|InternalError|Error)\b/);
  expect(r.error.offset).toBeGreaterThanOrEqual(0);
  expect(r.error.offset).toBeLessThanOrEqual(input.length);
}

/** Pieces of XML and of attacks on it, so random strings often get deep into the reader. */
const TOKENS = [
  '<', '>', '/', '/>', '</', '=', '"', "'", ' ', '\n', '\r\n', '\t', '\uFEFF', 'a', 'b', 's:', 'x:y', 'Envelope', 'Body',
  '&', ';', '&amp;', '&lt;', '&#x41;', '&#65;', '&#0;', '&#x110000;', '&#xD800;', '&constructor;', '&__proto__;', '&toString;', '&xxe;',
  '<!--', '-->', '<?xml version="1.0"?>', '?>', '<![CDATA[', ']]>', '<!DOCTYPE a [<!ENTITY x "y">]>', '<!ENTITY', 'SYSTEM "http://127.0.0.1/"',
  'xmlns="urn:a"', 'xmlns:s="urn:s"', 'xmlns:', 'i:nil="true"', '__proto__="1"', 'constructor="2"', 'a="1" a="2"',
];
const xmlish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(''));

const FIXTURES = ['getconfig-prefixed.xml', 'getconfig-default-ns.xml', 'getconfig-bom-crlf.xml', 'fault-action.xml', 'getlist-prefixed.xml', 'testconfig-error.xml', 'actortypes.xml'].map(
  (name) => readFileSync(resolve(import.meta.dirname, '../fixtures/protocol', name), 'utf8'),
);

/** Edits a broken connector or a proxy might make: cut, drop, insert, duplicate a slice. */
type Edit = { kind: 'cut' | 'drop' | 'insert' | 'duplicate'; at: number; len: number; token: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('cut', 'drop', 'insert', 'duplicate'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 40 }),
  token: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 8 })),
});
function applyEdit(doc: string, e: Edit): string {
  const at = e.at % (doc.length + 1);
  switch (e.kind) {
    case 'cut':
      return doc.slice(0, at);
    case 'drop':
      return doc.slice(0, at) + doc.slice(at + e.len);
    case 'insert':
      return doc.slice(0, at) + e.token + doc.slice(at);
    case 'duplicate':
      return doc.slice(0, at) + doc.slice(at, at + e.len) + doc.slice(at);
  }
}
const mutated = fc.tuple(fc.constantFrom(...FIXTURES), fc.array(edit, { minLength: 1, maxLength: 6 })).map(([doc, edits]) => edits.reduce(applyEdit, doc));

describe('the XML reader never throws anything but its typed error', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }), xmlish), (s) => {
        expectTyped(parseXml(s), s);
      }),
      { numRuns: 1500 },
    );
  });

  it('on mutated valid SOAP answers, and neither do the SOAP reading and classification on top', () => {
    fc.assert(
      fc.property(mutated, fc.constantFrom(200, 500), (doc, status) => {
        expectTyped(parseXml(doc), doc);
        const reading = readSoapResponse(doc, 'WSGetConfigData');
        expect(['result', 'fault', 'not-soap']).toContain(reading.kind);
        const o = classifyHttpAnswer({ status, statusText: '', headers: { 'content-type': 'text/xml' }, body: doc, requestUrl: 'https://erp.example/ErpConnectorWS.svc' }, 'WSGetConfigData', (p) =>
          decodeFields(child(p, 'FieldMetaDataObjects')),
        );
        expect(o.kind).toMatch(/^(ok|connector-error|soap-fault|contract-mismatch|not-soap|http-status)$/);
      }),
      { numRuns: 600 },
    );
  });

  it('resolves only the five predefined entities and character references; any other name is an entity error', () => {
    const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    const ref = fc.oneof(fc.stringMatching(/^[A-Za-z_][\w.-]{0,10}$/), fc.constantFrom(...Object.keys(PREDEFINED), '__proto__', 'constructor', 'toString', 'valueOf', 'xxe', 'lol9'));
    fc.assert(
      fc.property(ref, fc.boolean(), (entity, inAttr) => {
        const r = parseXml(inAttr ? `<a v="&${entity};"/>` : `<a>&${entity};</a>`);
        if (Object.hasOwn(PREDEFINED, entity)) {
          expect(r.ok && (inAttr ? r.root.attrs.v : r.root.text)).toBe(PREDEFINED[entity]);
        } else {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.code).toBe('entity');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('refuses every DOCTYPE unexpanded, whatever it declares', () => {
    const decl = fc.constantFrom('<!ENTITY a "b">', '<!ENTITY % p SYSTEM "http://127.0.0.1/x">', '<!ENTITY x SYSTEM "file:///etc/passwd">', '<!ELEMENT a ANY>', '');
    fc.assert(
      fc.property(fc.array(decl, { maxLength: 4 }), fc.string({ maxLength: 20 }), (decls, body) => {
        const doc = `<?xml version="1.0"?><!DOCTYPE a [${decls.join('')}]><a>${body.replace(/[<&]/g, '')}&a;</a>`;
        const r = parseXml(doc);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.code).toBe('doctype');
      }),
      { numRuns: 200 },
    );
  });
});

// ---- Round trip: generated documents, written with escaping, read back exactly ----

interface Gen {
  prefixed: boolean;
  local: string;
  attrs: Array<[string, string]>;
  /** Text before each child and after the last: children.length + 1 segments. */
  segments: Array<{ text: string; cdata: boolean }>;
  children: Gen[];
}

const NS = 'urn:example:p';
const name = fc.stringMatching(/^[A-Za-z_][\w.-]{0,7}$/);
/** Names that are also Object.prototype's keys must be attributes like any other. */
const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const attrName = fc.oneof(name.filter((n) => !n.toLowerCase().startsWith('xml')), fc.constantFrom(...PROTO_KEYS));
/** Any text, including what must be escaped, astral characters and lone surrogates. */
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('', ' ', '&<>"\'', ']]>', 'a & b < c', '\r\n', 'Ørsta æøå'));
const attrs = fc.uniqueArray(fc.tuple(attrName, text), { maxLength: 4, selector: ([n]) => n });
const segment = fc.record({ text, cdata: fc.boolean() });

/** Elements nested at most `depth` levels below this one. */
function treeAt(depth: number): fc.Arbitrary<Gen> {
  const kids: fc.Arbitrary<Gen[]> = depth === 0 ? fc.constant([]) : fc.array(treeAt(depth - 1), { maxLength: 3 });
  return fc
    .record({ prefixed: fc.boolean(), local: name, attrs, children: kids })
    .chain((e) => fc.array(segment, { minLength: e.children.length + 1, maxLength: e.children.length + 1 }).map((segments) => ({ ...e, segments })));
}
const tree = treeAt(3);

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => escText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;');

function write(e: Gen, root: boolean): string {
  const qname = e.prefixed ? `p:${e.local}` : e.local;
  const decl = root ? ` xmlns:p="${NS}"` : '';
  const a = e.attrs.map(([n, v]) => ` ${n}="${escAttr(v)}"`).join('');
  const seg = (s: Gen['segments'][number]) => (s.cdata && !s.text.includes(']]>') ? `<![CDATA[${s.text}]]>` : escText(s.text));
  const inner = e.segments.map((s, i) => seg(s) + (e.children[i] ? write(e.children[i], false) : '')).join('');
  return `<${qname}${decl}${a}>${inner}</${qname}>`;
}

interface Seen {
  name: string;
  local: string;
  ns: string;
  attrs: Array<[string, string]>;
  text: string;
  children: Seen[];
}
const expected = (e: Gen, root: boolean): Seen => ({
  name: e.prefixed ? `p:${e.local}` : e.local,
  local: e.local,
  ns: e.prefixed ? NS : '',
  attrs: [...(root ? ([['xmlns:p', NS]] as Array<[string, string]>) : []), ...e.attrs],
  text: e.segments.map((s) => s.text).join(''),
  children: e.children.map((c) => expected(c, false)),
});
const seen = (el: XmlElement): Seen => ({ name: el.name, local: el.local, ns: el.ns, attrs: Object.entries(el.attrs), text: el.text, children: el.children.map(seen) });

describe('well-formed documents round-trip', () => {
  it('names, namespaces, attributes and text (escaped, CDATA, split around children) come back exactly', () => {
    fc.assert(
      fc.property(tree, fc.boolean(), (t, declaration) => {
        const doc = `${declaration ? '<?xml version="1.0" encoding="utf-8"?>\n' : ''}${write(t, true)}`;
        const r = parseXml(doc);
        expect(r.ok, r.ok ? '' : `${r.error.code}: ${r.error.message}\n${doc}`).toBe(true);
        if (r.ok) expect(seen(r.root)).toEqual(expected(t, true));
      }),
      { numRuns: 400 },
    );
  });
});
