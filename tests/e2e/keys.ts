// Keyboard-only driving: only page.keyboard acts; these helpers read where focus is (through
// open shadow roots) and whether the focused element shows a focus indicator.
import type { Page } from 'playwright-core';

export interface Focus {
  /** The custom element whose shadow root holds focus, or null when focus is in the page itself. */
  host: string | null;
  tag: string;
  type: string | null;
  id: string;
  /** What a person would call it: aria-label, its label, or its text. */
  name: string;
  /** A focus indicator is drawn: an outline or a box-shadow, on it or (file input) its label. */
  indicator: boolean;
}

/** Where focus is in one document (through open shadow roots); `frame` when it sits on an iframe. */
function focusIn(): Focus & { frame: boolean } {
  let el: Element | null = document.activeElement;
  let host: string | null = null;
  while (el?.shadowRoot?.activeElement) {
    host ??= el.tagName.toLowerCase();
    el = el.shadowRoot.activeElement;
  }
  const e = (el ?? document.body) as HTMLElement;
  const input = e as HTMLInputElement;
  const labelText = input.labels?.[0]?.textContent ?? '';
  const name = (e.getAttribute('aria-label') ?? (labelText || e.textContent) ?? '').replace(/\s+/g, ' ').trim();
  // A transparent file input shows its focus on the label around it (:focus-within).
  const drawn = input.type === 'file' && e.parentElement ? e.parentElement : e;
  const cs = getComputedStyle(drawn);
  const indicator = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
  return { host, tag: e.tagName.toLowerCase(), type: input.type ?? null, id: e.id, name, indicator, frame: e.tagName === 'IFRAME' };
}

/**
 * Focus in the page, and inside the wizard's extension-origin frame when it is there (the page
 * cannot look in; the test can): the panel's elements report `so-erp-sync-wizard` as their host.
 */
export async function focusOf(page: Page): Promise<Focus> {
  const outer = await page.evaluate(focusIn);
  const { frame, ...f } = outer;
  if (!frame || f.host !== 'so-erp-sync-wizard') return f;
  const inner = page.frames().find((fr) => fr.url().includes('/wizard-frame.html'));
  if (!inner) return f;
  const { frame: _nested, ...g } = await inner.evaluate(focusIn);
  return { ...g, host: 'so-erp-sync-wizard' };
}

/** Lets Preact render and run its effects (they run after paint). */
export async function settle(page: Page): Promise<void> {
  const wait = () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 30))));
  await page.evaluate(wait);
  // The panel renders in its own frame (its own process): let that one settle too. A hidden frame
  // paints no frames (no requestAnimationFrame): a short timer then.
  await page
    .frames()
    .find((fr) => fr.url().includes('/wizard-frame.html'))
    ?.evaluate(() => Promise.race([new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 30)))), new Promise<void>((done) => setTimeout(done, 200))]))
    .catch(() => undefined);
}

export const describeFocus = (f: Focus) => `<${f.tag}${f.type ? ` type=${f.type}` : ''}${f.id ? ` #${f.id}` : ''}> "${f.name.slice(0, 60)}" in ${f.host ?? 'the page'}`;
