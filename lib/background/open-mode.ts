// The popup's two ways into the panel ("Open the wizard", "Check existing connections"): the way
// asked for reaches the tab's panel. A panel already bound in that tab takes it at once (it answers
// the one message naming its tab); else it is kept for the tab and given with the next frame's
// binding, taken once (like the popup's draft: lib/background/popup-drafts.ts).
import { browser } from 'wxt/browser';
import type { OnsiteInstall } from '../onsite/address';
import type { PanelModeAsked, Reply } from '../messages/protocol';
import { openWizardInTab } from './wizard-injection';

const key = (tabId: number) => `open-mode:${tabId}`;

/** BG→frame: the way in the consultant asked for, meant for the panel of `tabs[0]`. */
export interface BgPanelMode {
  type: 'bg/panel-mode';
  mode: PanelModeAsked;
  tabs: number[];
}

export async function keepAskedMode(tabId: number, mode: PanelModeAsked): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: mode });
}

/** The way asked for this tab, taken once (null when none). */
export async function takeAskedMode(tabId: number): Promise<PanelModeAsked | null> {
  const k = key(tabId);
  const v = ((await browser.storage.session.get(k).catch(() => ({}))) as Record<string, unknown>)[k];
  if (v === undefined) return null;
  await browser.storage.session.remove(k);
  return v === 'new' || v === 'existing' ? v : null;
}

/** Tells a panel already bound in the tab; true when it took the way asked for. */
async function tellBoundPanel(tabId: number, mode: PanelModeAsked): Promise<boolean> {
  const msg: BgPanelMode = { type: 'bg/panel-mode', mode, tabs: [tabId] };
  const answer: unknown = await browser.runtime.sendMessage(msg).catch(() => null);
  return (answer as { taken?: unknown } | null)?.taken === true;
}

export async function openPanelInTab(tabId: number, mode: PanelModeAsked | undefined, onsite: readonly OnsiteInstall[]): Promise<Reply<{ opened: true }>> {
  if (mode && !(await tellBoundPanel(tabId, mode))) await keepAskedMode(tabId, mode);
  const r = await openWizardInTab(tabId, onsite);
  // Not a SuperOffice page: nothing may wait there for a panel opened later by other means.
  if (!r.ok && mode) await takeAskedMode(tabId);
  return r;
}
