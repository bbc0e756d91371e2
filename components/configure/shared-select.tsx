// A <select> whose options are a native clone of a shared set (option-nodes.tsx), for tables of
// hundreds of rows (issue 18: 200 ERP fields render in ≤ 50 ms). Preact renders the select; the
// browser clones its options (`importNode`), far cheaper than Preact creating each one.
// `deferred`: the select first holds only its chosen option (it shows and announces its value) and
// gets its full list in idle time right after the render, or at once when it is focused, pressed
// or re-rendered, so the list is whole before a person or a script can open or change it. Creating
// 200 × 15 options was most of the render's time, and on a busy machine most of its layout too.
import type { JSX } from 'preact';
import type { OptionSet, OptionSpec } from './option-nodes';

interface Given {
  set: OptionSet;
  extra: OptionSpec | null;
  whole: boolean;
}

// What each select was last given, so a re-render with the same options only sets the value.
const given = new WeakMap<HTMLSelectElement, Given>();

function sameExtra(a: OptionSpec | null, b: OptionSpec | null): boolean {
  return a === b || (!!a && !!b && a.value === b.value && a.label === b.label);
}

function optionOf(doc: Document, spec: OptionSpec): HTMLOptionElement {
  const o = doc.createElement('option');
  o.value = spec.value;
  o.textContent = spec.label;
  return o;
}

/** The whole list: the set, with the extra option after its first. */
function whole(el: HTMLSelectElement, g: Given) {
  const doc = el.ownerDocument;
  const nodes = doc.importNode(g.set, true);
  if (g.extra) nodes.insertBefore(optionOf(doc, g.extra), nodes.firstChild?.nextSibling ?? null);
  const value = el.value;
  el.replaceChildren(nodes);
  el.value = value;
  g.whole = true;
}

/** Only the chosen option (the extra one, one of the set, or else the set's first). */
function chosenOnly(el: HTMLSelectElement, g: Given, value: string) {
  const doc = el.ownerDocument;
  if (g.extra && g.extra.value === value) return el.replaceChildren(optionOf(doc, g.extra));
  const options = [...g.set.childNodes] as HTMLOptionElement[];
  const pick = options.find((o) => o.value === value) ?? options[0];
  el.replaceChildren(...(pick ? [doc.importNode(pick, true)] : []));
}

function fill(el: HTMLSelectElement, set: OptionSet, value: string, extra: OptionSpec | null, deferred: boolean) {
  let g = given.get(el);
  if (!g || g.set !== set || !sameExtra(g.extra, extra)) {
    g = { set, extra, whole: false };
    given.set(el, g);
    // A select in use (focused) is never cut back to one option.
    if (deferred && !el.matches(':focus')) {
      chosenOnly(el, g, value);
      later(el);
    } else whole(el, g);
  } else if (!g.whole) {
    pending.delete(el);
    whole(el, g);
  }
  if (el.value !== value) el.value = value;
}

/** Completes a select still holding only its chosen option (no-op otherwise). */
function complete(el: HTMLSelectElement) {
  const g = given.get(el);
  if (g && !g.whole && el.isConnected) whole(el, g);
}

// The selects waiting for their list, completed in idle time, a few milliseconds at a time.
const pending = new Set<HTMLSelectElement>();
const listening = new WeakSet<Document>();

function later(el: HTMLSelectElement) {
  if (pending.size === 0) schedule();
  pending.add(el);
  const doc = el.ownerDocument;
  if (listening.has(doc)) return;
  listening.add(doc);
  // Captured on the document, before the select's own handling and default action (opening the
  // list, arrow keys): one listener per document, not three per select. The select may sit in a
  // shadow root: its path's first element is it.
  const now = (e: Event) => {
    const target = e.composedPath()[0] as HTMLSelectElement;
    if (pending.delete(target)) complete(target);
  };
  for (const type of ['focusin', 'pointerdown', 'mousedown', 'keydown']) doc.addEventListener(type, now, true);
}

type Idle = (cb: (d: { timeRemaining(): number }) => void, o?: { timeout: number }) => number;

function schedule() {
  const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
  const run = (d?: { timeRemaining(): number }) => {
    const until = performance.now() + Math.max(4, Math.min(d?.timeRemaining() ?? 8, 12));
    for (const el of pending) {
      pending.delete(el);
      complete(el);
      if (performance.now() > until) break;
    }
    if (pending.size > 0) schedule();
  };
  if (idle) idle(run, { timeout: 100 });
  else setTimeout(run, 0);
}

type SelectProps = Omit<JSX.HTMLAttributes<HTMLSelectElement>, 'value' | 'ref' | 'children'>;

/**
 * A <select> of a shared option set, plus one extra option after the first (a value the CRM
 * answered that the wizard does not know). `deferred` as above. A plain function, not a
 * component: the row that calls it stays the one component a change re-renders.
 */
export function sharedSelect({ set, value, extra = null, deferred = false, ...props }: SelectProps & { set: OptionSet; value: string; extra?: OptionSpec | null; deferred?: boolean }) {
  return <select {...props} ref={(el) => void (el && fill(el, set, value, extra, deferred))} />;
}
