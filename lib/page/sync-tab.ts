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

/** Which of the wanted headings are shown as some element's whole own text, visibly. */
function shownTexts(doc: Document): Set<string> {
  const found = new Set<string>();
  for (const { node, text } of candidates(doc)) {
    if (!found.has(text) && node.parentElement && isVisible(node.parentElement)) found.add(text);
  }
  return found;
}

/**
 * Text nodes (outside scripts and styles) whose whole text is a wanted heading, with that heading.
 * XPath finds them natively, from the document: on any other screen the script touches no node of
 * the page at all (each node, even document.body, costs a wrapper in the content-script world:
 * npm run bench). A DOM without XPath is walked instead.
 */
function candidates(doc: Document): Array<{ node: Node; text: string }> {
  const nodes: Node[] = [];
  if (typeof doc.evaluate === 'function') {
    const r = doc.evaluate(CANDIDATES_XPATH, doc, null, 7 /* ORDERED_NODE_SNAPSHOT_TYPE */, null);
    for (let i = 0; i < r.snapshotLength; i++) nodes.push(r.snapshotItem(i) as Node);
  } else {
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement?.localName;
      if (parent !== 'script' && parent !== 'style' && (node.nodeValue ?? '').length <= 200) nodes.push(node);
    }
  }
  const out: Array<{ node: Node; text: string }> = [];
  for (const node of nodes) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (WANTED.has(text)) out.push({ node, text });
  }
  return out;
}

function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { checkOpacity: true, checkVisibilityCSS: true });
  return el.getClientRects().length > 0;
}

const WANTED = new Set<string>([...SYNC_TAB_HEADINGS.connectors, ...SYNC_TAB_HEADINGS.connections]);
/** "Sync", "ERP": a cheap first filter, before any text is normalised. */
const FIRST_WORDS = [...new Set([...WANTED].map((t) => t.split(/[\s-]/)[0] as string))];
// normalize-space() leaves no-break spaces alone: they are turned into spaces first, as \s does.
const NORMALISED = "normalize-space(translate(., '\u00a0', ' '))";
const CANDIDATES_XPATH =
  `//body//text()[not(parent::script or parent::style) and string-length() <= 200 and (${FIRST_WORDS.map((w) => `contains(., '${w}')`).join(' or ')})]` +
  `[${[...WANTED].map((t) => `${NORMALISED} = '${t}'`).join(' or ')}]`;
const ANY_HEADING = `boolean(${CANDIDATES_XPATH})`;

export function currentScreen(doc: Document = document): Screen {
  // Most screens show neither heading: one native yes/no, and nothing else runs (this is the path
  // every admin page takes, each time it changes: npm run bench).
  if (typeof doc.evaluate === 'function' && !doc.evaluate(ANY_HEADING, doc, null, 3 /* BOOLEAN_TYPE */, null).booleanValue) return 'other-admin-screen';
  const shown = shownTexts(doc);
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
  // No hashchange or popstate listener: a new screen changes the DOM, which is watched.
  evaluate();
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}
