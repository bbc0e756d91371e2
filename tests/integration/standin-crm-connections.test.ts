// @vitest-environment node
// ErpSync agent, ERP connections: the native dialog's calls against the real reference connector
// (GetConfigurationFields, TestConnectionByConfig, SaveConnection → WSSaveConnection/WSTestConnection/
// WSGetSupportedActorTypes), exact entity shapes, validation, activation and deletion.
import { describe, expect, it } from 'vitest';
import type { Standin } from '../../standin/index';
import { agentMessage, agentNull, json, openSession, type BrowserSession, useStandin } from '../../standin/testing';

let s: Standin;
let b: BrowserSession;
const FINANCE_OK = { companyDb: 'DEMO', username: 'demo', password: 'demo123', department: '300', useVat: '[I:1]', pageSize: '[I:50]' };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

useStandin((started) => (s = started), { resetData: true });

async function withConnectors(): Promise<void> {
  b = await openSession(s);
  await json(b.agent('SaveErpSyncConnectorEntity', { ErpConnectorId: 0, DisplayName: 'Finance', URL: s.connectorUrl('finance') }));
  await json(b.agent('SaveErpSyncConnectorEntity', { ErpConnectorId: 0, DisplayName: 'Files', URL: s.connectorUrl('files') }));
}

const connection = (over: Record<string, unknown> = {}) => ({
  ErpConnectionId: 0, ErpConnectorId: 1, DisplayName: 'Regnskap', DisplayDescription: 'Hovedbok', Active: false, ConnectionId: '', MostRecentTimestamp: '',
  ConfigFields: FINANCE_OK, Deleted: false, AllAccess: false, UserGroupAccessIds: [1, 2], AssociateAccessIds: [11], ...over,
});

describe('configuration fields through the CRM', () => {
  it('GetConfigurationFields: CRM-side shape, Datetime → Date, texts in the SO-Language', async () => {
    await withConnectors();
    type F = { FieldKey: string; FieldType: string; DisplayName: string; Access: string; DefaultValue: string | null };
    const en = await json<F[]>(b.agent('GetConfigurationFields', { ErpConnectorId: 1 }, { 'SO-Language': 'en' }));
    expect(en.map((f) => f.FieldKey)).toEqual(['companyDb', 'username', 'password', 'department', 'useVat', 'info', 'pageSize']);
    expect(en[1]).toEqual({ FieldKey: 'username', Rank: 20, DisplayName: 'User name', DisplayDescription: 'ERP user the sync logs in as', FieldType: 'Text', ListName: null, DefaultValue: null, MaxLength: 64, Access: 'Mandatory', ShowInSearch: false, TableRight: null, FieldProperties: {} });
    expect(en.find((f) => f.FieldKey === 'info')).toMatchObject({ FieldType: 'Label', Access: 'ReadOnly' });
    const no = await json<F[]>(b.agent('GetConfigurationFields', { ErpConnectorId: 1 }, { 'SO-Language': 'no' }));
    expect(no[1]?.DisplayName).toBe('Brukernavn');
    expect(no.find((f) => f.FieldKey === 'pageSize')).toMatchObject({ DisplayName: 'Page size', FieldType: 'Integer', DefaultValue: '[I:100]' });
    const files = await json<F[]>(b.agent('GetConfigurationFields', { ErpConnectorId: 2 }));
    expect(new Set([...en, ...files].map((f) => f.FieldType))).toEqual(new Set(['Checkbox', 'Text', 'Password', 'Integer', 'Double', 'List', 'Date', 'Label']));
    expect(files.find((f) => f.FieldKey === 'syncFrom')).toMatchObject({ FieldType: 'Date', DefaultValue: '[DT:01/01/2024 00:00:00.0000000]' });
  });

  it('GetConfigurationFields answers 200 + {Message} when the connector does not answer; 200 + null for an unknown connector', async () => {
    await withConnectors();
    s.setConnectorMode('finance', 'fault');
    expect(await agentMessage(b.agent('GetConfigurationFields', { ErpConnectorId: 1 }))).toMatch(/configuration fields/);
    expect(await agentNull(b.agent('GetConfigurationFields', { ErpConnectorId: 9 }))).toBe(true);
  });

  it('TestConnectionByConfig answers a bare true/false, and false for every connector failure', async () => {
    await withConnectors();
    const test = (ConfigFields: Record<string, string>, id = 1) => b.agent('TestConnectionByConfig', { ErpConnectionId: id, ConfigFields });
    const ok = await test(FINANCE_OK);
    expect(await ok.text()).toBe('true');
    expect(await json(test({ ...FINANCE_OK, password: 'wrong' }))).toBe(false);
    expect(await json(test({}))).toBe(false);
    expect(await json(test({ fileMask: '*.txt', batchSize: '[I:20]' }, 2))).toBe(true);
    s.setConnectorMode('finance', 'wrong-credentials');
    expect(await json(test(FINANCE_OK))).toBe(false);
    expect(await agentMessage(test({ ...FINANCE_OK, companyDb: 'x'.repeat(1024) }))).toMatch(/1023/);
  });

  it('the stand-in-only list helper gives List field items via WSGetList', async () => {
    await withConnectors();
    expect(await json(b.api('__standin/erp-list', { method: 'POST', body: { ErpConnectorId: 1, ListName: 'departments' } }))).toEqual({ '100': 'Salg', '200': 'Økonomi', '300': 'Lager', '400': 'Kundeservice' });
  });
});

