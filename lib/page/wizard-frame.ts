// Places the wizard's extension-origin frame in the CRM page. The panel itself (inputs, drafts,
// passwords) lives in that frame, which the page's scripts cannot read, type into, forge events
// into or move focus inside. This side only places, shows, hides and focuses the frame, and hands
// it the one-time ticket (lib/background/frames.ts) by postMessage to the extension's origin: the
// page can see the frame element, but not that message, and a frame it makes itself gets none.
// The launcher's button preloads the frame hidden on the Sync tab (entrypoints/launcher-button.ts):
// an unbound frame holds no draft and makes no call until the consultant's open brings a ticket.
import type { Lang } from '../i18n/lang';
import { LAUNCHER_TAG } from './launcher-button';

export const FRAME_HOST_TAG = 'so-erp-sync-wizard';
export const TICKET_MESSAGE = 'so-erp-sync/ticket';
/** Where the placed frame is kept in the content scripts' world (launcher button and wizard share it). */
export const FRAME_KEY = Symbol.for('so-erp-sync-wizard');

const TITLE = { en: 'ERP Sync setup', no: 'ERP-synk-oppsett' } as const;
// The host resets what the page could style; the frame fills it. Docked right, full height.
const CSS = `
:host{all:initial!important;position:fixed!important;top:0!important;right:0!important;bottom:0!important;width:420px!important;max-width:100vw!important;z-index:2147483647!important;display:block!important}
:host([hidden]){display:none!important}
iframe{all:initial;display:block;width:100%;height:100%;border:0;background:#fff;box-shadow:-4px 0 16px rgba(0,0,0,.18)}`;

export interface PlacedFrame {
  /** Shown, with the ticket of this open; a bound frame ignores it, an unbound one (preloaded or reloaded by the page) claims it. */
  show(ticket: Promise<string | null>): void;
  hide(): void;
  readonly element: HTMLElement;
  readonly lang: Lang;
  /** Placed ahead of the consultant's first open and never shown since: unbound, disposable. */
  readonly preloaded: boolean;
}

/** Focus back on the launcher's button (where the consultant opened the wizard from). */
export function focusLauncher() {
  document.querySelector(LAUNCHER_TAG)?.shadowRoot?.querySelector('button')?.focus();
}

/**
 * `src`: the frame page's URL (runtime.getURL). With a ticket the frame is shown at once (the
 * consultant's open); without one it is preloaded: hidden, inert, until `show` brings a ticket.
 */
export function placeFrame(src: string, lang: Lang, ticket?: Promise<string | null>): PlacedFrame {
  const host = document.createElement(FRAME_HOST_TAG);
  host.hidden = true;
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const frame = document.createElement('iframe');
  frame.title = TITLE[lang];
  const url = new URL(src);
  url.searchParams.set('lang', lang);
  frame.src = url.href;
  // The latest open's ticket: a frame still loading when it came gets it on load.
  let current: Promise<string | null> | undefined;
  const post = (t: string | null) => t && frame.contentWindow?.postMessage({ type: TICKET_MESSAGE, ticket: t }, frameOrigin(url));
  // On every load (the page may reload the frame by moving it); the background takes a ticket once.
  frame.addEventListener('load', async () => {
    if (current) post(await current);
    // Focus into the frame's document once there is one (a frame cannot take focus by itself).
    if (!host.hidden) frame.focus();
  });
  root.append(style, frame);
  document.body.append(host);
  const placed = {
    element: host,
    lang,
    preloaded: true,
    show(fresh: Promise<string | null>) {
      placed.preloaded = false;
      current = fresh;
      host.hidden = false;
      frame.focus();
      // Posted to the extension's origin only: before the frame has loaded it goes nowhere, and the load above posts it.
      void fresh.then(post);
    },
    hide() {
      host.hidden = true;
      focusLauncher();
    },
  };
  if (ticket) placed.show(ticket);
  return placed;
}

/**
 * Where the ticket may go: the frame document's own origin. Chrome hands content scripts the frame
 * page at the extension's per-session dynamic id (`use_dynamic_url` in wxt.config.ts, so no site
 * can probe for the extension by its fixed id) and loads it as the extension's own origin; Firefox's
 * address is its per-install UUID either way.
 */
function frameOrigin(src: URL): string {
  const rt = (globalThis as { chrome?: { runtime?: { id?: string; dynamicId?: string } } }).chrome?.runtime;
  return rt?.id && rt.dynamicId && src.host === rt.dynamicId ? `${src.protocol}//${rt.id}` : src.origin;
}
