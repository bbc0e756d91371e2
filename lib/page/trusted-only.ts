// The launcher and the panel live in open shadow roots on a page whose scripts we do not control.
// A page script can reach in and call button.click() or form.requestSubmit(); the browser marks
// such events untrusted, and they are stopped here before any of our handlers (or the browser's
// default action: submitting, toggling) sees them. Only activations are guarded: typing events stay
// open, so password managers and assistive tools that fill fields with synthetic input still work,
// and nothing reaches the CRM or the connector without a real click or key press.
const ACTIVATIONS = ['click', 'dblclick', 'auxclick', 'submit', 'keydown', 'keyup'] as const;

/**
 * Where the stopped events are counted: in the content-script world, which the page cannot read.
 * Never sent anywhere, so forging events cannot make the extension talk to its background.
 */
export const FORGED_EVENTS = 'so-erp-sync-forged-events';

export function acceptTrustedOnly(root: ShadowRoot): void {
  const g = globalThis as unknown as Record<symbol, number | undefined>;
  const key = Symbol.for(FORGED_EVENTS);
  const stop = (e: Event) => {
    if (e.isTrusted) return;
    e.stopImmediatePropagation();
    e.preventDefault();
    g[key] = (g[key] ?? 0) + 1;
  };
  for (const type of ACTIVATIONS) root.addEventListener(type, stop, { capture: true });
}
