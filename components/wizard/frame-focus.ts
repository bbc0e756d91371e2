// Focus in the wizard's frame. A page script cannot move focus to a control inside the frame, but
// it can focus the frame itself (iframe.focus()) while the consultant presses Enter or Space in a
// page field: the key's keypress or keyup would then land on whatever the frame had focused last.
// So: focus arriving from outside (not a click in the frame) goes to the panel's title, which does
// nothing on Enter; and a keyboard activation counts only when this document saw its own keydown
// on that control. Mouse clicks (detail ≥ 1) are untouched.
const ACTIVATING_KEYS = new Set(['Enter', ' ', 'Spacebar']);

export function guardFrameFocus(doc: Document, titleSelector: string): void {
  const win = doc.defaultView as Window;
  let pointerAt = 0;
  let key: { target: EventTarget | null; at: number } | null = null;
  doc.addEventListener('pointerdown', () => void (pointerAt = performance.now()), true);
  doc.addEventListener('keydown', (e) => void (key = e.isTrusted && ACTIVATING_KEYS.has(e.key) ? { target: e.target, at: performance.now() } : key), true);
  win.addEventListener('focus', (e) => {
    if (!e.isTrusted || performance.now() - pointerAt < 1000) return;
    doc.querySelector<HTMLElement>(titleSelector)?.focus();
    key = null;
  });
  doc.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted || e.detail !== 0) return; // a mouse click, or our own script's click()
      const el = e.target as Element | null;
      const control = el?.closest?.('button, summary, a[href], input, select, [role="button"]');
      const seen = key && performance.now() - key.at < 2000 && control && (key.target === control || control.contains(key.target as Node));
      if (seen) return;
      e.stopImmediatePropagation();
      e.preventDefault();
    },
    true,
  );
}
