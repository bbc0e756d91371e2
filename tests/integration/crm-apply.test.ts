// @vitest-environment node
// applyToCrm against the real stand-in: what ends up in the CRM (GET /__standin/state) is exactly
// what the wizard planned, with an existing or a new connector, and a retry never duplicates.
import { describe, expect, it } from 'vitest';
import { applyToCrm, createCrmClient, type ApplyPlan, type CrmClient } from '../../lib/crm';
import type { CrmState, Standin } from '../../standin/index';
import { useStandin } from '../../standin/testing';

let s: Standin;
const FINANCE_OK = { companyDb: 'DEMO', username: 'demo', password: 'demo123', department: '300', useVat: '[I:1]', pageSize: '[I:50]' };

useStandin((started) => (s = started), { resetData: true });

/** A client with a browser-like session: admin page cookies sent back by a fetch wrapper. */
async function client(custId = 'Cust12345'): Promise<CrmClient> {
  const page = await fetch(s.adminUrl('en', custId));
  const pairs = page.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const xsrf = pairs.find((p) => p.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length) ?? '';
  const cookie = pairs.join('; ');
  return createCrmClient({ apiBase: `${s.crmOrigin}/${custId}/api/v1/`, xsrfToken: decodeURIComponent(xsrf), fetch: (i, init) => fetch(i, { ...init, headers: { ...(init?.headers as Record<string, string>), Cookie: cookie } }) });
}

async function tenant(custId = 'Cust12345') {
  const state = (await (await fetch(`${s.crmOrigin}/__standin/state`)).json()) as CrmState;
  const t = state.tenants[custId];
  if (!t) throw new Error('no tenant');
  return t;
}

const plan = (connector: ApplyPlan['connector'], over: Partial<ApplyPlan['connection']> = {}): ApplyPlan => ({
  connector,
  connection: { name: 'Regnskap', description: 'Hovedbok og kunder', allAccess: false, associateIds: [13, 11], groupIds: [2, 1], configFields: FINANCE_OK, ...over },
});

