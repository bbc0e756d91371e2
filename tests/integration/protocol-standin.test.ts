// @vitest-environment node
// The protocol library over real HTTP against the reference connector stand-in: both profiles,
// every failure mode, the BOM/CRLF style, cancellation and timeouts.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_GUID, getConfigData, getList, getSupportedActorTypes, prepareConnectionInfo, resolveText, testConfigData, testConnection,
  type ConfigField, type Outcome,
} from '../../lib/protocol';
import { buildSaveConnection } from '../../lib/protocol/soap';
import { startStandin } from '../../standin/index';
import { useStandin } from '../../standin/testing';

type Profile = 'finance' | 'files';
let standin: Awaited<ReturnType<typeof startStandin>>;
const url = (p: Profile) => standin.connectorUrl(p);

/** Valid plain values per profile, as documented in standin/connector/profiles.ts. */
const VALID: Record<Profile, Record<string, string>> = {
  finance: { companyDb: 'DEMO', username: 'demo', password: 'demo123', department: '300', pageSize: '250', useVat: 'false' },
  files: { fileMask: '*.csv', batchSize: '1000', currencyRate: '11.25', syncFrom: '2024-02-29 12:30:00', deleteAfterImport: 'true' },
};
const FIELD_KEYS: Record<Profile, string[]> = {
  finance: ['info', 'companyDb', 'username', 'password', 'pageSize', 'department', 'useVat'],
  files: ['exportFolder', 'fileMask', 'batchSize', 'currencyRate', 'syncFrom', 'deleteAfterImport'],
};

useStandin((started) => (standin = started));

async function fieldsOf(p: Profile): Promise<ConfigField[]> {
  const o = await getConfigData(url(p));
  if (o.kind !== 'ok') throw new Error(`getConfigData ${p}: ${o.kind}`);
  return o.value.fields;
}

function expectKind<T>(o: Outcome<T>, kind: Outcome<T>['kind']) {
  expect(o.kind, JSON.stringify(o)).toBe(kind);
  expect(o.latencyMs).toBeGreaterThanOrEqual(0);
  expect(o.hint.en).toBeTruthy();
  expect(o.hint.no).toBeTruthy();
}

