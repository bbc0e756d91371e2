// Clickjacking: the CRM page cannot read or script the wizard's frame, but it owns the element the
// frame sits in, so it could make the panel see-through or lay something over it and have the
// consultant click OK, Test or Delete without seeing them. Chromium's IntersectionObserver v2
// (trackVisibility) tells this document whether it is shown unobscured, opaque and untransformed;
// while it is not, mouse clicks in the panel do nothing (Close still works) and a note says why.
// Keyboard use is untouched: keys reach the frame only when it has focus (frame-focus.ts).
// Browsers without v2 (Firefox) have no way to know: there the guard stays off.

/** IntersectionObserver v2's options and entry field, not yet in TypeScript's DOM types. */
type V2Init = IntersectionObserverInit & { trackVisibility: boolean; delay: number };
type V2Entry = IntersectionObserverEntry & { isVisible?: boolean };

type IoWindow = Window & { IntersectionObserver?: typeof IntersectionObserver; IntersectionObserverEntry?: { prototype: object } };

export function supportsVisibility(win: Window): boolean {
  const w = win as IoWindow;
  return typeof w.IntersectionObserver === 'function' && !!w.IntersectionObserverEntry && 'isVisible' in w.IntersectionObserverEntry.prototype;
}

export interface CoverGuard {
  /** Whether the last report said the panel is not shown as drawn. */
  covered(): boolean;
  stop(): void;
}

/**
 * Watches `doc.body`; `onChange(covered, blocked)` runs when the state changes, and with
 * `blocked` true each time a click was held back. `allow` matches what may be clicked anyway.
 */
export function guardFrameCover(doc: Document, onChange: (covered: boolean, blocked: boolean) => void, allow = '.close'): CoverGuard | null {
  const win = doc.defaultView as (IoWindow & typeof globalThis) | null;
  if (!win?.IntersectionObserver || !supportsVisibility(win)) return null;
  // Covered: shown (intersecting) but not as drawn. A frame hidden or scrolled away takes no click,
  // so a report of that is stale by the time a click comes: the next report (≤ 100 ms) decides.
  let covered = false;
  const io = new win.IntersectionObserver(
    (entries) => {
      const last = entries[entries.length - 1] as V2Entry | undefined;
      if (!last) return;
      const now = last.isIntersecting && last.isVisible === false;
      if (now !== covered) onChange((covered = now), false);
    },
    { trackVisibility: true, delay: 100, threshold: [0, 1] } as V2Init,
  );
  io.observe(doc.body);
  const onClick = (e: MouseEvent) => {
    if (!covered || !e.isTrusted || e.detail === 0) return; // keyboard activation, or our own click()
    if ((e.target as Element | null)?.closest?.(allow)) return;
    e.stopImmediatePropagation();
    e.preventDefault();
    onChange(true, true);
  };
  doc.addEventListener('click', onClick, true);
  return {
    covered: () => covered,
    stop: () => (io.disconnect(), doc.removeEventListener('click', onClick, true)),
  };
}
