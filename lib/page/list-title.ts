// Is this text the title of a list, or the same words in a sentence? SuperOffice's words are known
// (the seed); its markup is not: a title may be an h3, a th, a caption, a legend, a label or a
// span/div with role="heading", with an icon or a count ("Sync Connectors (2)") beside it.
// Runs only for text that already holds one of the headings (lib/page/sync-tab.ts), never at load.

/** Elements that title what follows them. */
const TITLE = 'h1,h2,h3,h4,h5,h6,th,caption,legend,label,summary,dt,[role=heading],[role=columnheader]';
/** Things that lead elsewhere: a menu entry or link named like a list is not the list. */
const CONTROL =
  'a,button,select,option,textarea,nav,menu,[role=navigation],[role=menu],[role=menubar],[role=menuitem],[role=tab],[role=tablist],[role=link],[role=button],[role=option],[role=listbox],[role=tree],[role=treeitem]';

/** Words (letters of any script) in `text` besides one occurrence of `phrase`; digits, brackets and icon glyphs are no words. */
function hasOtherWords(text: string | null, phrase: string): boolean {
  return /\p{L}/u.test((text ?? '').replace(/\s+/g, ' ').replace(phrase, ''));
}

/**
 * `node` holds `phrase` (spaces normalised). It is a list title when nothing but decoration (a
 * count, an icon, punctuation) stands beside the phrase, in the node and in the elements around it
 * up to the largest one holding no other words; and that element is, or holds, a title element,
 * or stands on its own: not inside a link, button or menu, and not beside words of its parent's
 * own text (as `<b>` in a sentence would).
 */
export function isListTitle(node: Text, phrase: string): boolean {
  if (hasOtherWords(node.nodeValue, phrase)) return false;
  const first = node.parentElement;
  if (!first) return false;
  const body = node.ownerDocument.body;
  let el = first;
  let titled = first.matches(TITLE);
  for (let depth = 0; depth < 4; depth++) {
    const up = el.parentElement;
    if (!up || up === body || hasOtherWords(up.textContent, phrase)) break;
    el = up;
    titled ||= el.matches(TITLE);
  }
  if (titled) return true;
  if (first.closest(CONTROL)) return false;
  for (const n of el.parentElement?.childNodes ?? []) if (n.nodeType === 3 && hasOtherWords(n.nodeValue, '')) return false;
  return true;
}
