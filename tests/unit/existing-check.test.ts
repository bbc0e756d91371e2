// The health check's parts without a network: bounded concurrency and Cancel, what is tested
// where (app:// only by the CRM), the CRM's refusal, the summary, and the background's probe
// refusing a host never granted before any request.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectionProbe } from '../../lib/background/connection-probe';
import type { CrmResult, ErpSyncResponseCode } from '../../lib/crm';
import { checkAll, checkConnection, type CheckDeps } from '../../lib/existing/check';
import type { ConnectionResult, Inventory } from '../../lib/existing/model';
import { runBounded } from '../../lib/existing/pool';
import { summary } from '../../lib/existing/summary';

const everyone = { en: 'Everyone', no: 'Alle' };
const inv = (n: number, url = 'https://erp.example.com/ErpConnectorWS.svc'): Inventory => ({
  connectors: [{ id: 1, name: 'C', url, kind: url.startsWith('app:') ? 'app' : 'https', connections: n }],
  connections: Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `K${i + 1}`, connectorId: 1, active: false, guid: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, visibility: everyone })),
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fakeCrm(testById: (id: number) => Promise<CrmResult<boolean>>): CheckDeps['crm'] {
  return { testConnectionById: testById, testConnectorUrl: async (): Promise<CrmResult<ErpSyncResponseCode>> => ({ ok: true, value: 'NoError' }) };
}