describe('applyToCrm', () => {
  it('a CRM that masks Password values on read-back (mask-passwords quirk): not a mismatch, named as not compared', async () => {
    await fetch(`${s.crmOrigin}/__standin/control`, { method: 'POST', body: '{"quirks":["mask-passwords"]}' });
    const c = await client();
    const masked = await applyToCrm(c, plan({ mode: 'new', name: 'Demo Finance', url: s.connectorUrl('finance') }, { secretKeys: ['password'] }));
    expect(masked).toEqual({ ok: true, erpConnectorId: 1, erpConnectionId: 1, notCompared: ['ConfigFields.password'] });
    expect((await tenant()).connections[0]?.ConfigFields.password).toBe('demo123');
    // Without knowing which field is a password, the same answer is a mismatch (what it was before).
    const blind = await applyToCrm(c, plan({ mode: 'existing', erpConnectorId: 1 }, { erpConnectionId: 1 }));
    expect(blind).toMatchObject({ ok: false, error: { kind: 'readback-mismatch', differences: ['ConfigFields.password'] } });
  });

  it('a new connector and a connection with specified users and groups: the CRM holds exactly that', async () => {
    const r = await applyToCrm(await client(), plan({ mode: 'new', name: 'Demo Finance', url: s.connectorUrl('finance') }));
    expect(r).toEqual({ ok: true, erpConnectorId: 1, erpConnectionId: 1, notCompared: [] });
    const t = await tenant();
    expect(t.connectors).toEqual([{ ErpConnectorId: 1, DisplayName: 'Demo Finance', URL: s.connectorUrl('finance'), Deleted: false }]);
    expect(t.connections).toHaveLength(1);
    expect(t.connections[0]).toEqual({
      ErpConnectionId: 1, ErpConnectorId: 1, DisplayName: 'Regnskap', DisplayDescription: 'Hovedbok og kunder', Active: false,
      ConnectionId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/), MostRecentTimestamp: '',
      ConfigFields: FINANCE_OK, Deleted: false, AllAccess: false, UserGroupAccessIds: [1, 2], AssociateAccessIds: [11, 13],
    });
    // The CRM told the connector about it (WSSaveConnection → WSGetSupportedActorTypes).
    expect(t.actorTypes['1']).toEqual(['Customer', 'Supplier', 'Contact', 'Project']);
  });

  it('an existing connector (installed app, app://) and visibility All', async () => {
    const r = await applyToCrm(await client('Cust67890'), plan({ mode: 'existing', erpConnectorId: 1 }, { allAccess: true, associateIds: [11] }));
    expect(r).toEqual({ ok: true, erpConnectorId: 1, erpConnectionId: 1, notCompared: [] });
    const t = await tenant('Cust67890');
    expect(t.connectors).toHaveLength(1);
    expect(t.connections).toEqual([expect.objectContaining({ ErpConnectorId: 1, AllAccess: true, AssociateAccessIds: [], UserGroupAccessIds: [], ConfigFields: FINANCE_OK })]);
  });

  it('a refused connector says so at the connector stage', async () => {
    const r = await applyToCrm(await client(), plan({ mode: 'new', name: 'Bad', url: 'ftp://erp.example/x' }));
    // Invalid data: the agent's 200 + {Message, MessageDetail}; the reason is in the details.
    expect(r).toMatchObject({ ok: false, error: { kind: 'connector', cause: { kind: 'crm-message', crm: { message: 'The request is invalid.', detail: expect.stringMatching(/URL must start with http/) } } } });
    if (!r.ok) expect(r.error.message.en).toMatch(/could not be created.*“The request is invalid\.”.*Nothing you typed is lost/);
    expect((await tenant()).connectors).toEqual([]);
  });

  const failures: Array<[string, Partial<ApplyPlan['connection']>, () => void, RegExp]> = [
    ['an unknown associate', { associateIds: [999] }, () => undefined, /Associate 999 does not exist/],
    ['a connector that faults on WSSaveConnection', {}, () => s.setConnectorMode('finance', 'fault'), /did not accept the connection/],
  ];
  it.each(failures)('connection save fails (%s): the retry reuses the created connector', async (_n, bad, before, detail) => {
    const c = await client();
    before();
    const first = await applyToCrm(c, plan({ mode: 'new', name: 'Demo Finance', url: s.connectorUrl('finance') }, bad));
    expect(first).toMatchObject({ ok: false, error: { kind: 'connection', erpConnectorId: 1, cause: { kind: 'crm-message' } } });
    if (first.ok || first.error.erpConnectorId === undefined) return;
    expect(first.error.cause?.crm?.detail).toMatch(detail);
    expect(first.error.message.en).toMatch(/reuses that connector/);
    expect(await tenant()).toMatchObject({ connectors: [{ ErpConnectorId: 1 }], connections: [] });

    s.setConnectorMode('finance', 'ok');
    const retry = await applyToCrm(c, plan({ mode: 'existing', erpConnectorId: first.error.erpConnectorId }));
    expect(retry).toEqual({ ok: true, erpConnectorId: 1, erpConnectionId: 1, notCompared: [] });
    const t = await tenant();
    expect(t.connectors).toHaveLength(1);
    expect(t.connections).toHaveLength(1);
  });

  it('a retry with the saved connection id updates it instead of adding another', async () => {
    const c = await client();
    const first = await applyToCrm(c, plan({ mode: 'new', name: 'Demo Finance', url: s.connectorUrl('finance') }));
    if (!first.ok) throw new Error(first.error.message.en);
    const guid = (await tenant()).connections[0]?.ConnectionId;
    const again = await applyToCrm(c, plan({ mode: 'existing', erpConnectorId: first.erpConnectorId }, { erpConnectionId: first.erpConnectionId, name: 'Regnskap 2' }));
    expect(again).toEqual(first);
    const t = await tenant();
    expect(t.connections).toEqual([expect.objectContaining({ ErpConnectionId: 1, DisplayName: 'Regnskap 2', ConnectionId: guid })]);
  });

  it('restricted agent → forbidden at the connector stage, nothing written', async () => {
    const c = await client();
    await fetch(`${s.crmOrigin}/__standin/control`, { method: 'POST', body: '{"restrictAgent":true}' });
    const r = await applyToCrm(c, plan({ mode: 'new', name: 'Demo Finance', url: s.connectorUrl('finance') }));
    expect(r).toMatchObject({ ok: false, error: { kind: 'connector', cause: { kind: 'forbidden', status: 403 } } });
    if (!r.ok) expect(r.error.message.en).toMatch(/SuperOffice Online.*restricted/);
    expect((await tenant()).connectors).toEqual([]);
  });
});
