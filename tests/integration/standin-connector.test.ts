// @vitest-environment node
// The reference Sync Connector over raw HTTP: every operation for both profiles in WCF's style
// (s:/a: prefixes, i:nil, KeyValueOfstringstring, string arrays), requests read by local names,
// routing by path and ?ConnectorName=, the control endpoint, and WCF's GET pages.
import { describe, expect, it } from 'vitest';
import { child, children, parseXml, type XmlElement } from '../../lib/protocol/xml';
import type { Standin } from '../../standin/index';
import { useStandin } from '../../standin/testing';

let s: Standin;
useStandin((started) => (s = started));

const NS = 'http://www.superoffice.net/EIS/Connector/1.0';
const ARRAYS = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';
const ZERO = '00000000-0000-0000-0000-000000000000';

/** A request the way a .NET client writes it (members in the data-contract namespace with a prefix). */
function envelope(op: string, members = ''): string {
  const req = op === 'WSGetConfigData' ? '' : `<request xmlns:d="${NS}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">${members}</request>`;
  return `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><${op} xmlns="${NS}">${req}</${op}></s:Body></s:Envelope>`;
}
const info = (m: Record<string, string>) =>
  `<d:ConnectionInfo xmlns:b="${ARRAYS}">${Object.entries(m).map(([k, v]) => `<b:KeyValueOfstringstring><b:Key>${k}</b:Key><b:Value>${v}</b:Value></b:KeyValueOfstringstring>`).join('')}</d:ConnectionInfo>`;

async function call(url: string, op: string, members = '', action: string | null = `${NS}/IErpConnectorWS/${op}`) {
  const headers: Record<string, string> = { 'Content-Type': 'text/xml; charset=utf-8' };
  if (action !== null) headers.SOAPAction = `"${action}"`;
  const res = await fetch(url, { method: 'POST', headers, body: envelope(op, members) });
  const text = await res.text();
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error(text);
  const result = child(child(child(parsed.root, 'Body') as XmlElement, `${op}Response`) as XmlElement, `${op}Result`) as XmlElement;
  const t = (n: string) => child(result, n)?.text;
  return { res, text, result, IsOk: t('IsOk'), ErrorCode: t('ErrorCode'), UserExplanation: t('UserExplanation') };
}

