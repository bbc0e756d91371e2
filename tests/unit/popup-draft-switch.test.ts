// The popup's draft reaching a panel already bound in its tab: only a well-formed message for this
// tab is acted on, and the panel switches the way the draft belongs to.
import { describe, expect, it } from 'vitest';
import type { DraftView } from '../../lib/drafts';
import { openDraftFor, switchToDraft } from '../../lib/wizard/popup-draft';

const ID = '3f2b6a1e-8c4d-4e5f-9a7b-1c2d3e4f5a6b';

describe('bg/open-draft in the frame', () => {
  it('is taken only well-formed and for this tab', () => {
    expect(openDraftFor({ type: 'bg/open-draft', id: ID, tabs: [7] }, 7)).toBe(ID);
    expect(openDraftFor({ type: 'bg/open-draft', id: ID, tabs: [8] }, 7)).toBeNull();
    expect(openDraftFor({ type: 'bg/open-draft', id: 'not-a-uuid', tabs: [7] }, 7)).toBeNull();
    expect(openDraftFor({ type: 'bg/open-draft', id: ID, tabs: [7], extra: 1 }, 7)).toBeNull();
    expect(openDraftFor({ type: 'bg/panel-mode', id: ID, tabs: [7] }, 7)).toBeNull();
    expect(openDraftFor(null, 7)).toBeNull();
  });

  it('a wizard draft opens in the wizard; an edit in the existing view; a draft it cannot save first is not switched to', async () => {
    const did: string[] = [];
    const panel = (d: Partial<DraftView> | null, saves = true) => ({
      read: async () => d as DraftView | null,
      openInWizard: async (id: string) => (did.push(`wizard ${id}`), saves),
      openEdit: async (c: number) => void did.push(`edit ${c}`),
      choose: (m: string) => void did.push(`way ${m}`),
    });
    expect(await switchToDraft(ID, panel({ id: ID }))).toBe(true);
    expect(await switchToDraft(ID, panel({ id: ID, edit: { erpConnectionId: 3, erpConnectorId: 1 } }))).toBe(true);
    expect(await switchToDraft(ID, panel({ id: ID }, false))).toBe(false);
    expect(await switchToDraft(ID, panel(null))).toBe(false);
    expect(did).toEqual([`wizard ${ID}`, 'way new', 'way existing', 'edit 3', `wizard ${ID}`]);
  });
});
