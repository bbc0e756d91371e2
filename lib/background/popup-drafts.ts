// The popup's view of drafts: every tenant's, and opening one where it belongs. A draft opens
// only on its own tenant's Settings and maintenance page: the current tab when it is that page,
// else a new tab there; the wizard then resumes that draft (asked for once, per tab).
import { browser } from 'wxt/browser';
import type { DraftStore } from '../drafts';
import { adminPageTenant } from '../messages/sender';
import type { OnsiteInstall } from '../onsite/address';
import type { Handlers } from './router';
import { whenTabLoaded } from './tab-loaded';
import { injectWizard, tabUrl } from './wizard-injection';
import { keepAskedMode, takeAskedMode } from './open-mode';
import type { BgOpenDraft } from '../messages/frame-protocol';

const pendingKey = (tabId: number) => `open-draft:${tabId}`;

/** The draft a tab was opened for, taken once. */
export async function takePendingDraft(tabId: number): Promise<string | null> {
  const key = pendingKey(tabId);
  const id = (await browser.storage.session.get(key))[key];
  if (typeof id !== 'string') return null;
  await browser.storage.session.remove(key);
  return id;
}

/** Where a tenant's Settings and maintenance starts (Online: /<CustID>/admin/; onsite: <base>/admin/). */
const adminUrlOf = (tenant: string) => `${tenant}/admin/default.aspx`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Asks a panel already bound in the tab to switch to the draft; true when it did. */
async function tellBoundPanel(tabId: number, id: string): Promise<boolean> {
  const msg: BgOpenDraft = { type: 'bg/open-draft', id, tabs: [tabId] };
  const answer: unknown = await browser.runtime.sendMessage(msg).catch(() => null);
  return (answer as { taken?: unknown } | null)?.taken === true;
}

/**
 * The wizard into a tab just opened for a draft, once the page has loaded. Confirmed by the wizard
 * taking its draft (the pending key is gone); an injection that failed, or did not start the
 * wizard, is tried again. Injected only on the tenant's own admin page: a sign-in page shown first
 * gets nothing, and the key stays for the wizard the consultant opens there after signing in.
 */
export async function bringWizard(tabId: number, isTenantPage: (url: string) => boolean, attempts = 3, confirmMs = 4000): Promise<boolean> {
  const key = pendingKey(tabId);
  const waiting = async () => (await browser.storage.session.get(key))[key] !== undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    await whenTabLoaded(tabId);
    let tab = await browser.tabs.get(tabId).catch(() => undefined);
    // Firefox: a new tab is first a loaded about:blank (its address hidden or "about:blank") before
    // it goes where it was opened for; that is not yet the page, so wait for it (up to 10 s).
    for (let waited = 0; tab && (!tab.url || tab.url === 'about:blank') && waited < 10_000; waited += 250) {
      await sleep(250);
      await whenTabLoaded(tabId);
      tab = await browser.tabs.get(tabId).catch(() => undefined);
    }
    if (!tab) return void (await browser.storage.session.remove(key)), false; // closed: nothing to keep
    if (!tab.url || !isTenantPage(tab.url)) return false;
    const r = await injectWizard(tabId);
    if (!r.ok) {
      console.warn(`ERP Sync: the wizard did not start in the new tab (attempt ${attempt}): ${r.error.message}`);
      await sleep(500);
      continue;
    }
    for (let waited = 0; waited < confirmMs; waited += 200) {
      if (!(await waiting())) return true;
      await sleep(200);
    }
    console.warn(`ERP Sync: the wizard injected into the new tab did not take its draft (attempt ${attempt})`);
  }
  return false;
}

type PopupHandlers = Pick<Handlers, 'ui/drafts-all' | 'ui/open-draft' | 'ui/draft-export' | 'ui/draft-import'>;

export function createPopupDraftHandlers(store: DraftStore, onsite: () => Promise<OnsiteInstall[]>): PopupHandlers {
  return {
    'ui/drafts-all': async () => store.listAll(),
    'ui/open-draft': async (m) => {
      const got = await store.get(m.id);
      if (!got.ok) return got;
      const tenant = got.draft.tenant;
      // The draft opens where it belongs: a wizard draft in the wizard, an edit (issue 17) in the existing view.
      const way = got.draft.edit ? 'existing' : 'new';
      const installs = await onsite();
      const url = m.tabId === undefined ? undefined : await tabUrl(m.tabId);
      if (m.tabId !== undefined && url && adminPageTenant(url, installs)?.tenant === tenant) {
        // A panel already bound in the tab switches to the draft itself; else the next one takes it.
        if (await tellBoundPanel(m.tabId, m.id)) await takeAskedMode(m.tabId);
        else {
          await browser.storage.session.set({ [pendingKey(m.tabId)]: m.id });
          await keepAskedMode(m.tabId, way);
        }
        const r = await injectWizard(m.tabId);
        return r.ok ? { ok: true, where: 'tab' } : { ok: false, error: { code: 'inject-failed', message: r.error.message } };
      }
      const tab = await browser.tabs.create({ url: adminUrlOf(tenant) });
      if (tab.id === undefined) return { ok: false, error: { code: 'inject-failed', message: 'No tab' } };
      await browser.storage.session.set({ [pendingKey(tab.id)]: m.id });
      await keepAskedMode(tab.id, way);
      const isTenantPage = (url: string) => adminPageTenant(url, installs)?.tenant === tenant;
      bringWizard(tab.id, isTenantPage).catch((e: unknown) => console.warn(`ERP Sync: the wizard could not be brought to the new tab: ${String(e)}`));
      return { ok: true, where: 'new-tab' };
    },
    'ui/draft-export': async (m) => store.exportDraft(m.id),
    'ui/draft-import': async (m) => store.importDraft(m.tenant, m.text),
  };
}
