// Recognise SuperOffice's Settings and maintenance → Quote/Sync → Sync tab by what it shows:
// the two list headings of that tab, visible at the same time. Markup and ids change between
// SuperOffice versions; these words are the screen's own (seed, English and Norwegian).
import type { Screen } from '../messages/protocol';

/** Where the launcher leaves its screen check for the background's probe (content-script world only). */
export const SCREEN_PROBE = 'so-erp-sync-screen';

export const SYNC_TAB_HEADINGS = {
  connectors: ['Sync Connectors', 'Sync-connectorer'],
  connections: ['ERP connections', 'ERP-koblinger', 'ERP-tilkoblinger'],
} as const;

/** Which of the wanted texts are shown as some element's whole own text, visibly. */
function shownTexts(doc: Document, wanted: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const node of candidates(doc)) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (wanted.has(text) && !found.has(text) && node.parentElement && isVisible(node.parentElement)) found.add(text);
  }
  return found;
}

/**
 * Short text nodes outside scripts and styles that mention a first word. XPath picks them
 * natively: the script touches only those few nodes, however large the CRM page (every node a
 * content script touches costs a wrapper in its world). A DOM without XPath is walked instead.
 */
function candidates(doc: Document): Node[] {
  const root = doc.body ?? doc.documentElement;
  if (typeof doc.evaluate === 'function') {
    const r = doc.evaluate(CANDIDATES_XPATH, root, null, 7 /* ORDERED_NODE_SNAPSHOT_TYPE */, null);
    return Array.from({ length: r.snapshotLength }, (_, i) => r.snapshotItem(i) as Node);
  }
  const out: Node[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue ?? '';
    const parent = node.parentElement?.localName;
    if (parent !== 'script' && parent !== 'style' && raw.length <= 200 && FIRST_WORDS.flat().some((w) => raw.includes(w))) out.push(node);
  }
  return out;
}

function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { checkOpacity: true, checkVisibilityCSS: true });
  return el.getClientRects().length > 0;
}

const WANTED = new Set<string>([...SYNC_TAB_HEADINGS.connectors, ...SYNC_TAB_HEADINGS.connections]);
/** "Sync" and "ERP": first words only, so the page's own whitespace inside a heading cannot matter. */
const FIRST_WORDS = [SYNC_TAB_HEADINGS.connectors, SYNC_TAB_HEADINGS.connections].map((list) => [...new Set(list.map((t) => t.split(/[\s-]/)[0] as string))]);
const CANDIDATES_XPATH = `.//text()[not(parent::script or parent::style) and string-length() <= 200 and (${FIRST_WORDS.flat()
  .map((w) => `contains(., '${w}')`)
  .join(' or ')})]`;

export function currentScreen(doc: Document = document): Screen {
  const shown = shownTexts(doc, WANTED);
  const any = (list: readonly string[]) => list.some((t) => shown.has(t));
  return any(SYNC_TAB_HEADINGS.connectors) && any(SYNC_TAB_HEADINGS.connections) ? 'sync-tab' : 'other-admin-screen';
}

/**
 * Call `onChange` whenever the recognised screen changes. SuperOffice's admin client swaps
 * screens without page loads, so watch the DOM, debounced so a busy page costs next to nothing.
 */
export function watchScreen(onChange: (s: Screen) => void, doc: Document = document, delayMs = 250): () => void {
  let last: Screen | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(evaluate, delayMs);
  };
  // Once a change is seen, stop listening until it is looked at: a page that re-renders in many
  // steps calls into this script once per pause, not once per step (and not for our own button).
  const observer = new MutationObserver(() => {
    observer.disconnect();
    schedule();
  });
  const watch = () =>
    observer.observe(doc.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'aria-selected', 'open'],
    });
  const evaluate = () => {
    timer = undefined;
    try {
      const now = currentScreen(doc);
      if (now !== last) {
        onChange(now);
        last = now; // only once handled: a failed change is tried again at the next one
      }
    } catch {
      // A page that broke our button, say: nothing to do now but keep watching.
    }
    watch();
  };
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
