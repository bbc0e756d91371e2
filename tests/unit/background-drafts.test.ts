import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraftHandlers } from '../../lib/background/drafts';
import { route, type Handlers } from '../../lib/background/router';
import { createDraftStore, createMemorySecretStore } from '../../lib/drafts';

const self = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
/** The wizard's frame in a tab, bound (as lib/background/frames.ts would) to that tab's tenant. */
const boundTenants = new Map<number, string>();
const page = (custId: string, tabId: number) => {
  boundTenants.set(tabId, `https://online.superoffice.com/${custId}`);
  return { id: 'ext', url: 'chrome-extension://ext/wizard-frame.html?lang=en', origin: 'chrome-extension://ext', tab: { id: tabId }, frameId: 4 };
};
const bind = async <F extends { tabId: number }>(f: F) => (boundTenants.has(f.tabId) ? { ...f, tenant: boundTenants.get(f.tabId) as string, csFrameId: 0 } : null);
const A = page('Cust1', 1);
const A2 = page('Cust1', 2);
const B = page('Cust2', 3);

let n = 0;
let notified: [string, number, string, number][];
let send: (msg: object, sender: object) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let keepHistory = true;

beforeEach(() => {
  fakeBrowser.reset();
  notified = [];
  const secrets = createMemorySecretStore();
  const store = createDraftStore({ dbName: `bg-drafts-${++n}`, secrets });
  keepHistory = true;
  const handlers = createDraftHandlers(store, { notify: async (...args) => void notified.push(args), keepHistory: async () => keepHistory }) as unknown as Handlers;
  send = (msg, sender) => route(msg, sender, self, handlers, undefined, bind);
});

