// @vitest-environment node
// ErpSync agent, Sync Connector entities: exact shapes, validation, delete rules, and
// TestConnectorUrl really calling the connector (http, app://, plugin://, failing modes).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from '../../standin/index';
import { agentMessage, agentNull, json, openSession, type BrowserSession } from '../../standin/testing';

let s: Standin;
let b: BrowserSession;
beforeAll(async () => {
  s = await startStandin({ crmPort: 0, connectorPort: 0, crmSoapTimeoutMs: 1500 });
  b = await openSession(s);
});
afterEach(async () => {
  s.setConnectorMode('finance', 'ok');
  await fetch(`${s.crmOrigin}/__standin/control`, { method: 'POST', body: '{"reset":true}' });
});
afterAll(() => s.close());

const save = (DisplayName: string, URL: string, ErpConnectorId = 0) => b.agent('SaveErpSyncConnectorEntity', { ErpConnectorId, DisplayName, URL, Deleted: false });

describe('connector entities', () => {
  it('CreateDefault, Save, Get (query parameter), GetAllConnectors: the documented shapes', async () => {
    expect(await json(b.agent('CreateDefaultErpSyncConnectorEntity'))).toEqual({ ErpConnectorId: 0, DisplayName: '', URL: '', Deleted: false, TableRight: null, FieldProperties: {} });
    const saved = await json(save('Visma demo', s.connectorUrl('finance')));
    expect(saved).toEqual({ ErpConnectorId: 1, DisplayName: 'Visma demo', URL: s.connectorUrl('finance'), Deleted: false, TableRight: null, FieldProperties: {} });
    expect(await json(b.agent('GetErpSyncConnectorEntity?erpSyncConnectorEntityId=1', {}))).toEqual(saved);
    expect(await json(b.agent('GetAllConnectors'))).toEqual([{ Id: 1, Name: 'Visma demo', ToolTip: s.connectorUrl('finance') }]);
    const renamed = await json<{ DisplayName: string }>(save('Visma', s.connectorUrl('finance'), 1));
    expect(renamed.DisplayName).toBe('Visma');
    expect(s.state().tenants.Cust12345?.connectors).toHaveLength(1);
    expect(s.state().tenants.Cust67890?.connectors.map((c) => c.DisplayName)).toEqual(['Demo Finance (app)']);
  });

  it('validates: name and URL required, URL ≤ 1023 characters and a known scheme; unknown ids 404', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['', 'http://x/ErpConnectorWS.svc', /DisplayName/],
      ['A', '', /URL is required/],
      ['A', `http://x/${'a'.repeat(1020)}`, /1023/],
      ['A', 'ftp://x/svc', /http/],
    ];
    for (const [name, url, msg] of cases) {
      expect(await agentMessage(save(name, url))).toMatch(msg);
    }
    expect((await save('A', `http://x/${'a'.repeat(1014)}`)).status).toBe(200);
    expect(await agentNull(save('A', 'http://x', 99))).toBe(true);
    expect(await agentNull(b.agent('GetErpSyncConnectorEntity?erpSyncConnectorEntityId=42', {}))).toBe(true);
    // Malformed (docs: `contactEntityId=glops`) is the one 400; an unknown method is not an agent call.
    expect((await b.agent('GetErpSyncConnectorEntity?erpSyncConnectorEntityId=glops', { ErpConnectorId: 'glops' })).status).toBe(400);
    expect((await b.agent('NoSuchMethod')).status).toBe(404);
    // An empty body is fine where every parameter is optional.
    const noBody = await b.api('Agents/ErpSync/GetAllConnections', { method: 'POST' });
    expect(noBody.status).toBe(200);
    const notJson = await fetch(`${s.crmOrigin}/Cust12345/api/v1/Agents/ErpSync/GetAllConnections`, { method: 'POST', headers: { Cookie: b.cookie, 'X-XSRF-TOKEN': b.xsrf }, body: '{nope' });
    expect(notJson.status).toBe(400);
  });

  it('CanDelete answers ErpSyncResponseCode; Delete soft-deletes with 204; a connector with connections cannot go', async () => {
    await save('Files', s.connectorUrl('files'));
    expect(await json(b.agent('CanDeleteErpSyncConnectorEntity', { ErpSyncConnectorId: 1 }))).toBe('NoError');
    expect(await json(b.agent('CanDeleteErpSyncConnectorEntity', { ErpSyncConnectorId: 7 }))).toBe('ErrorNotFound');
    const conn = { ErpConnectionId: 0, ErpConnectorId: 1, DisplayName: 'Fil', ConfigFields: { fileMask: '*.csv', batchSize: '[I:10]' }, AllAccess: true };
    expect((await b.agent('SaveConnection', { Connection: conn })).status).toBe(200);
    expect(await json(b.agent('CanDeleteErpSyncConnectorEntity', { ErpSyncConnectorId: 1 }))).toBe('ErrorConnectorHasConnections');
    expect(await agentMessage(b.agent('DeleteErpSyncConnectorEntity?ErpSyncConnectorEntityId=1', {}))).toMatch(/connections/);
    await b.agent('DeleteConnection', { ErpConnectionId: 1 });
    const del = await b.agent('DeleteErpSyncConnectorEntity?ErpSyncConnectorEntityId=1', {});
    expect(del.status).toBe(204);
    expect(await del.text()).toBe('');
    expect(await json(b.agent('GetAllConnectors'))).toEqual([]);
    expect(s.state().tenants.Cust12345?.connectors[0]?.Deleted).toBe(true);
  });
});

