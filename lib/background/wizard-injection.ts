// The wizard's code (Preact, forms, schemas) is not in the always-loaded launcher: the
// background injects it into a tab only when a consultant asks for it.
import { browser } from 'wxt/browser';
import { adminPageTenant } from '../messages/sender';
import { SCREEN_PROBE } from '../page/sync-tab';
import type { OnsiteInstall } from '../onsite/address';
import type { Reply, TabStatus, Screen } from '../messages/protocol';
import { markOpening } from './frames';

export const WIZARD_SCRIPT = '/content-scripts/wizard.js';
/** The launcher's button: brought in only once the watcher on the page sees the Sync tab. */
export const LAUNCHER_BUTTON_SCRIPT = '/launcher-button.js';

/** Runs one of our scripts in a frame; the refusal names what could not be done. */
async function inject<T>(tabId: number, frameId: number, file: typeof WIZARD_SCRIPT | typeof LAUNCHER_BUTTON_SCRIPT, done: T, failed: string): Promise<Reply<T>> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    return { ok: true, value: done };
  } catch (e) {
    return { ok: false, error: { code: 'inject-failed', message: `${failed}: ${String(e)}` } };
  }
}

/** The consultant's open (launcher click, popup, shortcut): the frame placed now may be served. */
export async function injectWizard(tabId: number, frameId = 0): Promise<Reply<{ opened: true }>> {
  await markOpening(tabId, frameId);
  return inject(tabId, frameId, WIZARD_SCRIPT, { opened: true as const }, 'The wizard could not be opened on this page');
}
export const injectLauncherButton = (tabId: number, frameId = 0) =>
  inject(tabId, frameId, LAUNCHER_BUTTON_SCRIPT, { shown: true as const }, 'The launcher could not be shown on this page');

/** The tab's address, or nothing for a tab that is gone. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/** Open the wizard in a tab, but only on a SuperOffice Settings and maintenance page (Online or an added install). */
export async function openWizardInTab(tabId: number, onsite: readonly OnsiteInstall[] = []): Promise<Reply<{ opened: true }>> {
  const url = await tabUrl(tabId);
  if (!url || !adminPageTenant(url, onsite)) {
    return { ok: false, error: { code: 'not-superoffice-page', message: 'This tab is not a SuperOffice Settings and maintenance page.' } };
  }
  return injectWizard(tabId, 0);
}

export async function tabStatus(tabId: number, onsite: readonly OnsiteInstall[] = []): Promise<TabStatus> {
  const url = await tabUrl(tabId);
  const page = url ? adminPageTenant(url, onsite) : null;
  if (!page) return { superOffice: false, tenant: null, screen: null };
  let screen: Screen | null = null;
  try {
    // Runs in the extension's isolated world of each frame, where the launcher left its check: the
    // Sync tab's lists may sit in a frame of the page.
    const found = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      func: (key: string) => (globalThis as unknown as Record<symbol, (() => string) | undefined>)[Symbol.for(key)]?.() ?? null,
      args: [SCREEN_PROBE],
    });
    const seen: unknown[] = found.map((f) => f.result);
    screen = seen.includes('sync-tab') ? 'sync-tab' : seen.includes('other-admin-screen') ? 'other-admin-screen' : null;
  } catch {
    // The launcher is not there yet (page loading) or the page was opened before install.
  }
  return { superOffice: true, tenant: page.tenant, screen };
}
