// Drafts live here, in the extension's origin (never in the CRM page's): the panel asks by
// message, and the tenant is always the sender's page, so a draft never shows up on another
// tenant. After a save, the tenant's other tabs are told, so two tabs never overwrite silently.
import { browser } from 'wxt/browser';
import type { DraftStore } from '../drafts';
import type { Handlers } from './router';

type DraftHandlers = Pick<
  Handlers,
  | 'panel/drafts-list' | 'panel/draft-open' | 'panel/draft-save' | 'panel/draft-rename' | 'panel/draft-duplicate' | 'panel/draft-remove'
  | 'panel/draft-undo' | 'panel/draft-export' | 'panel/draft-import' | 'panel/draft-tested' | 'panel/draft-applied' | 'panel/draft-history'
>;

const otherTenant = { ok: false as const, error: { code: 'other-tenant' as const, message: 'This draft belongs to another SuperOffice tenant.' } };

/**
 * Tell the tenant's other tabs that a draft changed. The wizards live in extension frames, which
 * tabs.sendMessage does not reach: one runtime message names the tabs meant, and each frame acts
 * only on its own tab and its own draft. Best effort.
 */
export async function notifyOtherTabs(tenant: string, exceptTabId: number, id: string, revision: number): Promise<void> {
  const tabs = (await browser.tabs.query({}).catch(() => []))
    .filter((t) => t.id !== undefined && t.id !== exceptTabId && (t.url === tenant || t.url?.startsWith(`${tenant}/`)))
    .map((t) => t.id as number);
  if (tabs.length) await browser.runtime.sendMessage({ type: 'bg/draft-changed', id, revision, tabs }).catch(() => undefined);
}

export interface DraftHandlerOptions {
  notify?: typeof notifyOtherTabs;
  /** The draft a tab was opened for from the popup, if any (taken once). */
  pendingFor?: (tabId: number) => Promise<string | null>;
  /** The consultant may turn the test history off (options). */
  keepHistory?: () => Promise<boolean>;
}

export function createDraftHandlers(store: DraftStore, opts: DraftHandlerOptions = {}): DraftHandlers {
  const notify = opts.notify ?? notifyOtherTabs;
  /** The draft, only if it belongs to the sender's tenant. */
  async function owned(id: string, tenant: string) {
    const r = await store.get(id);
    return r.ok && r.draft.tenant === tenant ? r : null;
  }
  // The wizard's frame, bound by the background to its tab and tenant (lib/background/frames.ts).
  const tenantOf = (s: Parameters<DraftHandlers['panel/drafts-list']>[1]) => (s.kind === 'wizard-frame' && s.tenant ? s.tenant : '');
  const tabOf = (s: Parameters<DraftHandlers['panel/drafts-list']>[1]) => (s.kind === 'wizard-frame' ? s.tabId : -1);
  /** Every write that moves a draft's revision is told to the tenant's other tabs. */
  async function told<R extends { ok: boolean }>(s: Parameters<DraftHandlers['panel/drafts-list']>[1], r: R): Promise<R> {
    const d = (r as { draft?: { id: string; revision: number } }).draft;
    // Awaited: the other tabs hear of a revision before the saving tab's answer, so a tab that
    // edited meanwhile sees the conflict in the order it happened.
    if (r.ok && d) await notify(tenantOf(s), tabOf(s), d.id, d.revision).catch(() => undefined);
    return r;
  }

  // Two opens at once for one tenant (a frame's claim and its own open, two tabs) resume the same
  // new draft instead of creating two: "resume the newest, else create" runs one at a time per tenant.
  const resuming = new Map<string, Promise<unknown>>();
  function oneAtATime<T>(tenant: string, run: () => Promise<T>): Promise<T> {
    const next = (resuming.get(tenant) ?? Promise.resolve()).catch(() => undefined).then(run);
    resuming.set(tenant, next);
    void next.catch(() => undefined).finally(() => resuming.get(tenant) === next && resuming.delete(tenant));
    return next;
  }

  return {
    'panel/drafts-list': async (_m, s) => store.list(tenantOf(s)),
    'panel/draft-open': async (m, s) => {
      const tenant = tenantOf(s);
      if (m.id) return (await owned(m.id, tenant)) ?? otherTenant;
      // The draft this tab was opened for from the popup; one for another tenant (the tab went
      // elsewhere since) is dropped, and the wizard resumes as it would without it.
      const pending = await opts.pendingFor?.(tabOf(s));
      const mine = pending ? await owned(pending, tenant) : undefined;
      if (mine) return mine;
      if (m.fresh) return store.create(tenant, {});
      // Resume where the consultant was: the tenant's most recently changed draft.
      return oneAtATime(tenant, async () => {
        const list = await store.list(tenant);
        // An edit of an existing connection (issue 17) is resumed by its own view, never by the wizard;
        // an applied draft whose configuration is under way (issue 18) is resumed like an unfinished one.
        const newest = list.ok ? list.drafts.find((d) => !d.edit && (!d.applied || d.configuring)) : undefined;
        return newest ? store.get(newest.id) : store.create(tenant, {});
      });
    },
    'panel/draft-save': async (m, s) => {
      if (!(await owned(m.id, tenantOf(s)))) return otherTenant;
      return told(s, await store.save(m.id, m.patch, m.baseRevision));
    },
    'panel/draft-rename': async (m, s) => told(s, (await owned(m.id, tenantOf(s))) ? await store.rename(m.id, m.name) : otherTenant),
    'panel/draft-duplicate': async (m, s) => ((await owned(m.id, tenantOf(s))) ? store.duplicate(m.id, m.lang) : otherTenant),
    'panel/draft-remove': async (m, s) => {
      if (!(await owned(m.id, tenantOf(s)))) return otherTenant;
      const r = await store.remove(m.id);
      // An undo token works only on the tenant that removed the draft (kept for the session).
      if (r.ok) await browser.storage.session.set({ [`undo:${r.undoToken}`]: tenantOf(s) });
      return r;
    },
    'panel/draft-undo': async (m, s) => {
      const key = `undo:${m.token}`;
      if ((await browser.storage.session.get(key))[key] !== tenantOf(s)) return otherTenant;
      await browser.storage.session.remove(key);
      return store.undo(m.token);
    },
    'panel/draft-export': async (m, s) => ((await owned(m.id, tenantOf(s))) ? store.exportDraft(m.id) : otherTenant),
    'panel/draft-import': async (m, s) => store.importDraft(tenantOf(s), m.text),
    'panel/draft-tested': async (m, s) => {
      const own = await owned(m.id, tenantOf(s));
      if (!own) return otherTenant;
      return (await (opts.keepHistory?.() ?? true)) ? told(s, await store.recordTest(m.id, m.result)) : own;
    },
    'panel/draft-history': async (m, s) => ((await owned(m.id, tenantOf(s))) ? store.history(m.id) : otherTenant),
    'panel/draft-applied': async (m, s) => told(s, (await owned(m.id, tenantOf(s))) ? await store.markApplied(m.id, m.applied) : otherTenant),
  };
}
