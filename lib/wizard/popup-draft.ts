// The popup's "open this draft" reaching a panel already bound in the tab (open or hidden): the
// panel switches to that draft itself, in the way it belongs to (a wizard draft in the wizard, an
// edit of an existing connection in the existing view), instead of staying on the one it shows.
// BG→frame; the frame acts only on its own background's message naming its own tab.
import type { DraftView } from '../drafts';
import type { PanelMode } from '../existing/state';
export { openDraftFor } from '../messages/frame-protocol';

export interface PanelForDraft {
  /** Reads the draft (writes nothing). */
  read(id: string): Promise<DraftView | null>;
  /** The wizard's own draft switch (false: what was typed here could not be saved first). */
  openInWizard(id: string): Promise<boolean>;
  openEdit(erpConnectionId: number): Promise<void>;
  choose(mode: PanelMode): void;
}

/** True when the panel now shows the draft. */
export async function switchToDraft(id: string, p: PanelForDraft): Promise<boolean> {
  const d = await p.read(id);
  if (!d) return false;
  if (d.edit) {
    p.choose('existing');
    await p.openEdit(d.edit.erpConnectionId);
    return true;
  }
  if (!(await p.openInWizard(id))) return false;
  p.choose('new');
  return true;
}