describe('TestConnectorUrl: the CRM calls the connector itself', () => {
  const test = (Url: string) => json(b.agent('TestConnectorUrl', { Url }));

  it('NoError for both profiles, also via ?ConnectorName=', async () => {
    expect(await test(s.connectorUrl('finance'))).toBe('NoError');
    expect(await test(s.connectorUrl('files'))).toBe('NoError');
    expect(await test(`${s.connectorOrigin}/ErpConnectorWS.svc?ConnectorName=files`)).toBe('NoError');
  });

  it('app:// resolves through the registered apps (default app://erp-sync-demo → finance); unknown apps and plugin:// fail', async () => {
    expect(await test('app://erp-sync-demo')).toBe('NoError');
    expect(await test('app://not-registered')).toBe('ErrorNotFound');
    expect(await test('plugin://MyConnector')).toBe('ErrorNotFound');
  });

  it('ErrorNotFound when the connector fails: HTML error page, SOAP fault, hang (CRM gives up), or nothing listening', async () => {
    for (const mode of ['http500-html', 'fault', 'malformed', 'html-login', 'hang'] as const) {
      s.setConnectorMode('finance', mode);
      expect(await test(s.connectorUrl('finance')), mode).toBe('ErrorNotFound');
    }
    expect(await test('http://127.0.0.1:9/ErpConnectorWS.svc')).toBe('ErrorNotFound');
    s.setConnectorMode('finance', 'bom-crlf');
    expect(await test(s.connectorUrl('finance'))).toBe('NoError');
  });
});

describe('app mapping from options', () => {
  it('apps option maps app://<id> to any connector URL', async () => {
    const t = await startStandin({ crmPort: 0, connectorPort: 0, apps: { 'files-app': 'http://127.0.0.1:1/none' } });
    try {
      const tb = await openSession(t);
      expect(await json(tb.agent('TestConnectorUrl', { Url: 'app://files-app' }))).toBe('ErrorNotFound');
      expect(await json(tb.agent('TestConnectorUrl', { Url: 'app://erp-sync-demo' }))).toBe('NoError');
    } finally {
      await t.close();
    }
    const u = await startStandin({ crmPort: 0, connectorPort: 0 });
    const v = await startStandin({ crmPort: 0, connectorPort: 0, apps: { 'files-app': u.connectorUrl('files'), 'plugin://Files': u.connectorUrl('files') } });
    try {
      const vb = await openSession(v);
      expect(await json(vb.agent('TestConnectorUrl', { Url: 'app://files-app' }))).toBe('NoError');
      expect(await json(vb.agent('TestConnectorUrl', { Url: 'plugin://Files' }))).toBe('NoError');
    } finally {
      await Promise.all([u.close(), v.close()]);
    }
  });
});
