// Recognise SuperOffice's Settings and maintenance → Quote/Sync → Sync tab by what it shows:
// the two list headings of that tab, visible at the same time. Markup and ids change between
// SuperOffice versions; these words are the screen's own (seed, English and Norwegian).
import type { Screen } from '../messages/protocol';

export const SYNC_TAB_HEADINGS = {
  connectors: ['Sync Connectors', 'Sync-connectorer'],
  connections: ['ERP connections', 'ERP-koblinger', 'ERP-tilkoblinger'],
} as const;

function xpathLiteral(s: string): string {
  return s.includes("'") ? `"${s}"` : `'${s}'`;
}

function showsText(doc: Document, texts: readonly string[]): boolean {
  const test = texts.map((t) => `normalize-space(text())=${xpathLiteral(t)}`).join(' or ');
  const found = doc.evaluate(`//body//*[${test}]`, doc, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  for (let i = 0; i < found.snapshotLength; i++) {
    const el = found.snapshotItem(i) as Element;
    if (isVisible(el)) return true;
  }
  return false;
}

function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { checkOpacity: true, checkVisibilityCSS: true });
  return el.getClientRects().length > 0;
}

export function currentScreen(doc: Document = document): Screen {
  return showsText(doc, SYNC_TAB_HEADINGS.connectors) && showsText(doc, SYNC_TAB_HEADINGS.connections)
    ? 'sync-tab'
    : 'other-admin-screen';
}

/**
 * Call `onChange` whenever the recognised screen changes. SuperOffice's admin client swaps
 * screens without page loads, so watch the DOM, debounced so a busy page costs next to nothing.
 */
export function watchScreen(onChange: (s: Screen) => void, doc: Document = document, delayMs = 250): () => void {
  let last: Screen | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const evaluate = () => {
    timer = undefined;
    const now = currentScreen(doc);
    if (now !== last) onChange((last = now));
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(evaluate, delayMs);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'aria-selected', 'open'],
  });
  const win = doc.defaultView;
  win?.addEventListener('hashchange', schedule);
  win?.addEventListener('popstate', schedule);
  evaluate();
  return () => {
    observer.disconnect();
    win?.removeEventListener('hashchange', schedule);
    win?.removeEventListener('popstate', schedule);
    if (timer !== undefined) clearTimeout(timer);
  };
}
