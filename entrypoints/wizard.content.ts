// Injected by the background only when a consultant opens the wizard (never on page load). It
// places the wizard's extension-origin frame (lib/page/wizard-frame.ts) and makes the CRM calls
// the frame asks for with the page's session (lib/page/crm-relay.ts). Injected again into the
// same page, it shows the frame again instead of placing a second one.
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { pageLang } from '../lib/i18n/lang';
import { BgCrmFetch, BgFrameClose, BgReveal } from '../lib/messages/frame-protocol';
import { revealInCrmList } from '../lib/page/reveal';
import { relayCrmCall } from '../lib/page/crm-relay';
import { placeFrame, type PlacedFrame } from '../lib/page/wizard-frame';

const KEY = Symbol.for('so-erp-sync-wizard');
type Global = typeof globalThis & { [KEY]?: PlacedFrame | 'placing' };

function focusLauncher() {
  document.querySelector('so-erp-sync-launcher')?.shadowRoot?.querySelector('button')?.focus();
}

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  async main() {
    const g = globalThis as Global;
    const existing = g[KEY];
    if (existing === 'placing') return;
    // Each open by the consultant comes with a ticket (the background marked it): asked for at once.
    const ticket = browser.runtime.sendMessage({ type: 'cs/wizard-ticket' }).then(
      (reply: unknown) => {
        const r = reply as { ok?: boolean; value?: { ticket?: unknown } } | null;
        const t = r?.ok ? r.value?.ticket : undefined;
        if (typeof t === 'string') return t;
        console.warn('[erp-sync] the wizard frame got no ticket: it shows nothing');
        return null;
      },
      () => null,
    );
    if (existing?.element.isConnected) return existing.show(ticket);
    g[KEY] = 'placing';
    const src = browser.runtime.getURL('/wizard-frame.html');
    const placed = placeFrame(src, pageLang(), ticket, focusLauncher);
    g[KEY] = placed;
    if (existing) return; // the listener below is already there from the first placement
    // Only the background speaks to this script (a page cannot send extension messages; checked anyway).
    browser.runtime.onMessage.addListener((msg: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id || sender.tab) return;
      if (z.safeParse(BgFrameClose, msg).success) {
        const current = g[KEY];
        if (current && current !== 'placing') current.hide();
        sendResponse({ ok: true });
        return;
      }
      const reveal = z.safeParse(BgReveal, msg);
      if (reveal.success) return void sendResponse({ found: revealInCrmList(reveal.data.name) });
      const call = z.safeParse(BgCrmFetch, msg);
      if (!call.success) return;
      void relayCrmCall(call.data).then(sendResponse);
      return true;
    });
  },
});
