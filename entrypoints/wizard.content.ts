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
import { FRAME_KEY, placeFrame, type PlacedFrame } from '../lib/page/wizard-frame';

const LISTENING = Symbol.for('so-erp-sync-wizard-listening');
type Global = typeof globalThis & { [FRAME_KEY]?: PlacedFrame | 'placing'; [LISTENING]?: true };

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  async main() {
    const g = globalThis as Global;
    let existing = g[FRAME_KEY];
    if (existing === 'placing') return;
    const lang = pageLang();
    // A frame the launcher preloaded in another language (the CRM's switched since) is placed anew.
    if (existing?.preloaded && existing.lang !== lang) {
      existing.element.remove();
      existing = undefined;
    }
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
    // The frame the launcher preloaded (lib/page/wizard-frame.ts), or the one shown before: shown again.
    if (existing?.element.isConnected) existing.show(ticket);
    else {
      g[FRAME_KEY] = 'placing';
      g[FRAME_KEY] = placeFrame(browser.runtime.getURL('/wizard-frame.html'), lang, ticket);
    }
    if (g[LISTENING]) return; // the listener below is already there from an earlier open
    g[LISTENING] = true;
    // Only the background speaks to this script (a page cannot send extension messages; checked anyway).
    browser.runtime.onMessage.addListener((msg: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id || sender.tab) return;
      if (z.safeParse(BgFrameClose, msg).success) {
        const current = g[FRAME_KEY];
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
