// Places the wizard's extension-origin frame in the CRM page. The panel itself (inputs, drafts,
// passwords) lives in that frame, which the page's scripts cannot read, type into, forge events
// into or move focus inside. This side only places, shows, hides and focuses the frame, and hands
// it the one-time ticket (lib/background/frames.ts) by postMessage to the extension's origin: the
// page can see the frame element, but not that message, and a frame it makes itself gets none.
import type { Lang } from '../i18n/lang';

export const FRAME_HOST_TAG = 'so-erp-sync-wizard';
export const TICKET_MESSAGE = 'so-erp-sync/ticket';

const TITLE = { en: 'ERP Sync setup', no: 'ERP-synk-oppsett' } as const;
// The host resets what the page could style; the frame fills it. Docked right, full height.
const CSS = `
:host{all:initial!important;position:fixed!important;top:0!important;right:0!important;bottom:0!important;width:420px!important;max-width:100vw!important;z-index:2147483647!important;display:block!important}
:host([hidden]){display:none!important}
iframe{all:initial;display:block;width:100%;height:100%;border:0;background:#fff;box-shadow:-4px 0 16px rgba(0,0,0,.18)}`;

export interface PlacedFrame {
  /** Shown again; a fresh ticket is handed over for a frame the page reloaded meanwhile (a bound one ignores it). */
  show(ticket?: Promise<string | null>): void;
  hide(): void;
  readonly element: HTMLElement;
}

/** `src`: the frame page's URL (runtime.getURL), `onHidden`: where focus goes back (the launcher). */
export function placeFrame(src: string, lang: Lang, ticket: Promise<string | null>, onHidden: () => void): PlacedFrame {
  const host = document.createElement(FRAME_HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const frame = document.createElement('iframe');
  frame.title = TITLE[lang];
  const url = new URL(src);
  url.searchParams.set('lang', lang);
  frame.src = url.href;
  // On every load (the page may reload the frame by moving it); the background takes a ticket once.
  // The ticket is asked for while the frame loads (one round trip less before the panel shows).
  frame.addEventListener('load', async () => {
    const t = await ticket;
    if (t) frame.contentWindow?.postMessage({ type: TICKET_MESSAGE, ticket: t }, url.origin);
    // Focus into the frame's document once there is one (a frame cannot take focus by itself).
    if (!host.hidden) frame.focus();
  });
  root.append(style, frame);
  document.body.append(host);
  const show = (fresh?: Promise<string | null>) => {
    host.hidden = false;
    frame.focus();
    if (fresh) void fresh.then((t) => t && frame.contentWindow?.postMessage({ type: TICKET_MESSAGE, ticket: t }, url.origin));
  };
  show();
  return {
    element: host,
    show,
    hide() {
      host.hidden = true;
      onHidden();
    },
  };
}
