// The CRM client against a stubbed fetch: request shapes and headers, every error kind with its
// plain message, response validation, CRM-side field types, users and groups.
import { describe, expect, it } from 'vitest';
import { createCrmClient, type CrmError, type CrmResult } from '../../lib/crm';

interface Call {
  url: string;
  init: RequestInit;
}
interface Reply {
  status?: number;
  body?: string;
  contentType?: string;
  redirected?: boolean;
}

function stub(...replies: Array<Reply | Error | 'hang'>) {
  const calls: Call[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    const r = replies[Math.min(calls.length - 1, replies.length - 1)];
    if (r instanceof Error) throw r;
    if (r === 'hang' || r === undefined)
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const status = r.status ?? 200;
    const headers = new Headers({ 'content-type': r.contentType ?? 'application/json; charset=utf-8' });
    return { ok: status >= 200 && status < 300, status, type: 'basic', redirected: r.redirected ?? false, headers, text: async () => r.body ?? '' } as unknown as Response;
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

const json = (v: unknown, status = 200): Reply => ({ status, body: JSON.stringify(v) });
const client = (s: ReturnType<typeof stub>, over: Partial<Parameters<typeof createCrmClient>[0]> = {}) =>
  createCrmClient({ apiBase: 'https://online.superoffice.com/Cust1/api/v1', xsrfToken: 'tok', fetch: s.fetch, ...over });
const errorOf = <T>(r: CrmResult<T>): CrmError => {
  if (r.ok) throw new Error('expected an error');
  return r.error;
};
const headersOf = (c: Call | undefined) => (c?.init.headers ?? {}) as Record<string, string>;

describe('requests', () => {
  it('POSTs to Agents/ErpSync/<Name> with the documented body and the web client headers', async () => {
    const s = stub(json(true));
    const r = await client(s, { lang: 'no' }).testConnectionByConfig(7, { companyDb: 'DEMO', pageSize: '[I:5]' });
    expect(r).toEqual({ ok: true, value: true });
    expect(s.calls[0]?.url).toBe('https://online.superoffice.com/Cust1/api/v1/Agents/ErpSync/TestConnectionByConfig');
    expect(s.calls[0]?.init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(JSON.parse(String(s.calls[0]?.init.body))).toEqual({ ErpConnectionId: 7, ConfigFields: { companyDb: 'DEMO', pageSize: '[I:5]' } });
    expect(headersOf(s.calls[0])).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': 'tok', 'SO-Language': 'no' });
  });

  it('GetErpSyncConnectorEntity takes its id in the query string; SaveConnection wraps the entity in Connection', async () => {
    const entity = { ErpConnectorId: 3, DisplayName: 'X', URL: 'app://x', Deleted: false, TableRight: null, FieldProperties: {} };
    const s = stub(json(entity), json({ ErpConnectionId: 4, ErpConnectorId: 3, DisplayName: 'C', ConfigFields: { a: null }, UserGroupAccessIds: null }));
    const c = client(s);
    expect(await c.getConnector(3)).toEqual({ ok: true, value: { ErpConnectorId: 3, DisplayName: 'X', URL: 'app://x', Deleted: false } });
    expect(s.calls[0]?.url).toMatch(/GetErpSyncConnectorEntity\?erpSyncConnectorEntityId=3$/);
    expect(s.calls[0]?.init.body).toBeUndefined();
    const saved = await c.saveConnection({ ErpConnectionId: 0, ErpConnectorId: 3, DisplayName: 'C', DisplayDescription: '', Active: false, ConnectionId: 'g', MostRecentTimestamp: '', ConfigFields: { a: '1' }, Deleted: false, AllAccess: true, UserGroupAccessIds: [], AssociateAccessIds: [] });
    expect(Object.keys(JSON.parse(String(s.calls[1]?.init.body)))).toEqual(['Connection']);
    // Nulls the CRM may send become empty values.
    expect(saved).toMatchObject({ ok: true, value: { ErpConnectionId: 4, ConfigFields: { a: '' }, UserGroupAccessIds: [], AssociateAccessIds: [], DisplayDescription: '', Active: false } });
  });

  it('leaves X-XSRF-TOKEN out when there is no token, and calls a token reader each time', async () => {
    const s = stub(json([]));
    await client(s, { xsrfToken: null }).getAllConnectors();
    expect(headersOf(s.calls[0])).not.toHaveProperty('X-XSRF-TOKEN');
    let n = 0;
    const c = client(s, { xsrfToken: () => `t${++n}` });
    await c.getAllConnectors();
    await c.getAllConnectors();
    expect([headersOf(s.calls[1])['X-XSRF-TOKEN'], headersOf(s.calls[2])['X-XSRF-TOKEN']]).toEqual(['t1', 't2']);
  });

  it('TestConnectorUrl answers the ErpSyncResponseCode', async () => {
    const s = stub(json('NoError'), json('errornotfound'), json('Maybe'));
    const c = client(s);
    expect(await c.testConnectorUrl('https://erp.example/ErpConnectorWS.svc')).toEqual({ ok: true, value: 'NoError' });
    expect(JSON.parse(String(s.calls[0]?.init.body))).toEqual({ Url: 'https://erp.example/ErpConnectorWS.svc' });
    expect(await c.testConnectorUrl('x')).toEqual({ ok: true, value: 'ErrorNotFound' });
    expect(errorOf(await c.testConnectorUrl('x')).kind).toBe('bad-response');
  });
});

describe('error kinds', () => {
  const cases: Array<[string, Reply | Error, CrmError['kind'], RegExp, RegExp]> = [
    // REST errors (docs/en/api/web-services/endpoints/rest-webapi/index.md): Error: true + ErrorMessage.
    ['401 no token', json({ Error: true, ErrorType: 'SoAuthenticationException', ErrorMessage: 'Not authenticated: no X-XSRF-TOKEN header' }, 401), 'unauthorized', /security token \(XSRF\).*Reload the page/, /sikkerhetsnøkkel \(XSRF\).*Last siden på nytt/],
    ['401 refused agent', json({ Error: true, ErrorType: 'SoAccessDeniedException', ErrorMessage: 'The ErpSync agent is Online Restricted' }, 401), 'forbidden', /rights.*Online.*restricted.*apps/s, /rettigheter.*Online.*begrenset.*apper/s],
    ['401 older body (Error as text)', json({ Error: 'Not authenticated' }, 401), 'unauthorized', /signed out/, /logget ut/],
    ['sign-in page after a redirect', { body: '<!DOCTYPE html><title>Sign in</title>', contentType: 'text/html', redirected: true }, 'unauthorized', /signed out/, /logget ut/],
    ['403 rights / Online restricted', json({ Error: true, ErrorType: 'SoAccessDeniedException', ErrorMessage: 'Access denied' }, 403), 'forbidden', /Access denied.*rights.*Online.*restricted.*apps/s, /rettigheter.*Online.*begrenset.*apper/s],
    ['403 XSRF', json({ Error: true, ErrorMessage: 'XSRF token missing or invalid' }, 403), 'unauthorized', /security token \(XSRF\)/, /sikkerhetsnøkkel \(XSRF\)/],
    ['404', json({ Error: true, ErrorType: 'SoNotFoundException', ErrorMessage: 'No ErpSyncConnector with id 9', ErrorSource: 'x' }, 404), 'not-found', /No ErpSyncConnector with id 9/, /slettet/],
    ['400 malformed', json({ Message: 'The request is invalid.', MessageDetail: 'ErpConnectorId must be an integer' }, 400), 'validation', /refused the values: The request is invalid\./, /godtok ikke verdiene/],
    // Agents (docs/en/api/web-services/endpoints/agents-webapi/index.md): 200 + null, 200 + Message.
    ['200 null', { body: 'null' }, 'not-found', /found nothing/, /fant ingenting/],
    ['200 empty body', { body: '' }, 'not-found', /found nothing/, /fant ingenting/],
    ['200 internal error object', json({ Message: 'An error has occurred.', MessageDetail: 'SQL timeout' }), 'crm-message', /said: “An error has occurred\.”/, /sa: «An error has occurred\.»/],
    ['500', { status: 500, body: '<html><body>Server Error</body></html>', contentType: 'text/html' }, 'server', /internal error \(HTTP 500\): Server Error/, /intern feil/],
    ['network', new TypeError('Failed to fetch'), 'network', /Could not reach SuperOffice/, /Fikk ikke kontakt/],
    ['not JSON', { body: 'hello', contentType: 'text/plain' }, 'bad-response', /did not expect/, /ikke forventet/],
    ['HTML with 200', { body: '<html></html>', contentType: 'text/html' }, 'bad-response', /did not expect/, /ikke forventet/],
    ['wrong shape', json([{ Id: 'one', Name: 'x' }]), 'bad-response', /did not expect/, /ikke forventet/],
    ['an object with Message among other members is not an error object', json({ Message: 'x', Id: 1 }), 'bad-response', /did not expect/, /ikke forventet/],
  ];
  it.each(cases)('%s → %s', async (_name, reply, kind, en, no) => {
    const e = errorOf(await client(stub(reply)).getAllConnectors());
    if (kind === 'crm-message') expect(e.crm).toEqual({ message: 'An error has occurred.', detail: 'SQL timeout' });
    expect(e.kind).toBe(kind);
    expect(e.endpoint).toBe('Agents/ErpSync/GetAllConnectors');
    expect(e.message.en).toMatch(en);
    expect(e.message.no).toMatch(no);
  });

  it('times out with AbortController', async () => {
    const e = errorOf(await client(stub('hang'), { timeoutMs: 30 }).testConnectionById(1));
    expect(e).toMatchObject({ kind: 'timeout', status: null });
    expect(e.message.en).toMatch(/did not answer in time/);
  });
});

describe('configuration fields, users, groups', () => {
  it('decodes CRM-side fields into ConfigField: Date → Datetime, 99 → Label, numeric enum, Rank order, warnings', async () => {
    const f = (o: Record<string, unknown>) => ({ Rank: 1, DisplayName: 'n', DisplayDescription: null, ListName: null, DefaultValue: null, MaxLength: 0, Access: 'Normal', ShowInSearch: false, TableRight: null, FieldProperties: {}, ...o });
    const s = stub(json([
      f({ FieldKey: 'from', Rank: 30, FieldType: 'Date', DefaultValue: '[DT:01/01/2024 00:00:00.0000000]' }),
      f({ FieldKey: 'info', Rank: 5, FieldType: 99, Access: 'ReadOnly' }),
      f({ FieldKey: 'n', Rank: 20, FieldType: 3, Access: 'Mandatory', DefaultValue: '[I:5]' }),
      f({ FieldKey: 'odd', Rank: 40, FieldType: 'TextArea' }),
    ]));
    const r = await client(s).getConfigurationFields(2);
    expect(JSON.parse(String(s.calls[0]?.init.body))).toEqual({ ErpConnectorId: 2 });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value.fields.map((x) => [x.FieldKey, x.FieldType, x.Access])).toEqual([['info', 'Label', 'ReadOnly'], ['n', 'Integer', 'Mandatory'], ['from', 'Datetime', 'Normal'], ['odd', 'Text', 'ReadOnly']]);
    expect(r.value.fields[2]).toMatchObject({ DefaultValue: '[DT:01/01/2024 00:00:00.0000000]', DisplayDescription: null, ListName: null });
    expect(r.value.warnings.map((w) => w.code)).toEqual(['unknown-type']);
  });

  it('users: $mode=Full, archive column names, raw values read (plain or {RawValue}, encoded or not), only active internal users', async () => {
    const full = (raw: unknown, display: unknown = raw) => ({ DisplayValue: display, RawValue: raw, TooltipHint: '', LinkHint: '' });
    const s = stub(json({ value: [
      { PrimaryKey: 11, EntityName: 'associate', associateDbId: full(11, 'KÅRE'), personId: full(201), fullName: full('Kåre Ødegård'), userName: full('KÅRE'), title: full('Salgssjef'), usergroup: full(1, 'Salg'), isActive: full(true, '[I:checked]'), assocType: full(1, 'Associate') },
      { PrimaryKey: 12, EntityName: 'associate', associateDbId: '[I:12]', userName: 'ÅSE', isActive: '[I:1]', assocType: '1' },
      { PrimaryKey: 13, EntityName: 'associate', associateDbId: 13, userName: 'OLAV', isActive: 'False', assocType: 1 },
      { PrimaryKey: 14, EntityName: 'associate', associateDbId: 14, userName: 'SYSTEM', isActive: true, assocType: 5 },
      { PrimaryKey: 15, EntityName: 'associate', associateDbId: 15, userName: 'ANON', isActive: true, assocType: full(4, 'Anonymous account') },
      { PrimaryKey: 16, EntityName: 'associate', associateDbId: 16, userName: 'EVA', isActive: true, assocType: 'External user' },
    ] }));
    const r = await client(s).listUsers({ search: "O'Brien" });
    const u = new URL(s.calls[0]?.url ?? '');
    expect(u.pathname).toBe('/Cust1/api/v1/User');
    expect(s.calls[0]?.init.method).toBe('GET');
    expect(s.calls[0]?.init.body).toBeUndefined();
    expect(u.searchParams.get('$filter')).toBe("fullName contains 'O''Brien'");
    expect(u.searchParams.get('$select')?.split(',')).toEqual(['associateDbId', 'fullName', 'userName', 'title', 'usergroup', 'isActive', 'assocType', 'personId']);
    expect([u.searchParams.get('$mode'), u.searchParams.get('$orderBy')]).toEqual(['Full', 'fullName']);
    expect(r).toEqual({ ok: true, value: { complete: true, users: [
      { associateId: 11, name: 'Kåre Ødegård', login: 'KÅRE', title: 'Salgssjef', groupName: 'Salg', active: true, personId: 201 },
      { associateId: 12, name: 'ÅSE', login: 'ÅSE', title: '', groupName: '', active: true, personId: null },
    ] } });
  });

  it('users: follows odata.nextLink on the same CRM only, and stops at MAX_USERS saying the list is incomplete', async () => {
    const row = (id: number) => ({ PrimaryKey: id, EntityName: 'associate', associateDbId: id, userName: `U${id}`, isActive: true, assocType: 1 });
    const s = stub(
      json({ value: [row(1), row(2)], 'odata.nextLink': '/Cust1/api/v1/User?$select=x&$skip=2' }),
      json({ value: [row(3)], 'odata.nextLink': null }),
    );
    const r = await client(s).listUsers();
    expect(s.calls.map((c) => c.url)).toEqual([expect.stringContaining('/Cust1/api/v1/User?'), 'https://online.superoffice.com/Cust1/api/v1/User?$select=x&$skip=2']);
    expect(r).toMatchObject({ ok: true, value: { complete: true, users: [{ associateId: 1 }, { associateId: 2 }, { associateId: 3 }] } });
    for (const evil of ['https://evil.example/Cust1/api/v1/User?$skip=2', '/Cust2/api/v1/User?$skip=2', '/Cust1/api/v1/Agents/ErpSync/DeleteConnection', '/Cust1/api/v1/User/../Agents/ErpSync/GetAllConnections', '/Cust1/api/v1/UserGroup?x=1', 'javascript:alert(1)']) {
      const e = errorOf(await client(stub(json({ value: [row(1)], 'odata.nextLink': evil }))).listUsers());
      expect(e.kind, evil).toBe('bad-response');
    }
    const big = Array.from({ length: 3000 }, (_, i) => row(i + 1));
    const endless = stub(json({ value: big, 'odata.nextLink': '/Cust1/api/v1/User?$skip=more' }));
    const capped = await client(endless).listUsers();
    expect(capped).toMatchObject({ ok: true, value: { complete: false } });
    expect(capped.ok && capped.value.users.length).toBe(5000);
    expect(endless.calls).toHaveLength(2);
  });

  it('users: a row without an associate id is a bad response', async () => {
    const e = errorOf(await client(stub(json({ value: [{ PrimaryKey: 5, EntityName: 'person', personId: 5 }] }))).listUsers());
    expect(e.kind).toBe('bad-response');
  });

  it('groups: deleted ones dropped, ordered by Rank', async () => {
    const s = stub(json([{ Id: 2, Value: 'Økonomi', Tooltip: 't', Rank: 2, Deleted: false }, { Id: 5, Value: 'Gamle', Tooltip: '', Rank: 0, Deleted: true }, { Id: 1, Value: 'Salg', Tooltip: null, Rank: 1, Deleted: false }]));
    const r = await client(s).listUserGroups();
    expect(s.calls[0]?.url).toBe('https://online.superoffice.com/Cust1/api/v1/List/UserGroup/Items');
    expect(r).toEqual({ ok: true, value: [{ id: 1, name: 'Salg', tooltip: '', rank: 1 }, { id: 2, name: 'Økonomi', tooltip: 't', rank: 2 }] });
  });
});