describe('runBounded', () => {
  it('never runs more than the limit at once, and runs everything', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await runBounded([1, 2, 3, 4, 5, 6, 7], 3, new AbortController().signal, async (n) => {
      peak = Math.max(peak, ++running);
      await sleep(5);
      running--;
      done.push(n);
    });
    expect(peak).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('checkAll', () => {
  it('ten 50 ms tests with four at a time take about three rounds, not ten', async () => {
    const crm = fakeCrm(async () => (await sleep(50), { ok: true, value: true }));
    const browser = vi.fn(async () => (await sleep(50), { state: 'done' as const, outcome: 'ok' as const, ms: 50, hint: everyone, actorTypes: [] }));
    const results: ConnectionResult[] = [];
    const t0 = performance.now();
    const r = await checkAll(inv(10), { crm, browser }, { signal: new AbortController().signal, concurrency: 4, onConnection: (x) => results.push(x) });
    expect(r.cancelled).toBe(false);
    expect(results).toHaveLength(10);
    expect(results.every((x) => x.verdict.verdict === 'both-ok')).toBe(true);
    // 11 jobs (1 connector + 10 connections) in lanes of 4: three rounds of 50 ms, far below ten.
    expect(performance.now() - t0).toBeLessThan(10 * 50);
  });

  it('Cancel: running tests get the signal, no new one starts, nothing is reported after', async () => {
    const ctrl = new AbortController();
    const started: number[] = [];
    const crm = fakeCrm(async (id) => (started.push(id), await sleep(20), { ok: true, value: true }));
    const seen: number[] = [];
    const run = checkAll(inv(6), { crm }, { signal: ctrl.signal, concurrency: 2, onConnection: (x) => seen.push(x.id) });
    await sleep(5);
    ctrl.abort();
    expect(await run).toEqual({ cancelled: true });
    expect(started.length).toBeLessThanOrEqual(2);
    expect(seen).toEqual([]);
  });

  it('an app:// connector is tested by the CRM only, and says so', async () => {
    const browser = vi.fn();
    const row = inv(1, 'app://erp-sync-demo');
    const r = await checkConnection(row.connections[0]!, row.connectors[0], { crm: fakeCrm(async () => ({ ok: true, value: true })), browser }, new AbortController().signal);
    expect(browser).not.toHaveBeenCalled();
    expect(r.browser.state).toBe('skipped');
    expect(r.verdict.verdict).toBe('crm-only-ok');
  });

  it('the CRM could not test (no rights): crm-error with its words, not a failed connection', async () => {
    const refused: CrmResult<boolean> = { ok: false, error: { kind: 'forbidden', status: 403, message: { en: 'The ErpSync agent is not enabled.', no: 'ErpSync-agenten er ikke slått på.' }, detail: null, endpoint: 'x' } };
    const row = inv(1);
    const r = await checkConnection(row.connections[0]!, row.connectors[0], { crm: fakeCrm(async () => refused) }, new AbortController().signal);
    expect(r.crm).toMatchObject({ state: 'error', message: { en: 'The ErpSync agent is not enabled.' } });
    expect(r.verdict.verdict).toBe('crm-error');
    expect(r.verdict.message.no).toContain('ErpSync-agenten er ikke slått på.');
  });
});

describe('summary', () => {
  it('counts healthy connections, unreachable connectors and disagreements, in both languages', () => {
    const res = (verdict: string, tone: 'ok' | 'error'): ConnectionResult => ({ id: 1, crm: { state: 'passed', ms: 1 }, browser: { state: 'skipped', reason: everyone }, verdict: { verdict: verdict as never, tone, message: everyone }, at: '' });
    const s = summary(9, [res('both-ok', 'ok'), res('crm-cannot-reach', 'error'), res('both-failed', 'error')], [{ id: 1, reachable: false, ms: 1, message: null }], true);
    expect(s.en).toBe('1 of 9 connections healthy; 1 connector unreachable from the CRM; 1 reachable from this browser but not from the CRM; cancelled after 3 of 9');
    expect(s.no).toBe('1 av 9 koblinger i orden; 1 connector utilgjengelig fra CRM-et; 1 nås fra denne nettleseren, men ikke fra CRM-et; avbrutt etter 3 av 9');
  });
});

describe('background: panel/connection-probe', () => {
  it('a host never granted: not-permitted, before any request', async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no request may be made'));
    const r = await connectionProbe('p1', 'http://127.0.0.1:8081/finance/ErpConnectorWS.svc', '5e7a1c2d-0001-4c55-9a55-000000000001');
    expect(r).toMatchObject({ ok: true, value: { state: 'done', outcome: 'not-permitted', actorTypes: null } });
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });
});

describe('the way in, remembered per tenant', () => {
  it('reads "new" for an unknown tenant or a bad value, and each tenant its own', async () => {
    const { rememberMode, rememberedMode } = await import('../../lib/existing/mode-memory');
    fakeBrowser.reset();
    expect(await rememberedMode('Cust1')).toBe('new');
    await rememberMode('Cust1', 'existing');
    await rememberMode('Cust2', 'new');
    expect([await rememberedMode('Cust1'), await rememberedMode('Cust2')]).toEqual(['existing', 'new']);
    await fakeBrowser.storage.local.set({ panelModeByTenant: { Cust1: 'rm -rf' } });
    expect(await rememberedMode('Cust1')).toBe('new');
  });
});

describe('saveEdit with a CRM that masks passwords', () => {
  it('refuses a field change unless the password is typed again, and changes nothing', async () => {
    const { saveEdit } = await import('../../lib/existing/edit');
    const calls: string[] = [];
    const entity = { ErpConnectionId: 1, ErpConnectorId: 1, DisplayName: 'K', DisplayDescription: '', Active: true, ConnectionId: 'g', MostRecentTimestamp: '', ConfigFields: { user: 'demo', password: '********' }, Deleted: false, AllAccess: true, UserGroupAccessIds: [], AssociateAccessIds: [] };
    const no = async () => (calls.push('other'), { ok: false as const, error: { kind: 'x', message: { en: 'x', no: 'x' } } });
    const crm = {
      getAllConnectors: no, getConnector: no, getAllConnections: no, getConfigurationFields: no, testConnectionById: no, testConnectorUrl: no, deleteConnection: no, canDeleteConnector: no, deleteConnector: no,
      getConnection: async () => ({ ok: true as const, value: entity }),
      getConnectionConfigFields: async () => ({ ok: true as const, value: { ...entity.ConfigFields } }),
      saveConnection: async () => (calls.push('save'), { ok: true as const, value: entity }),
      testConfig: async () => (calls.push('test'), { ok: true as const, value: true }),
      toggleConnectionActive: async () => (calls.push('toggle'), { ok: true as const, value: [] }),
    };
    const ch = { name: 'K', description: '', allAccess: true, associateIds: [], groupIds: [], configFields: { user: 'other' } };
    const r = await saveEdit(crm, 1, ch, { secretKeys: ['password'] });
    expect(r).toMatchObject({ state: 'failed', at: 'read', leftInactive: false });
    expect(r.state === 'failed' && r.message.en).toBe('The CRM answers the password (password) masked: type it again to change configuration fields. Nothing was changed in the CRM.');
    expect(calls).toEqual([]);
    // Typed again: the rule is walked.
    const ok = await saveEdit(crm, 1, { ...ch, configFields: { user: 'other', password: 'new' } }, { secretKeys: ['password'] });
    expect(calls).toEqual(['toggle', 'test', 'save']);
    expect(ok).toMatchObject({ state: 'failed', at: 'readback', leftInactive: true });
  });
});
