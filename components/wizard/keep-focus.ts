// When the control that had focus goes away (a notice's button once it has done its job: Add to
// the CRM now, Allow, Undo, a conflict's choice), the browser drops focus to the CRM page's body
// and a keyboard user starts again from the top of someone else's page. This puts focus on the
// step's heading instead: still in the panel, and it says where the consultant is.
import { useEffect } from 'preact/hooks';

interface ElementRef {
  readonly current: HTMLElement | null;
}

export function useKeepFocus(panel: ElementRef, fallback: ElementRef, open: boolean) {
  useEffect(() => {
    const el = panel.current;
    if (!open || !el) return;
    const doc = el.ownerDocument;
    const root = el.getRootNode() as Document | ShadowRoot;
    // Whether focus is the panel's to keep: it was inside, and the consultant did not move it out.
    let holds = el.contains(root.activeElement);
    // The element that has (or last had) focus in the panel: only its removal calls for a rescue.
    let focused: Element | null = root.activeElement;
    const onIn = (e: FocusEvent) => {
      holds = true;
      focused = e.target as Element;
    };
    const onOut = (e: FocusEvent) => {
      if (e.relatedTarget && !el.contains(e.relatedTarget as Node)) holds = false;
    };
    const onPointer = (e: PointerEvent) => {
      if (!e.composedPath().includes(el)) holds = false;
    };
    // Removing the focused element moves focus to the body at once; this runs right after. A click
    // on plain text in the panel also leaves focus on the body, but its element is still there.
    const observer = new MutationObserver(() => {
      const dropped = doc.activeElement === doc.body || doc.activeElement === null;
      if (holds && dropped && focused !== null && !focused.isConnected) {
        focused = null;
        fallback.current?.focus({ preventScroll: true });
      }
    });
    el.addEventListener('focusin', onIn);
    el.addEventListener('focusout', onOut);
    doc.addEventListener('pointerdown', onPointer, true);
    observer.observe(el, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('focusin', onIn);
      el.removeEventListener('focusout', onOut);
      doc.removeEventListener('pointerdown', onPointer, true);
    };
  }, [open]);
}