describe.each(['finance', 'files'] as const)('profile %s', (p) => {
  it('WSGetConfigData: the fields, ordered by Rank, without warnings', async () => {
    const o = await getConfigData(url(p));
    expectKind(o, 'ok');
    if (o.kind !== 'ok') return;
    expect(o.value.warnings).toEqual([]);
    expect(o.value.fields.map((f) => f.FieldKey)).toEqual(FIELD_KEYS[p]);
    expect(o.result).toMatchObject({ IsOk: true, State: 'Ok' });
  });

  it('the BOM + CRLF + default-namespace style decodes to exactly the same fields', async () => {
    const plain = await fieldsOf(p);
    await standin.setConnectorMode(p, 'bom-crlf');
    const o = await getConfigData(url(p));
    expectKind(o, 'ok');
    expect(o.kind === 'ok' && o.value.fields).toEqual(plain);
  });

  it('WSTestConfigData passes with the documented valid values, typed plainly and encoded per type', async () => {
    const prepared = prepareConnectionInfo(await fieldsOf(p), VALID[p]);
    expect(prepared.problems).toEqual([]);
    const o = await testConfigData(url(p), prepared.connectionInfo);
    expectKind(o, 'ok');
  });

  it('WSTestConfigData with a mandatory field left empty: connector-error with its explanation', async () => {
    const o = await testConfigData(url(p), {});
    expectKind(o, 'connector-error');
    if (o.kind === 'connector-error') {
      expect(o.ErrorCode).toBe('MISSING_MANDATORY_FIELD');
      expect(o.UserExplanation).toBeTruthy();
      expect(o.State).toBe('Error');
    }
  });

  it('wrong-credentials mode: connector-error INVALID_CREDENTIALS with a localised UserExplanation', async () => {
    await standin.setConnectorMode(p, 'wrong-credentials');
    const prepared = prepareConnectionInfo(await fieldsOf(p), VALID[p]);
    const o = await testConfigData(url(p), prepared.connectionInfo);
    expectKind(o, 'connector-error');
    if (o.kind === 'connector-error') {
      expect(o.ErrorCode).toBe('INVALID_CREDENTIALS');
      expect(resolveText(o.UserExplanation, 'no')).toBe('Brukernavnet eller passordet er feil.');
      expect(resolveText(o.UserExplanation, 'en')).toBe('The user name or password is wrong.');
    }
  });

  it('WSTestConnection and WSGetSupportedActorTypes: unknown before saving, ok after', async () => {
    const guid = p === 'finance' ? '3f2504e0-4f89-11d3-9a0c-0305e82c3301' : '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const before = await testConnection(url(p), guid);
    expectKind(before, 'connector-error');
    expect(before.kind === 'connector-error' && before.ErrorCode).toBe('UNKNOWN_CONNECTION_ID');
    const info = prepareConnectionInfo(await fieldsOf(p), VALID[p]).connectionInfo;
    const save = buildSaveConnection(guid, info);
    const saved = await fetch(url(p), { method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"${save.soapAction}"` }, body: save.body });
    expect(await saved.text()).toContain('<a:IsOk>true</a:IsOk>');
    expectKind(await testConnection(url(p), guid), 'ok');
    const types = await getSupportedActorTypes(url(p), guid);
    expectKind(types, 'ok');
    expect(types.kind === 'ok' && types.value).toEqual(p === 'finance' ? ['Customer', 'Supplier', 'Contact', 'Project'] : ['Customer', 'Product']);
  });

  it.each([
    ['http500-html', 'http-status'],
    ['fault', 'soap-fault'],
    ['malformed', 'not-soap'],
    ['oversized', 'too-large'],
    ['html-login', 'not-soap'],
    ['windows-auth', 'not-soap'],
  ] as const)('%s mode → %s', async (mode, kind) => {
    await standin.setConnectorMode(p, mode);
    const o = await getConfigData(url(p));
    expectKind(o, kind);
    if (o.kind === 'http-status') expect(o).toMatchObject({ status: 500, bodyKind: 'html' });
    if (o.kind === 'soap-fault') expect(o.faultcode).toMatch(/InternalServiceFault/);
    if (o.kind === 'too-large') expect(o.limitBytes).toBe(2 * 1024 * 1024);
    if (o.kind === 'not-soap') expect(o.reason).toBe({ malformed: 'not-xml', 'html-login': 'html-page', 'windows-auth': 'windows-auth' }[mode as string]);
  });

  it('hang mode with a short timeout → timeout, close to the limit', async () => {
    await standin.setConnectorMode(p, 'hang');
    const o = await getConfigData(url(p), { timeoutMs: 300 });
    expectKind(o, 'timeout');
    expect(o.latencyMs).toBeGreaterThanOrEqual(250);
    expect(o.latencyMs).toBeLessThan(3000);
  });

  it('hang mode, cancelled by the caller → cancelled', async () => {
    await standin.setConnectorMode(p, 'hang');
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 150);
    const o = await testConfigData(url(p), {}, { signal: ac.signal, timeoutMs: 10_000 });
    expectKind(o, 'cancelled');
    expect(o.latencyMs).toBeLessThan(5000);
  });
});

describe('finance lists', () => {
  it('WSGetList (all-zero GUID) gives the department items', async () => {
    const o = await getList(url('finance'), 'departments');
    expectKind(o, 'ok');
    expect(o.kind === 'ok' && o.value).toEqual([
      { key: '100', text: 'Salg' }, { key: '200', text: 'Økonomi' }, { key: '300', text: 'Lager' }, { key: '400', text: 'Kundeservice' },
    ]);
    expect(EMPTY_GUID).toMatch(/^[0-]+$/);
  });

  it('an unknown list → connector-error UNKNOWN_LIST', async () => {
    const o = await getList(url('finance'), 'nope');
    expect(o.kind === 'connector-error' && o.ErrorCode).toBe('UNKNOWN_LIST');
  });

  it('a department not in the list is caught before sending when the list is known', async () => {
    const items = await getList(url('finance'), 'departments');
    const keys = items.kind === 'ok' ? items.value.map((i) => i.key) : [];
    const prepared = prepareConnectionInfo(await fieldsOf('finance'), { ...VALID.finance, department: '999' }, { listKeys: { departments: keys } });
    expect(prepared.problems.map((x) => x.code)).toEqual(['not-in-list']);
    const o = await testConfigData(url('finance'), prepared.connectionInfo);
    expect(o.kind === 'connector-error' && o.ErrorCode).toBe('UNKNOWN_LIST_ITEM');
  });
});

describe('addressing and slowness', () => {
  it('reaches a profile through ?ConnectorName= on the shared path', async () => {
    const o = await getConfigData(`${new URL(url('files')).origin}/ErpConnectorWS.svc?ConnectorName=files`);
    expect(o.kind === 'ok' && o.value.fields.map((f) => f.FieldKey)).toEqual(FIELD_KEYS.files);
  });

  it('an unknown SOAPAction is answered with an ActionNotSupported fault: a contract mismatch, with a namespace hint', async () => {
    const o = await getConfigData(url('finance'), { protocol: { soapAction: () => 'urn:not-an-operation' } });
    expectKind(o, 'contract-mismatch');
    expect(o.kind === 'contract-mismatch' && o.faultcode).toMatch(/ActionNotSupported/);
    expect(o.hint.en).toMatch(/namespace/);
    expect(o.hint.no).toMatch(/navnerom/);
  });

  it('slow mode: still ok within the default timeout, latency measured; timeout when the limit is shorter', async () => {
    await standin.setConnectorMode('files', 'slow');
    const [slow, cut] = await Promise.all([getConfigData(url('files')), getConfigData(url('files'), { timeoutMs: 1000 })]);
    expectKind(slow, 'ok');
    expect(slow.latencyMs).toBeGreaterThanOrEqual(2500);
    expectKind(cut, 'timeout');
  });
});
