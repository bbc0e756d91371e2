// The launcher and the panel live in open shadow roots on a page whose scripts we do not control.
// A page script can reach in and call button.click() or dispatch key events; the browser marks
// such events untrusted, and they are stopped here before any of our handlers (or the browser's
// default action: pressing, toggling) sees them. So nothing is tested, added to the CRM or deleted
// without the consultant's own click or key press. Typing events stay open: password managers fill
// fields with synthetic input, and must keep working. (The panel has no <form>: the submit event of
// form.requestSubmit() counts as trusted, so a form would need its own guard.)
const ACTIVATIONS = ['click', 'dblclick', 'auxclick', 'keydown', 'keyup'] as const;

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
