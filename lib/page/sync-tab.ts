// Recognise SuperOffice's Settings and maintenance → Quote/Sync → Sync tab by what it shows:
// the two list headings of that tab, visible at the same time. Markup and ids change between
// SuperOffice versions; these words are the screen's own (seed, English and Norwegian).
// This module runs on every admin page (entrypoints/launcher.ts), so it is kept small and does
// nothing at load but define constants: each function, regular expression and computed string
// cost the page main-thread time (npm run bench).
import type { Screen } from '../messages/protocol';
import { isListTitle } from './list-title';

/** Where the launcher leaves its screen check for the background's probe (content-script world only). */
export const SCREEN_PROBE = 'so-erp-sync-screen';

export const SYNC_TAB_HEADINGS = {
  connectors: ['Sync Connectors', 'Sync-connectorer'],
  connections: ['ERP connections', 'ERP-koblinger', 'ERP-tilkoblinger'],
} as const;

/**
 * Text nodes that hold one of the headings, spaces normalised (the first words "Sync" and "ERP"
 * are a cheap filter first, asked before anything else of a text node: most fail it); whether
 * that text is a list title or words in a sentence is decided for each node found
 * (lib/page/list-title.ts). Written out rather than built from SYNC_TAB_HEADINGS at load;
 * tests/unit/sync-tab.test.ts checks that it names exactly those.
 * normalize-space() leaves no-break spaces alone, so they are turned into spaces first, as \s does.
 */
export const CANDIDATES_XPATH =
  "//body//text()[contains(., 'Sync') or contains(., 'ERP')][not(parent::script or parent::style) and string-length() <= 200]" +
  "[contains(normalize-space(translate(., '\u00a0', ' ')), 'Sync Connectors') or contains(normalize-space(translate(., '\u00a0', ' ')), 'Sync-connectorer')" +
  " or contains(normalize-space(translate(., '\u00a0', ' ')), 'ERP connections') or contains(normalize-space(translate(., '\u00a0', ' ')), 'ERP-koblinger')" +
  " or contains(normalize-space(translate(., '\u00a0', ' ')), 'ERP-tilkoblinger')]";
const ANY_HEADING = `boolean(${CANDIDATES_XPATH})`;

/**
 * What the page shows. XPath finds the headings natively, from the document: on any other screen
 * one yes/no question is all that runs, and no node of the page is touched (each node reached
 * from script costs a wrapper in the content-script world). Tested in Chromium:
 * tests/e2e/sync-tab-browser.test.ts.
 */
export function currentScreen(doc: Document = document): Screen {
  if (!doc.evaluate(ANY_HEADING, doc, null, 3 /* BOOLEAN_TYPE */, null).booleanValue) return 'other-admin-screen';
  const found = doc.evaluate(CANDIDATES_XPATH, doc, null, 7 /* ORDERED_NODE_SNAPSHOT_TYPE */, null);
  let connectors = false;
  let connections = false;
  for (let i = 0; i < found.snapshotLength; i++) {
    const node = found.snapshotItem(i) as Node;
    if (!node.parentElement?.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ');
    connectors ||= SYNC_TAB_HEADINGS.connectors.some((h) => text.includes(h) && isListTitle(node as Text, h));
    connections ||= SYNC_TAB_HEADINGS.connections.some((h) => text.includes(h) && isListTitle(node as Text, h));
  }
  return connectors && connections ? 'sync-tab' : 'other-admin-screen';
}

/**
 * Call `onChange` whenever the screen changes (as `look` sees it; by default `currentScreen` of
 * `doc`). SuperOffice's admin client swaps screens without page loads, so watch the DOM,
 * debounced so a busy page costs next to nothing.
 * Once a change is seen, stop listening until it is looked at: a page that re-renders in many
 * steps calls into this script once per pause, not once per step (and not for our own button).
 * No hashchange or popstate listener: a new screen changes the DOM, which is watched.
 */
export function watchScreen(onChange: (s: Screen) => void, look?: () => Screen, delayMs = 250, doc: Document = document): () => void {
  let last: Screen | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    observer.disconnect();
    timer ??= setTimeout(evaluate, delayMs);
  });
  function evaluate() {
    timer = undefined;
    try {
      const now = look ? look() : currentScreen(doc);
      if (now !== last) {
        onChange(now);
        last = now; // only once handled: a failed change is tried again at the next one
      }
    } catch {
      // A page that broke our button, say: nothing to do now but keep watching.
    }
    // The document itself, not its <html> element: every element wrapper and prototype this
    // script's world creates costs main-thread time on each admin page (npm run bench).
    observer.observe(doc, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'aria-selected', 'open'],
    });
  }
  evaluate();
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}
