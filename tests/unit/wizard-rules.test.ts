import { describe, expect, it } from 'vitest';
import { classifyConnectorUrl, sameConnectorUrl } from '../../lib/wizard/connector-url';
import { concernedFields } from '../../lib/wizard/concerned-fields';
import { valuesKey } from '../../lib/wizard/values-key';
import { FIELDS, outcome } from './wizard-fakes';

describe('classifyConnectorUrl', () => {
  it.each([
    ['app://1a2b3c4d', { ok: true, kind: 'app', clientId: '1a2b3c4d' }],
    ['https://erp.example/sync/ErpConnectorWS.svc', { ok: true, kind: 'http', url: 'https://erp.example/sync/ErpConnectorWS.svc', warning: null }],
    ['http://erp.example/ErpConnectorWS.svc?ConnectorName=Visma', { ok: true, kind: 'http', url: 'http://erp.example/ErpConnectorWS.svc?ConnectorName=Visma', warning: null }],
    ['https://erp.example/sync/', { ok: true, kind: 'http', url: 'https://erp.example/sync/', warning: 'no-svc' }],
    ['plugin://VismaConnector', { ok: true, kind: 'plugin', name: 'VismaConnector' }],
  ])('accepts %s', (raw, expected) => {
    expect(classifyConnectorUrl(raw)).toEqual(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ftp://erp.example/x', 'scheme'],
    ['erp.example/ErpConnectorWS.svc', 'scheme'],
    ['https://user:pw@erp.example/ErpConnectorWS.svc', 'credentials'],
    ['https://erp.example/Erp Connector.svc', 'spaces'],
    ['app://', 'app-id'],
    ['app://has/slash', 'app-id'],
    ['plugin://', 'plugin-name'],
    [`https://erp.example/${'x'.repeat(1100)}`, 'too-long'],
  ])('refuses %j as %s', (raw, problem) => {
    expect(classifyConnectorUrl(raw)).toEqual({ ok: false, problem });
  });

  it('treats addresses differing only in case of host or a trailing slash as the same', () => {
    expect(sameConnectorUrl('HTTPS://ERP.example/a/', 'https://erp.example/a')).toBe(true);
    expect(sameConnectorUrl('app://ABC', 'app://abc')).toBe(true);
    expect(sameConnectorUrl('https://erp.example/a', 'https://erp.example/b')).toBe(false);
  });
});

describe('valuesKey', () => {
  it('changes with any value or the address, not with key order', () => {
    const k = valuesKey('http://a', { x: '1', y: '2' });
    expect(valuesKey('http://a', { y: '2', x: '1' })).toBe(k);
    expect(valuesKey('http://a', { x: '1', y: '3' })).not.toBe(k);
    expect(valuesKey('http://b', { x: '1', y: '2' })).not.toBe(k);
  });
});

describe('concernedFields', () => {
  it('finds the fields a connector’s explanation names, in either language', () => {
    const o = outcome('connector-error', { UserExplanation: 'US:"Wrong user name or password";NO:"Feil brukernavn eller passord"', ErrorCode: 'INVALID_CREDENTIALS' });
    expect(concernedFields(o, FIELDS, 'no')).toEqual(['username', 'password']);
    expect(concernedFields(outcome('connector-error', { UserExplanation: 'Page size must be 1-1000' }), FIELDS, 'en')).toEqual(['pageSize']);
  });

  it('names no field for a pass or for transport failures', () => {
    expect(concernedFields(outcome('ok'), FIELDS, 'en')).toEqual([]);
    expect(concernedFields(null, FIELDS, 'en')).toEqual([]);
  });
});
