// Focus in the wizard's frame. A page script cannot move focus to a control inside the frame, but
// it can focus the frame itself (iframe.focus()) while the consultant presses Enter or Space in a
// page field: the key's keypress or keyup would then land on whatever the frame had focused last.
// So: focus arriving from outside (not a click in the frame) goes to the panel's title, which does
// nothing on Enter; and a keyboard activation counts only when this document saw its own keydown
// (Enter, Space, or an arrow moving a radio group's choice) shortly before. Mouse clicks
// (detail ≥ 1) are untouched.
const KEY_WINDOW_MS = 1500;

export function guardFrameFocus(doc: Document, titleSelector: string): void {
  const win = doc.defaultView as Window;
  let pointerAt = 0;
  let keyAt = -Infinity;
  doc.addEventListener('pointerdown', () => void (pointerAt = performance.now()), true);
  doc.addEventListener('keydown', (e) => void (e.isTrusted && (keyAt = performance.now())), true);
  win.addEventListener('focus', (e) => {
    if (!e.isTrusted || performance.now() - pointerAt < 1000) return;
    doc.querySelector<HTMLElement>(titleSelector)?.focus();
    keyAt = -Infinity;
  });
  doc.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted || e.detail !== 0) return; // a mouse click, or our own script's click()
      if (performance.now() - keyAt < KEY_WINDOW_MS) return; // the key was pressed here
      e.stopImmediatePropagation();
      e.preventDefault();
    },
    true,
  );
}