describe('saving connections', () => {
  it('SaveConnection generates a GUID, registers it at the connector, and returns the documented entity', async () => {
    await withConnectors();
    const saved = await json<Record<string, unknown>>(b.agent('SaveConnection', { Connection: connection() }));
    expect(saved).toEqual({ ...connection(), ErpConnectionId: 1, ConnectionId: expect.stringMatching(GUID), TableRight: null, FieldProperties: {} });
    expect(await json(b.agent('GetConnection', { ErpConnectionId: 1 }))).toEqual(saved);
    expect(await json(b.agent('GetAllConnections', { IncludeDeleted: false }))).toEqual([saved]);
    expect(await json(b.agent('GetErpConnectionConfigFields', { ErpConnectionId: 1 }))).toEqual(FINANCE_OK);
    // The connector now knows the GUID: the CRM's own test by id passes.
    expect(await json(b.agent('TestConnectionById', { ErpConnectionId: 1 }))).toBe(true);
    expect(s.state().tenants.Cust12345?.actorTypes['1']).toEqual(['Customer', 'Supplier', 'Contact', 'Project']);
  });

  it('validates: connection required, name, connector, ConfigFields values ≤ 1023, ConnectionId ≤ 127 and unique, known groups/associates', async () => {
    await withConnectors();
    // Invalid data: 200 with {Message, MessageDetail} (docs/en/api/web-services/endpoints/agents-webapi/index.md).
    const bad = async (body: unknown, msg: RegExp) => expect(await agentMessage(b.agent('SaveConnection', body)), JSON.stringify(body).slice(0, 80)).toMatch(msg);
    await bad({ Connection: null }, /Connection is required/);
    await bad({ Connection: connection({ DisplayName: ' ' }) }, /DisplayName/);
    // docs/en/database/tables/erpconnection.md: DisplayName and DisplayDescription are String(254).
    await bad({ Connection: connection({ DisplayName: 'n'.repeat(255) }) }, /DisplayName is longer than 254/);
    await bad({ Connection: connection({ DisplayDescription: 'd'.repeat(255) }) }, /DisplayDescription is longer than 254/);
    await bad({ Connection: connection({ ErpConnectorId: 77 }) }, /ErpSyncConnector/);
    await bad({ Connection: connection({ ConfigFields: { ...FINANCE_OK, companyDb: 'x'.repeat(1024) } }) }, /1023/);
    await bad({ Connection: connection({ ConnectionId: 'g'.repeat(128) }) }, /127/);
    await bad({ Connection: connection({ UserGroupAccessIds: [5] }) }, /deleted/);
    await bad({ Connection: connection({ AssociateAccessIds: [201] }) }, /Associate 201/);
    await bad({ Connection: connection({ ConfigFields: { ...FINANCE_OK, password: 'x' } }) }, /did not accept/);
    const first = await json<{ ConnectionId: string }>(b.agent('SaveConnection', { Connection: connection({ ConnectionId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' }) }));
    expect(first.ConnectionId).toBe('3f2504e0-4f89-11d3-9a0c-0305e82c3301');
    await bad({ Connection: connection({ ConnectionId: first.ConnectionId.toUpperCase() }) }, /already used/);
    expect(s.state().tenants.Cust12345?.connections).toHaveLength(1);
  });

  it('activation: Toggle tests first; an active connection must be deactivated before its config changes', async () => {
    await withConnectors();
    const saved = await json<Record<string, unknown>>(b.agent('SaveConnection', { Connection: connection({ AllAccess: true, UserGroupAccessIds: [], AssociateAccessIds: [] }) }));
    expect(await json(b.agent('ToggleErpConnectionActive', { ErpConnectionId: 1 }))).toEqual([]);
    expect((await json<{ Active: boolean }>(b.agent('GetConnection', { ErpConnectionId: 1 }))).Active).toBe(true);
    expect(await agentMessage(b.agent('SaveConnection', { Connection: { ...saved, Active: true, ConfigFields: { ...FINANCE_OK, pageSize: '[I:10]' } } }))).toMatch(/Deactivate/);
    expect(await json(b.agent('ToggleErpConnectionActive', { ErpConnectionId: 1 }))).toEqual([]);
    s.setConnectorMode('finance', 'wrong-credentials');
    const refused = await json<string[]>(b.agent('ToggleErpConnectionActive', { ErpConnectionId: 1 }, { 'SO-Language': 'no' }));
    expect(refused).toEqual(['Koblingen kan ikke aktiveres: testen mislyktes.']);
    expect(await json(b.agent('TestConnectionById', { ErpConnectionId: 1 }))).toBe(false);
  });

  it('DeleteConnection: 204, hidden unless IncludeDeleted, and forgotten by the connector', async () => {
    await withConnectors();
    const saved = await json<{ ConnectionId: string }>(b.agent('SaveConnection', { Connection: connection() }));
    const del = await b.agent('DeleteConnection', { ErpConnectionId: 1 });
    expect(del.status).toBe(204);
    expect(await json(b.agent('GetAllConnections', { IncludeDeleted: false }))).toEqual([]);
    expect(await json(b.agent('GetAllConnections', { IncludeDeleted: true }))).toMatchObject([{ ErpConnectionId: 1, Deleted: true, Active: false }]);
    expect(await json(b.agent('TestConnectionById', { ErpConnectionId: 1 }))).toBe(false);
    const soap = await fetch(s.connectorUrl('finance'), {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml; charset=utf-8' },
      body: `<Envelope xmlns="http://schemas.xmlsoap.org/soap/envelope/"><Body><WSTestConnection xmlns="urn:x"><request><ConnectionGuid>${saved.ConnectionId}</ConnectionGuid></request></WSTestConnection></Body></Envelope>`,
    });
    expect(await soap.text()).toContain('<a:ErrorCode>UNKNOWN_CONNECTION_ID</a:ErrorCode>');
    expect(await agentNull(b.agent('GetConnection', { ErpConnectionId: 5 }))).toBe(true);
  });
});
