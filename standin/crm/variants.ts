// Markup variants of the stand-in admin client: the same tenant and screens, rendered the ways a
// SuperOffice version we have not seen might render them (?variant=<name> on the admin page).
// Our markup, not SuperOffice's: the launcher must hold on each (tests/e2e/launcher-variants.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const VARIANTS = {
  th: 'list titles as table header cells',
  caption: 'list titles as table captions',
  legend: 'list titles as fieldset legends',
  label: 'list titles as labels',
  'span-heading': 'list titles as <span role="heading">',
  'div-heading': 'list titles as <div role="heading">',
  spaced: 'list titles broken over lines, with no-break spaces',
  count: 'list titles with their count beside them: "Sync Connectors (2)", a badge',
  icon: 'list titles with an icon beside them (an icon-font glyph, an SVG with a title)',
  prose: 'NOT the Sync tab: the list names only in running text',
  frames: 'the screens inside a same-origin iframe; the page around it keeps the navigator',
  framed: "the frame's own page (frames): the screen without header and navigator",
  history: 'screens switched with history.pushState: no hashchange, no page load',
  rerender: 'every screen change replaces the whole container element',
  'lang-switch': 'a button switches the UI language without a page load',
} as const;
export type Variant = keyof typeof VARIANTS;

/** The script that applies ?variant (static/variants.js); a no-op without it. */
export const VARIANTS_SCRIPT = readFileSync(join(import.meta.dirname, 'static', 'variants.js'), 'utf8');
