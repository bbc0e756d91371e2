// @vitest-environment node
// The CRM client against the real stand-in over HTTP, with a session obtained like a browser:
// load the admin page, keep its cookies, find the API base and XSRF token on the page itself.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createCrmClient, discoverCrmSession, type CrmClientOptions, type CrmError, type CrmResult } from '../../lib/crm';
import type { Standin } from '../../standin/index';
import { useStandin } from '../../standin/testing';

let s: Standin;
const FINANCE_OK = { companyDb: 'DEMO', username: 'demo', password: 'demo123', department: '300', useVat: '[I:1]', pageSize: '[I:50]' };
const FILES_OK = { fileMask: '*.csv', batchSize: '[I:500]', currencyRate: '[F:11.25]', syncFrom: '[DT:02/01/2024 00:00:00.0000000]', deleteAfterImport: '[I:0]' };

useStandin((started) => (s = started), { resetData: true });

/** GET the admin page; Node's fetch has no cookie jar, so the wrapper sends the cookies back. */
async function browser(custId = 'Cust12345', over: Partial<CrmClientOptions> & { cookies?: boolean } = {}) {
  const page = await fetch(s.adminUrl('en', custId));
  const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const win = new Window({ url: s.adminUrl('en', custId) });
  win.document.write(await page.text());
  const session = discoverCrmSession(win.document as unknown as Document);
  if (!session.ok) throw new Error(session.message.en);
  const withCookies: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Cookie: cookie } });
  const client = createCrmClient({ apiBase: session.location.apiBase, xsrfToken: session.xsrfToken, fetch: over.cookies === false ? fetch : withCookies, ...over });
  return { client, session, cookie, withCookies };
}

