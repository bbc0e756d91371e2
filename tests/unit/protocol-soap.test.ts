import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFields } from '../../lib/protocol/fields';
import { readSoapResponse, readStringArray, readStringMap } from '../../lib/protocol/response';
import {
  ARRAYS_NS, DEFAULT_CONTRACT_NS, EMPTY_GUID, buildGetConfigData, buildGetList, buildGetSupportedActorTypes,
  buildTestConfigData, buildTestConnection, defaultSoapAction, resolveProtocol, xmlEscape,
} from '../../lib/protocol/soap';
import { child, children, descendant, parseXml, type XmlElement } from '../../lib/protocol/xml';

const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'tests/fixtures/protocol', name), 'utf8');
const parse = (xml: string): XmlElement => {
  const r = parseXml(xml);
  if (!r.ok) throw new Error(r.error.message);
  return r.root;
};

describe('envelopes', () => {
  it('keeps the namespace and SOAPAction scheme in one place, overridable', () => {
    expect(defaultSoapAction('WSGetConfigData', DEFAULT_CONTRACT_NS)).toBe(`${DEFAULT_CONTRACT_NS}/IErpConnectorWS/WSGetConfigData`);
    expect(buildGetConfigData().soapAction).toBe('http://www.superoffice.net/EIS/Connector/1.0/IErpConnectorWS/WSGetConfigData');
    expect(buildGetConfigData({ namespace: 'http://tempuri.org/' }).soapAction).toBe('http://tempuri.org/IErpConnectorWS/WSGetConfigData');
    const custom = buildTestConnection(EMPTY_GUID, { soapAction: (op, ns) => `${ns}#${op}` });
    expect(custom.soapAction).toBe(`${DEFAULT_CONTRACT_NS}#WSTestConnection`);
    expect(resolveProtocol({ namespace: '  ' }).namespace).toBe(DEFAULT_CONTRACT_NS);
  });

  it('WSGetConfigData has no parameters', () => {
    const body = child(parse(buildGetConfigData().body), 'Body')!;
    const op = child(body, 'WSGetConfigData')!;
    expect(op.ns).toBe(DEFAULT_CONTRACT_NS);
    expect(op.children).toEqual([]);
  });

  it('WSGetList wraps ConnectionGuid (all zero) and ListName in <request>', () => {
    const req = child(descendant(parse(buildGetList('Currencies').body), 'WSGetList')!, 'request')!;
    expect(req.children.map((c) => [c.local, c.text, c.ns])).toEqual([
      ['ConnectionGuid', EMPTY_GUID, DEFAULT_CONTRACT_NS],
      ['ListName', 'Currencies', DEFAULT_CONTRACT_NS],
    ]);
  });

  it('WSTestConfigData sends ConnectionInfo as KeyValueOfstringstring in the Arrays namespace, escaped', () => {
    const values = { 'Path & file': 'C:\\<x>\\"q"', Empty: '', Norsk: 'æøå' };
    const built = buildTestConfigData(values);
    expect(built.body).not.toContain('<x>');
    const info = descendant(parse(built.body), 'ConnectionInfo')!;
    const pairs = children(info, 'KeyValueOfstringstring');
    expect(pairs.every((p) => p.ns === ARRAYS_NS && child(p, 'Key')!.ns === ARRAYS_NS)).toBe(true);
    expect(pairs.map((p) => [child(p, 'Key')!.text, child(p, 'Value')!.text])).toEqual(Object.entries(values));
    expect(child(descendant(parse(built.body), 'request')!, 'ConnectionGuid')!.text).toBe(EMPTY_GUID);
  });

  it('WSTestConnection and WSGetSupportedActorTypes carry the ConnectionGuid', () => {
    const guid = '0f8fad5b-d9cb-469f-a165-70867728950e';
    for (const b of [buildTestConnection(guid), buildGetSupportedActorTypes(guid)]) {
      expect(descendant(parse(b.body), 'ConnectionGuid')!.text).toBe(guid);
    }
  });

  it('can put request members in a separate data-contract namespace', () => {
    const b = buildGetList('L', { namespace: 'urn:svc', memberNamespace: 'urn:dc' });
    const req = descendant(parse(b.body), 'request')!;
    expect(req.ns).toBe('urn:svc');
    expect(child(req, 'ListName')!.ns).toBe('urn:dc');
  });

  it('escapes all five XML specials', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('readSoapResponse', () => {
  it.each(['getconfig-prefixed.xml', 'getconfig-default-ns.xml', 'getconfig-bom-crlf.xml'])('reads the result wrapper of %s by local names', (name) => {
    const r = readSoapResponse(fixture(name), 'WSGetConfigData');
    expect(r.kind).toBe('result');
    if (r.kind === 'result') {
      expect(r.result.IsOk).toBe(true);
      expect(child(r.payload, 'FieldMetaDataObjects')).toBeDefined();
    }
  });

  it('reads nil members as null and the state as sent', () => {
    const r = readSoapResponse(fixture('getconfig-prefixed.xml'), 'WSGetConfigData');
    expect(r.kind === 'result' && r.result).toEqual({ IsOk: true, State: 'Ok', UserExplanation: null, TechExplanation: null, ErrorCode: null });
    const d = readSoapResponse(fixture('getconfig-default-ns.xml'), 'WSGetConfigData');
    expect(d.kind === 'result' && d.result.State).toBe('OkWithInfo');
    expect(d.kind === 'result' && d.result.UserExplanation).toBe('Demo connector & friends');
  });

  it('reads IsOk=false with the explanations and ErrorCode', () => {
    const r = readSoapResponse(fixture('testconfig-error.xml'), 'WSTestConfigData');
    expect(r.kind === 'result' && r.result).toEqual({
      IsOk: false, State: 'Error', UserExplanation: 'Feil brukernavn eller passord',
      TechExplanation: "Login failed for user 'sync'", ErrorCode: 'WRONG_CREDENTIALS',
    });
  });

  it('reads a SOAP 1.1 fault', () => {
    const r = readSoapResponse(fixture('fault-action.xml'), 'WSGetConfigData');
    expect(r.kind).toBe('fault');
    if (r.kind === 'fault') {
      expect(r.fault.faultcode).toBe('a:ActionNotSupported');
      expect(r.fault.faultstring).toMatch(/ContractFilter mismatch/);
      expect(r.fault.detail).toBe('inner');
    }
  });

  it('reads ListItems maps and Items string arrays, nil entries handled', () => {
    const l = readSoapResponse(fixture('getlist-prefixed.xml'), 'WSGetList');
    expect(l.kind === 'result' && readStringMap(child(l.payload, 'ListItems'))).toEqual([
      { key: 'nok', value: 'NO:"Norske kroner";US:"Norwegian krone"' },
      { key: 'eur', value: 'Euro' },
      { key: 'x', value: '' },
    ]);
    const a = readSoapResponse(fixture('actortypes.xml'), 'WSGetSupportedActorTypes');
    expect(a.kind === 'result' && readStringArray(child(a.payload, 'Items'))).toEqual(['Customer', 'Contact']);
  });

  it('decodes the fields of every WCF style the same way', () => {
    const bom = readSoapResponse(fixture('getconfig-bom-crlf.xml'), 'WSGetConfigData');
    expect(bom.kind === 'result' && decodeFields(child(bom.payload, 'FieldMetaDataObjects')).fields).toEqual([
      { FieldKey: 'Port', Rank: 1, DisplayName: 'Port', DisplayDescription: null, FieldType: 'Integer', ListName: null, DefaultValue: '[I:8080]', MaxLength: 5, Access: 'Normal', Default: { type: 'Integer', value: 8080 } },
    ]);
  });

  it.each([
    ['', 'empty'],
    ['\uFEFF  \r\n', 'empty'],
    ['<html><body>Login</body></html>', 'no-envelope'],
    ['{"IsOk":true}', 'not-xml'],
    ['<s:Envelope xmlns:s="urn:s"/>', 'no-envelope'],
    ['<s:Envelope xmlns:s="urn:s"><s:Body><Other/></s:Body></s:Envelope>', 'unexpected-response'],
    ['<s:Envelope xmlns:s="urn:s"><s:Body><WSGetConfigDataResponse>', 'not-xml'],
  ])('classifies %j as not SOAP (%s)', (text, reason) => {
    const r = readSoapResponse(text, 'WSGetConfigData');
    expect(r.kind === 'not-soap' && r.reason).toBe(reason);
  });

  it('accepts a response without the <OperationResult> wrapper', () => {
    const r = readSoapResponse('<Envelope><Body><WSTestConnectionResponse><IsOk>1</IsOk></WSTestConnectionResponse></Body></Envelope>', 'WSTestConnection');
    expect(r.kind === 'result' && r.result.IsOk).toBe(true);
  });
});