describe.each(['finance', 'files'] as const)('%s profile', (p) => {
  const valid: Record<string, string> = p === 'finance' ? { companyDb: 'demo', username: 'demo', password: 'demo123' } : { fileMask: '*.csv', batchSize: '[I:10]', syncFrom: '[DT:02/29/2024 12:30:00.0000000]', currencyRate: '[F:9.75]' };
  const guid = p === 'finance' ? '11111111-2222-4333-8444-555555555555' : '21111111-2222-4333-8444-555555555555';

  it('WSGetConfigData in WCF style: s: envelope, a: members, i:nil for nulls, fields with all metadata', async () => {
    const r = await call(s.connectorUrl(p), 'WSGetConfigData', '');
    expect(r.res.status).toBe(200);
    expect(r.res.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    expect(r.res.headers.get('access-control-allow-origin')).toBeNull();
    expect(r.text).toMatch(/^<s:Envelope xmlns:s="http:\/\/schemas.xmlsoap.org\/soap\/envelope\/"><s:Body><WSGetConfigDataResponse xmlns="http:\/\/www.superoffice.net\/EIS\/Connector\/1.0"><WSGetConfigDataResult xmlns:a="[^"]+" xmlns:i="http:\/\/www.w3.org\/2001\/XMLSchema-instance"><a:ErrorCode i:nil="true"\/><a:IsOk>true<\/a:IsOk><a:State>Ok<\/a:State>/);
    const items = child(r.result, 'FieldMetaDataObjects')?.children ?? [];
    expect(items.length).toBe(p === 'finance' ? 7 : 6);
    expect(items[0]?.children.map((c) => c.local)).toEqual(['Access', 'DefaultValue', 'DisplayDescription', 'DisplayName', 'FieldKey', 'FieldType', 'ListName', 'MaxLength', 'Rank']);
    const ranks = items.map((i) => Number(child(i, 'Rank')?.text));
    expect(ranks).not.toEqual([...ranks].sort((a, b) => a - b));
  });

  it('WSTestConfigData validates: ok with the documented values, MISSING_MANDATORY_FIELD, format errors', async () => {
    expect((await call(s.connectorUrl(p), 'WSTestConfigData', info(valid))).IsOk).toBe('true');
    const missing = await call(s.connectorUrl(p), 'WSTestConfigData', info({}));
    expect(missing).toMatchObject({ IsOk: 'false', ErrorCode: 'MISSING_MANDATORY_FIELD' });
    expect(child(missing.result, 'State')?.text).toBe('Error');
    expect(child(missing.result, 'TechExplanation')?.text).toBeTruthy();
    const key = p === 'finance' ? 'pageSize' : 'batchSize';
    expect((await call(s.connectorUrl(p), 'WSTestConfigData', info({ ...valid, [key]: 'many' }))).ErrorCode).toBe('INVALID_VALUE_FORMAT');
    expect((await call(s.connectorUrl(p), 'WSTestConfigData', info({ ...valid, [key]: '[I:0]' }))).ErrorCode).toBe('INVALID_VALUE');
  });

  it('WSSaveConnection → WSTestConnection → WSGetSupportedActorTypes → WSDeleteConnection', async () => {
    const g = `<d:ConnectionGuid>${guid}</d:ConnectionGuid>`;
    expect((await call(s.connectorUrl(p), 'WSTestConnection', g)).ErrorCode).toBe('UNKNOWN_CONNECTION_ID');
    expect((await call(s.connectorUrl(p), 'WSSaveConnection', `<d:ConnectionGuid>${ZERO}</d:ConnectionGuid>${info(valid)}`)).ErrorCode).toBe('INVALID_CONNECTION_ID');
    expect((await call(s.connectorUrl(p), 'WSSaveConnection', g + info(valid))).IsOk).toBe('true');
    expect((await call(s.connectorUrl(p), 'WSTestConnection', g)).IsOk).toBe('true');
    const types = await call(s.connectorUrl(p), 'WSGetSupportedActorTypes', g);
    const items = child(types.result, 'Items') as XmlElement;
    expect(items.children.every((c) => c.ns === ARRAYS && c.local === 'string')).toBe(true);
    expect(items.children.map((c) => c.text)).toContain('Customer');
    expect((await call(s.connectorUrl(p), 'WSDeleteConnection', g)).IsOk).toBe('true');
    expect((await call(s.connectorUrl(p), 'WSDeleteConnection', g)).ErrorCode).toBe('UNKNOWN_CONNECTION_ID');
    const gone = await call(s.connectorUrl(p), 'WSGetSupportedActorTypes', g);
    expect(gone.ErrorCode).toBe('UNKNOWN_CONNECTION_ID');
    expect(gone.text).toContain('<a:Items i:nil="true"/>');
  });
});

describe('lists and other operations', () => {
  it('WSGetList / WSGetListItems answer KeyValueOfstringstring maps in the Arrays namespace', async () => {
    const list = await call(s.connectorUrl('finance'), 'WSGetList', `<d:ConnectionGuid>${ZERO}</d:ConnectionGuid><d:ListName>departments</d:ListName>`);
    const kvs = children(child(list.result, 'ListItems') as XmlElement, 'KeyValueOfstringstring');
    expect(kvs[0]?.ns).toBe(ARRAYS);
    expect(kvs.map((kv) => [child(kv, 'Key')?.text, child(kv, 'Value')?.text])).toEqual([['100', 'Salg'], ['200', 'Økonomi'], ['300', 'Lager'], ['400', 'Kundeservice']]);
    const some = await call(s.connectorUrl('finance'), 'WSGetListItems', `<d:ListName>departments</d:ListName><d:ListItemKeys xmlns:b="${ARRAYS}"><b:string>400</b:string><b:string>999</b:string></d:ListItemKeys>`);
    expect(some.text).toContain('<b:Key>400</b:Key><b:Value>Kundeservice</b:Value>');
    expect(some.text).not.toContain('Salg');
    expect((await call(s.connectorUrl('files'), 'WSGetList', '<d:ListName>departments</d:ListName>')).ErrorCode).toBe('UNKNOWN_LIST');
  });

  it('dispatches by body element when SOAPAction is absent; actor operations answer NOT_IMPLEMENTED', async () => {
    expect((await call(s.connectorUrl('files'), 'WSGetConfigData', '', null)).IsOk).toBe('true');
    expect((await call(s.connectorUrl('files'), 'WSGetActors', '')).ErrorCode).toBe('NOT_IMPLEMENTED');
  });

  it('an unknown action is a SOAP 1.1 Fault a:ActionNotSupported with HTTP 500', async () => {
    const res = await fetch(s.connectorUrl('finance'), { method: 'POST', headers: { 'Content-Type': 'text/xml', SOAPAction: '"urn:nothing/WSDoMagic"' }, body: envelope('WSDoMagic') });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toContain('<s:Fault><faultcode xmlns:a="http://schemas.microsoft.com/net/2005/12/windowscommunicationfoundation/dispatcher">a:ActionNotSupported</faultcode>');
    expect(text).toContain("Action 'urn:nothing/WSDoMagic'");
  });
});

describe('routing and control', () => {
  it('?ConnectorName= selects the profile on the shared path; an unknown name is an error result', async () => {
    const files = await call(`${s.connectorOrigin}/ErpConnectorWS.svc?ConnectorName=files`, 'WSGetConfigData');
    expect(files.text).toContain('<a:FieldKey>fileMask</a:FieldKey>');
    const other = await call(`${s.connectorOrigin}/ErpConnectorWS.svc?connectorname=nope`, 'WSGetConfigData');
    expect(other.ErrorCode).toBe('CONNECTOR_NOT_FOUND');
    expect((await fetch(`${s.connectorOrigin}/elsewhere`, { method: 'POST' })).status).toBe(404);
  });

  it('GET shows the WCF help page, ?wsdl a WSDL with the SOAPActions', async () => {
    const help = await fetch(s.connectorUrl('finance'));
    expect(help.status).toBe(200);
    expect(await help.text()).toContain('ErpConnectorWS Service');
    const wsdl = await (await fetch(`${s.connectorUrl('finance')}?wsdl`)).text();
    expect(wsdl).toContain(`soapAction="${NS}/IErpConnectorWS/WSTestConfigData"`);
  });

  it('POST /__control/mode switches a profile; bad input is 400', async () => {
    const set = (body: unknown) => fetch(`${s.connectorOrigin}/__control/mode`, { method: 'POST', body: JSON.stringify(body) });
    const ok = await set({ profile: 'files', mode: 'fault' });
    expect(await ok.json()).toEqual({ profile: 'files', mode: 'fault' });
    expect((await fetch(`${s.connectorOrigin}/__control/mode`)).ok).toBe(true);
    expect((await fetch(s.connectorUrl('files'), { method: 'POST', body: envelope('WSGetConfigData') })).status).toBe(500);
    expect((await fetch(s.connectorUrl('finance'), { method: 'POST', body: envelope('WSGetConfigData') })).status).toBe(200);
    expect((await set({ profile: 'files', mode: 'explode' })).status).toBe(400);
    expect((await set({ profile: 'payroll', mode: 'ok' })).status).toBe(400);
  });
});