function value<T>(r: CrmResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.kind}: ${r.error.detail ?? ''}`);
  return r.value;
}
function error<T>(r: CrmResult<T>): CrmError {
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

describe('session from the real admin page', () => {
  it('finds the API base and the hidden-input XSRF token', async () => {
    const { session } = await browser();
    expect(session.location).toEqual({ apiBase: `${s.crmOrigin}/Cust12345/api/v1/`, tenantPath: '/Cust12345', custId: 'Cust12345' });
    expect(session.source).toBe('input');
    expect(session.xsrfToken()).toMatch(/^[\w-]{20,}$/);
  });
});

describe('lists', () => {
  it('connectors and connections (empty tenant, then one from an app), users, groups', async () => {
    const { client } = await browser();
    expect(value(await client.getAllConnectors())).toEqual([]);
    expect(value(await client.getAllConnections())).toEqual([]);
    const other = (await browser('Cust67890')).client;
    expect(value(await other.getAllConnectors())).toEqual([{ Id: 1, Name: 'Demo Finance (app)', ToolTip: 'app://erp-sync-demo' }]);
    expect(value(await other.getConnector(1))).toEqual({ ErpConnectorId: 1, DisplayName: 'Demo Finance (app)', URL: 'app://erp-sync-demo', Deleted: false });
    expect(error(await other.getConnector(42)).kind).toBe('not-found');

    // AllUsers is unfiltered (system, anonymous, external, resource, retired): only the 8 active people are offered.
    const users = value(await client.listUsers());
    expect(users.complete).toBe(true);
    expect(users.users.map((u) => u.associateId).sort((a, b) => a - b)).toEqual([11, 12, 13, 14, 15, 16, 17, 18]);
    expect(users.users.find((u) => u.login === 'KÅRE')).toEqual({ associateId: 11, name: 'Kåre Ødegård', login: 'KÅRE', title: 'Salgssjef', personId: 201, groupName: 'Salg', active: true });
    expect(value(await client.listUsers({ search: 'ødeg' })).users.map((u) => u.associateId)).toEqual([11]);

    const groups = value(await client.listUserGroups());
    expect(groups.map((g) => g.id)).toEqual([1, 2, 3, 4]);
    expect(groups[1]).toEqual({ id: 2, name: 'Økonomi', tooltip: 'Regnskap og fakturering', rank: 2 });
  });
});

describe('tests from the CRM', () => {
  it('TestConnectorUrl: good and bad URLs', async () => {
    const { client } = await browser();
    expect(value(await client.testConnectorUrl(s.connectorUrl('finance')))).toBe('NoError');
    expect(value(await client.testConnectorUrl('app://erp-sync-demo'))).toBe('NoError');
    expect(value(await client.testConnectorUrl('http://127.0.0.1:1/ErpConnectorWS.svc'))).toBe('ErrorNotFound');
    expect(value(await client.testConnectorUrl('app://no-such-app'))).toBe('ErrorNotFound');
    expect(error(await client.testConnectorUrl(''))).toMatchObject({ kind: 'crm-message', status: 200, detail: 'The request is invalid.', crm: { message: 'The request is invalid.', detail: 'Url is required' } });
  });

  it('GetConfigurationFields for both profiles, decoded into ConfigField (Date → Datetime), in the SO-Language', async () => {
    const { client } = await browser();
    const finance = value(await client.saveConnector({ ErpConnectorId: 0, DisplayName: 'Finance', URL: s.connectorUrl('finance'), Deleted: false }));
    const files = value(await client.saveConnector({ ErpConnectorId: 0, DisplayName: 'Files', URL: s.connectorUrl('files'), Deleted: false }));
    const f = value(await client.getConfigurationFields(finance.ErpConnectorId));
    expect(f.warnings).toEqual([]);
    expect(f.fields.map((x) => x.FieldKey)).toEqual(['info', 'companyDb', 'username', 'password', 'pageSize', 'department', 'useVat']);
    expect(f.fields.find((x) => x.FieldKey === 'username')).toEqual({ FieldKey: 'username', Rank: 20, DisplayName: 'User name', DisplayDescription: 'ERP user the sync logs in as', FieldType: 'Text', ListName: null, DefaultValue: '', MaxLength: 64, Access: 'Mandatory', Default: { type: 'Text', value: '' } });
    expect(f.fields.find((x) => x.FieldKey === 'info')).toMatchObject({ FieldType: 'Label', Access: 'ReadOnly' });
    expect(f.fields.find((x) => x.FieldKey === 'department')).toMatchObject({ FieldType: 'List', ListName: 'departments', DefaultValue: '200' });
    const g = value(await client.getConfigurationFields(files.ErpConnectorId));
    expect(g.fields.map((x) => [x.FieldKey, x.FieldType])).toEqual([['exportFolder', 'Text'], ['fileMask', 'Text'], ['batchSize', 'Integer'], ['currencyRate', 'Double'], ['syncFrom', 'Datetime'], ['deleteAfterImport', 'Checkbox']]);
    expect(new Set([...f.fields, ...g.fields].map((x) => x.FieldType)).size).toBe(8);
    const no = (await browser('Cust12345', { lang: 'no' })).client;
    expect(value(await no.getConfigurationFields(finance.ErpConnectorId)).fields.find((x) => x.FieldKey === 'username')?.DisplayName).toBe('Brukernavn');
    expect(error(await client.getConfigurationFields(99)).kind).toBe('not-found');
  });

  it('TestConnectionByConfig true and false; TestConnectionById', async () => {
    const { client } = await browser();
    const finance = value(await client.saveConnector({ ErpConnectorId: 0, DisplayName: 'Finance', URL: s.connectorUrl('finance'), Deleted: false }));
    const files = value(await client.saveConnector({ ErpConnectorId: 0, DisplayName: 'Files', URL: s.connectorUrl('files'), Deleted: false }));
    expect(value(await client.testConnectionByConfig(finance.ErpConnectorId, FINANCE_OK))).toBe(true);
    expect(value(await client.testConnectionByConfig(finance.ErpConnectorId, { ...FINANCE_OK, password: 'wrong' }))).toBe(false);
    expect(value(await client.testConnectionByConfig(files.ErpConnectorId, FILES_OK))).toBe(true);
    expect(value(await client.testConnectionByConfig(files.ErpConnectorId, { ...FILES_OK, batchSize: '[I:0]' }))).toBe(false);
    s.setConnectorMode('finance', 'fault');
    expect(value(await client.testConnectionByConfig(finance.ErpConnectorId, FINANCE_OK))).toBe(false);
    s.setConnectorMode('finance', 'ok');
    const saved = value(await client.saveConnection({ ErpConnectionId: 0, ErpConnectorId: finance.ErpConnectorId, DisplayName: 'Regnskap', DisplayDescription: '', Active: false, ConnectionId: '', MostRecentTimestamp: '', ConfigFields: FINANCE_OK, Deleted: false, AllAccess: true, UserGroupAccessIds: [], AssociateAccessIds: [] }));
    expect(value(await client.testConnectionById(saved.ErpConnectionId))).toBe(true);
    expect(value(await client.getAllConnections())).toHaveLength(1);
  });
});

describe('access errors', () => {
  it('restricted agent → forbidden, naming both causes; users still list', async () => {
    const { client } = await browser();
    await fetch(`${s.crmOrigin}/__standin/control`, { method: 'POST', body: '{"restrictAgent":true}' });
    const e = error(await client.getAllConnectors());
    expect(e).toMatchObject({ kind: 'forbidden', status: 403 });
    expect(e.message.en).toMatch(/lacks the rights.*SuperOffice Online.*restricted/);
    expect(e.message.no).toMatch(/mangler brukeren din rettigheter.*SuperOffice Online.*begrenset/);
    expect(value(await client.listUserGroups())).toHaveLength(4);
  });

  it('missing, wrong or logged-out XSRF → 401 unauthorized with the reload advice, told apart from a refusal', async () => {
    for (const xsrfToken of [null, 'not-the-token']) {
      const e = error(await (await browser('Cust12345', { xsrfToken })).client.getAllConnectors());
      expect(e).toMatchObject({ kind: 'unauthorized', status: 401 });
      expect(e.message.en).toMatch(/security token \(XSRF\).*Reload the page/);
      expect(e.message.no).toMatch(/sikkerhetsnøkkel \(XSRF\).*Last siden på nytt/);
    }
    const { client } = await browser();
    await fetch(`${s.crmOrigin}/__standin/control`, { method: 'POST', body: '{"quirks":["expired-session"]}' });
    expect(error(await client.getAllConnectors())).toMatchObject({ kind: 'unauthorized', status: 401 });
  });

  it('no session cookie → unauthorized; a session does not open another tenant', async () => {
    const e = error(await (await browser('Cust12345', { cookies: false })).client.listUsers());
    expect(e).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(e.message.en).toMatch(/sign in again/);
    expect(e.crm?.message).toMatch(/Not authenticated/);
    // (A browser would not even send the cookie: its Path is /Cust12345.)
    const { session, withCookies } = await browser();
    const cross = createCrmClient({ apiBase: session.location.apiBase.replace('Cust12345', 'Cust67890'), xsrfToken: session.xsrfToken, fetch: withCookies });
    expect(error(await cross.getAllConnectors()).kind).toBe('unauthorized');
  });
});

describe('failures as the agents document them (docs/en/api/web-services/endpoints/agents-webapi/index.md)', () => {
  it('200 + null for a missing id → not-found, in plain words', async () => {
    const { client } = await browser();
    const e = error(await client.getConnection(999));
    expect(e).toMatchObject({ kind: 'not-found', status: 200, endpoint: 'Agents/ErpSync/GetConnection' });
    expect(e.message.en).toMatch(/found nothing.*deleted by someone else/);
    expect(error(await client.testConnectionByConfig(999, FINANCE_OK)).kind).toBe('not-found');
  });

  it('200 + {Message, MessageDetail} → crm-message carrying the CRM\'s own words (invalid data and internal errors)', async () => {
    const { client } = await browser();
    const long = error(await client.saveConnector({ ErpConnectorId: 0, DisplayName: 'x'.repeat(255), URL: s.connectorUrl('finance'), Deleted: false }));
    expect(long).toMatchObject({ kind: 'crm-message', crm: { message: 'The request is invalid.', detail: 'DisplayName is longer than 254 characters' } });
    expect(long.message.en).toContain('“The request is invalid.”');
    await fetch(`${s.crmOrigin}/__standin/control`, { method: 'POST', body: '{"quirks":["internal-error"]}' });
    const internal = error(await client.getAllConnectors());
    expect(internal).toMatchObject({ kind: 'crm-message', status: 200, crm: { message: 'An error has occurred.', detail: expect.stringMatching(/SQL timeout/) } });
    expect(internal.message.no).toMatch(/SuperOffice fikk det ikke til og sa: «An error has occurred\.»/);
  });

  it('a REST 400 names ErrorMessage, not a JSON snippet (docs/en/api/web-services/endpoints/rest-webapi/index.md)', async () => {
    const { withCookies, session } = await browser();
    const res = await withCookies(`${session.location.apiBase}User?$select=name`, { headers: { Accept: 'application/json', 'X-XSRF-TOKEN': session.xsrfToken() ?? '' } });
    expect(res.status).toBe(400);
    const { errorDetail } = await import('../../lib/crm/http');
    expect(errorDetail(await res.text())).toBe("Unknown column 'name' in the AllUsers archive");
  });

  it('CanDelete and Delete a connector the wizard added', async () => {
    const { client } = await browser();
    const added = value(await client.saveConnector({ ErpConnectorId: 0, DisplayName: 'Finance', URL: s.connectorUrl('finance'), Deleted: false }));
    expect(value(await client.canDeleteConnector(added.ErpConnectorId))).toBe('NoError');
    expect(value(await client.deleteConnector(added.ErpConnectorId))).toBeNull();
    expect(value(await client.canDeleteConnector(added.ErpConnectorId))).toBe('ErrorNotFound');
    expect(value(await client.getAllConnectors())).toEqual([]);
  });
});

describe('users of a 700-user tenant (many-users quirk)', () => {
  it('reads both pages by odata.nextLink and offers only the 700 active internal users, in raw values', async () => {
    const { client } = await browser();
    await fetch(`${s.crmOrigin}/__standin/control`, { method: 'POST', body: '{"quirks":["many-users"]}' });
    const r = value(await client.listUsers());
    expect(r.complete).toBe(true);
    expect(r.users).toHaveLength(700);
    expect(new Set(r.users.map((u) => u.associateId)).size).toBe(700);
    expect(r.users.some((u) => /System|Anonymous|Ekstern|Møterom|Sluttet/.test(u.name))).toBe(false);
    expect(value(await client.listUsers({ search: 'Bruker699' })).users.map((u) => u.name)).toEqual(['Bruker699 Etternavn002']);
  });
});