describe('drafts through the background', () => {
  it('resumes the tenant’s newest draft, and creates one when there is none', async () => {
    const first = await send({ type: 'panel/draft-open' }, A);
    expect(first).toMatchObject({ ok: true, draft: { tenant: 'https://online.superoffice.com/Cust1', revision: 1 } });
    const again = await send({ type: 'panel/draft-open' }, A2);
    expect(again.draft.id).toBe(first.draft.id);
    const fresh = await send({ type: 'panel/draft-open', fresh: true }, A);
    expect(fresh.draft.id).not.toBe(first.draft.id);
  });

  it('resumes an applied draft while its configuration steps are under way, and no longer once it is activated', async () => {
    const first = await send({ type: 'panel/draft-open' }, A);
    const id = first.draft.id as string;
    const applied = await send({ type: 'panel/draft-applied', id, applied: { at: 1, erpConnectorId: 1, erpConnectionId: 3 } }, A);
    expect(applied.ok).toBe(true);
    // Applied, nothing configured: a plain open starts a new draft (as before issue 18).
    const other = await send({ type: 'panel/draft-open' }, A2);
    expect(other.draft.id).not.toBe(id);
    const configure = { erpConnectionId: 3, step: 2, saved: ['mappings'], skipped: [], mappings: [], lists: [], defaults: [] };
    const saved = await send({ type: 'panel/draft-save', id, patch: { configure }, baseRevision: applied.draft.revision }, A);
    expect(saved.ok).toBe(true);
    expect((await send({ type: 'panel/draft-open' }, A2)).draft.id).toBe(id);
    const done = await send({ type: 'panel/draft-save', id, patch: { configure: { ...configure, step: 5, saved: ['mappings', 'active'] } }, baseRevision: saved.draft.revision }, A);
    expect(done.ok).toBe(true);
    expect((await send({ type: 'panel/draft-open' }, A2)).draft.id).toBe(other.draft.id);
  });

  it('two opens at once on a tenant without drafts (a frame’s claim and its own open, two tabs) resume one new draft', async () => {
    const [a, b, c] = await Promise.all([send({ type: 'panel/draft-open' }, A), send({ type: 'panel/draft-open' }, A2), send({ type: 'panel/draft-open' }, A)]);
    expect(new Set([a.draft.id, b.draft.id, c.draft.id]).size).toBe(1);
    expect((await send({ type: 'panel/drafts-list' }, A)).drafts).toHaveLength(1);
  });

  it('never shows or changes one tenant’s draft from another tenant', async () => {
    const { draft } = await send({ type: 'panel/draft-open' }, A);
    expect(await send({ type: 'panel/draft-open', id: draft.id }, B)).toMatchObject({ ok: false, error: { code: 'other-tenant' } });
    expect(await send({ type: 'panel/draft-save', id: draft.id, patch: { name: 'x' }, baseRevision: 1 }, B)).toMatchObject({ ok: false, error: { code: 'other-tenant' } });
    expect(await send({ type: 'panel/draft-export', id: draft.id }, B)).toMatchObject({ ok: false, error: { code: 'other-tenant' } });
    const listB = await send({ type: 'panel/drafts-list' }, B);
    expect(listB).toEqual({ ok: true, drafts: [] });
    const removed = await send({ type: 'panel/draft-remove', id: draft.id }, A);
    expect(await send({ type: 'panel/draft-undo', token: removed.undoToken }, B)).toMatchObject({ ok: false, error: { code: 'other-tenant' } });
    expect(await send({ type: 'panel/draft-undo', token: removed.undoToken }, A)).toMatchObject({ ok: true, draft: { id: draft.id } });
  });

  it('saves with revisions, tells the tenant’s other tabs, and refuses a stale revision', async () => {
    const { draft } = await send({ type: 'panel/draft-open' }, A);
    const saved = await send({ type: 'panel/draft-save', id: draft.id, patch: { connection: { name: 'Visma' } }, baseRevision: 1 }, A);
    expect(saved).toMatchObject({ ok: true, draft: { revision: 2, connection: { name: 'Visma' } } });
    expect(notified).toEqual([['https://online.superoffice.com/Cust1', 1, draft.id, 2]]);
    const stale = await send({ type: 'panel/draft-save', id: draft.id, patch: { connection: { name: 'Other' } }, baseRevision: 1 }, A2);
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', current: { revision: 2, connection: { name: 'Visma' } } } });
    expect(notified).toHaveLength(1);
  });

  it('keeps a test history only while the consultant wants one', async () => {
    const { draft } = await send({ type: 'panel/draft-open' }, A);
    const result = { where: 'browser', outcome: 'ok', ok: true, connectorUrl: 'http://erp.example/ErpConnectorWS.svc', values: {} };
    expect(await send({ type: 'panel/draft-tested', id: draft.id, result }, A)).toMatchObject({ ok: true });
    keepHistory = false;
    expect(await send({ type: 'panel/draft-tested', id: draft.id, result }, A)).toMatchObject({ ok: true });
    expect((await send({ type: 'panel/draft-history', id: draft.id }, A)).entries).toHaveLength(1);
  });
});

describe('the draft a tab was opened for from the popup', () => {
  it('opens it on its own tenant, and is dropped once the tab went to another tenant', async () => {
    const secrets = createMemorySecretStore();
    const store = createDraftStore({ dbName: `bg-pending-${++n}`, secrets });
    const pending = new Map<number, string>();
    const handlers = createDraftHandlers(store, { notify: async () => undefined, pendingFor: async (tab) => pending.get(tab) ?? null }) as unknown as Handlers;
    const ask = (msg: object, sender: object) => route(msg, sender, self, handlers, undefined, bind) as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const other = await store.create('https://online.superoffice.com/Cust2', { name: 'Fjord' });
    const mine = await store.create('https://online.superoffice.com/Cust1', { name: 'Nordlys' });
    if (!other.ok || !mine.ok) throw new Error('no drafts');

    pending.set(1, mine.draft.id);
    expect((await ask({ type: 'panel/draft-open' }, A)).draft.name).toBe('Nordlys');
    // Tab 2 was opened for Cust2's draft but now shows Cust1: no refusal, the usual resume.
    pending.set(2, other.draft.id);
    const resumed = await ask({ type: 'panel/draft-open' }, A2);
    expect(resumed).toMatchObject({ ok: true, draft: { tenant: 'https://online.superoffice.com/Cust1', name: 'Nordlys' } });
    // Asking for another tenant's draft by id is still refused.
    expect(await ask({ type: 'panel/draft-open', id: other.draft.id }, A)).toMatchObject({ ok: false, error: { code: 'other-tenant' } });
  });
});
