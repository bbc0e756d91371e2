// applyToCrm against an in-memory CrmClient: stage order, entity shape, read-back comparison,
// and the ids a failure carries so a retry creates nothing twice.
import { describe, expect, it } from 'vitest';
import { applyToCrm, type ApplyPlan, type CrmClient, type CrmError, type CrmResult, type ErpConnection, type ErpSyncConnectorEntity } from '../../lib/crm';

const err = (kind: CrmError['kind'], detail = 'boom'): CrmResult<never> => ({ ok: false, error: { kind, status: 400, detail, endpoint: 'x', message: { en: `EN ${detail}.`, no: `NO ${detail}.` } } });

function fakeClient(opts: { failCreate?: boolean; failSaveConnection?: number; failRead?: boolean; tamper?: (c: ErpConnection) => void } = {}) {
  const connectors: ErpSyncConnectorEntity[] = [];
  const connections: ErpConnection[] = [];
  const log: string[] = [];
  let saveFailures = opts.failSaveConnection ?? 0;
  const client = {
    apiBase: 'x/',
    createDefaultConnector: async () => (log.push('createDefault'), opts.failCreate ? err('forbidden', 'denied') : { ok: true, value: { ErpConnectorId: 0, DisplayName: '', URL: '', Deleted: false } }),
    saveConnector: async (e: ErpSyncConnectorEntity) => {
      log.push(`saveConnector ${e.DisplayName} ${e.URL}`);
      const saved = { ...e, ErpConnectorId: connectors.length + 1 };
      connectors.push(saved);
      return { ok: true, value: saved };
    },
    saveConnection: async (c: ErpConnection) => {
      log.push(`saveConnection ${c.ErpConnectionId}`);
      if (saveFailures-- > 0) return err('validation', 'Associate 999 does not exist');
      const existing = connections.find((x) => x.ErpConnectionId === c.ErpConnectionId);
      const saved = { ...c, ErpConnectionId: existing?.ErpConnectionId ?? connections.length + 1 };
      if (existing) Object.assign(existing, saved);
      else connections.push(saved);
      return { ok: true, value: saved };
    },
    getConnection: async (id: number) => {
      log.push(`getConnection ${id}`);
      const c = connections.find((x) => x.ErpConnectionId === id);
      if (!c || opts.failRead) return err('server', 'down');
      const copy = structuredClone(c);
      opts.tamper?.(copy);
      return { ok: true, value: copy };
    },
  } as unknown as CrmClient;
  return { client, connectors, connections, log };
}

const plan = (over: Partial<ApplyPlan['connection']> = {}, connector: ApplyPlan['connector'] = { mode: 'new', name: ' Finance ', url: 'app://erp-sync-demo' }): ApplyPlan => ({
  connector,
  connection: { name: 'Regnskap', description: 'Hovedbok', allAccess: false, associateIds: [12, 11, 12], groupIds: [2], configFields: { companyDb: 'DEMO', useVat: '[I:1]' }, ...over },
});

describe('applyToCrm', () => {
  it('new connector: CreateDefault → Save, then SaveConnection, then read back', async () => {
    const f = fakeClient();
    expect(await applyToCrm(f.client, plan())).toEqual({ ok: true, erpConnectorId: 1, erpConnectionId: 1, notCompared: [] });
    expect(f.log).toEqual(['createDefault', 'saveConnector Finance app://erp-sync-demo', 'saveConnection 0', 'getConnection 1']);
    expect(f.connections[0]).toMatchObject({ ErpConnectorId: 1, DisplayName: 'Regnskap', DisplayDescription: 'Hovedbok', Active: false, Deleted: false, AllAccess: false, AssociateAccessIds: [11, 12], UserGroupAccessIds: [2], ConfigFields: { companyDb: 'DEMO', useVat: '[I:1]' } });
    expect(f.connections[0]?.ConnectionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('existing connector and All visibility: no connector calls, no id lists', async () => {
    const f = fakeClient();
    expect(await applyToCrm(f.client, plan({ allAccess: true }, { mode: 'existing', erpConnectorId: 7 }))).toEqual({ ok: true, erpConnectorId: 7, erpConnectionId: 1, notCompared: [] });
    expect(f.log).toEqual(['saveConnection 0', 'getConnection 1']);
    expect(f.connections[0]).toMatchObject({ AllAccess: true, AssociateAccessIds: [], UserGroupAccessIds: [] });
  });

  it('connector stage failure: says so, carries no ids, keeps the CRM message', async () => {
    const r = await applyToCrm(fakeClient({ failCreate: true }).client, plan());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ kind: 'connector', cause: { kind: 'forbidden' } });
    expect(r.error.erpConnectorId).toBeUndefined();
    expect(r.error.message.en).toMatch(/Sync Connector could not be created\. EN denied\. Nothing you typed is lost/);
    expect(r.error.message.no).toMatch(/Ingenting du har skrevet, går tapt/);
  });

  it('connection failure after creating the connector carries its id; the retry reuses it', async () => {
    const f = fakeClient({ failSaveConnection: 1 });
    const first = await applyToCrm(f.client, plan());
    expect(first).toMatchObject({ ok: false, error: { kind: 'connection', erpConnectorId: 1, cause: { kind: 'validation' } } });
    if (first.ok || first.error.erpConnectorId === undefined) return;
    expect(first.error.message.en).toMatch(/was created \(id 1\).*reuses that connector.*Associate 999/);
    const retry = await applyToCrm(f.client, plan({}, { mode: 'existing', erpConnectorId: first.error.erpConnectorId }));
    expect(retry).toEqual({ ok: true, erpConnectorId: 1, erpConnectionId: 1, notCompared: [] });
    expect(f.connectors).toHaveLength(1);
  });

  it('read-back mismatch names every differing key and carries both ids; a retry updates, keeping the GUID', async () => {
    const f = fakeClient({ tamper: (c) => {
      c.ConfigFields.companyDb = 'OTHER';
      c.ConfigFields.extra = 'x';
      c.AssociateAccessIds = [11];
      c.DisplayName = 'Renamed';
    } });
    const r = await applyToCrm(f.client, plan());
    expect(r).toMatchObject({ ok: false, error: { kind: 'readback-mismatch', erpConnectorId: 1, erpConnectionId: 1, cause: null, differences: ['DisplayName', 'AssociateAccessIds', 'ConfigFields.companyDb', 'ConfigFields.extra'] } });
    const guid = f.connections[0]?.ConnectionId;
    const again = await applyToCrm(f.client, plan({ erpConnectionId: 1 }, { mode: 'existing', erpConnectorId: 1 }));
    expect(again.ok).toBe(false);
    expect(f.connections).toHaveLength(1);
    expect(f.connections[0]?.ConnectionId).toBe(guid);
  });

  it('a failed read-back says the connection was saved', async () => {
    const r = await applyToCrm(fakeClient({ failRead: true }).client, plan({}, { mode: 'existing', erpConnectorId: 3 }));
    expect(r).toMatchObject({ ok: false, error: { kind: 'readback', erpConnectorId: 3, erpConnectionId: 1 } });
  });
});
