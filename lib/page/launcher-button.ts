// The launcher: one button in its own shadow root, plain DOM (no framework) so the script that
// loads on every admin page stays tiny. Sizes in px: the page's font size must not scale it.
import type { Lang } from '../i18n/lang';
import { acceptTrustedOnly } from './trusted-only';

const TEXT = {
  en: { label: 'ERP Sync setup', title: 'Open the guided setup of a Sync Connector and an ERP connection', failed: 'Could not open the wizard. Reload the page and try again.' },
  no: { label: 'ERP-synk-oppsett', title: 'Åpne veiledet oppsett av Sync Connector og ERP-kobling', failed: 'Kunne ikke åpne veiviseren. Last inn siden på nytt og prøv igjen.' },
} as const;

// The status line's own display:block would outrank the UA's [hidden]{display:none} (an empty red
// box under the button on every Sync tab): [hidden] is said again, after it, with more specificity.
const CSS = `
:host{all:initial!important;position:fixed!important;right:20px!important;bottom:20px!important;z-index:2147483646!important}
button{all:initial;box-sizing:border-box;display:inline-flex;align-items:center;gap:8px;padding:8px 14px;border-radius:4px;
background:#0b5c8f;color:#fff;font:600 13px/18px "Segoe UI",Roboto,Arial,sans-serif;cursor:pointer;box-shadow:0 2px 6px rgba(0,0,0,.25)}
button:hover{background:#094a73}button:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
button[aria-busy=true]{opacity:.7;cursor:progress}
p{all:initial;display:block;max-width:260px;margin-top:6px;padding:6px 8px;background:#fff4f4;color:#8a1c1c;border:1px solid #d9a3a3;border-radius:4px;font:12px/16px "Segoe UI",Roboto,Arial,sans-serif}
p[hidden]{display:none}`;

export const LAUNCHER_TAG = 'so-erp-sync-launcher';
/** Where the shown button leaves its way out, for the watcher (content-script world only). */
export const LAUNCHER_UNMOUNT = 'so-erp-sync-launcher-unmount';

/**
 * Shows the button in `langOf()`'s language, and again whenever the page's `<html lang>` changes
 * (the CRM's UI language switched while the page is open).
 */
export function mountLauncher(langOf: () => Lang, onOpen: () => Promise<boolean>): () => void {
  let lang = langOf();
  const host = document.createElement(LAUNCHER_TAG);
  const root = host.attachShadow({ mode: 'open' });
  acceptTrustedOnly(root); // a page script's button.click() opens nothing
  const style = document.createElement('style');
  style.textContent = CSS;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = TEXT[lang].label;
  button.title = TEXT[lang].title;
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.hidden = true;
  button.addEventListener('click', async () => {
    if (button.getAttribute('aria-busy') === 'true') return;
    button.setAttribute('aria-busy', 'true');
    const opened = await onOpen().catch(() => false);
    button.removeAttribute('aria-busy');
    status.hidden = opened;
    status.textContent = opened ? '' : TEXT[lang].failed;
  });
  const relabel = () => {
    lang = langOf();
    button.textContent = TEXT[lang].label;
    button.title = TEXT[lang].title;
    if (!status.hidden) status.textContent = TEXT[lang].failed;
  };
  const langWatch = new MutationObserver(relabel);
  langWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  root.append(style, button, status);
  document.body.append(host);
  return () => {
    langWatch.disconnect();
    host.remove();
  };
}
