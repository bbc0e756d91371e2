// Every change to the wizard is kept as a draft: saved after a short pause, flushed when the page
// is hidden or left, restored when the wizard opens again. Another tab's save updates this one
// when nothing here is unsaved, and shows a conflict when both changed: never a silent overwrite.
import { effect, signal } from '@preact/signals';
import { createAutosave, type Autosave, type AutosaveState } from '../drafts/autosave';
import type { DraftSummary, DraftView, HistoryItem } from '../drafts';
import { patchFrom, restoreInto } from './draft-mapping';
import type { DraftsPort } from './drafts-port';
import type { WizardState } from './model';
import type { Plain } from './ports';

export function createDraftSync(s: WizardState, port: DraftsPort, delayMs = 300) {
  const draft = signal<{ id: string; name: string } | null>(null);
  const saveState = signal<AutosaveState>('idle');
  const problem = signal<Plain | null>(null);
  const conflict = signal<DraftView | null>(null);
  const secretsMissing = signal<string[]>([]);
  const list = signal<DraftSummary[]>([]);
  /** `addedConnector`: the Sync Connector the deleted draft had added to the CRM before OK. */
  const removed = signal<{ token: string; name: string; addedConnector?: { id: number; name: string } } | null>(null);
  const history = signal<HistoryItem[]>([]);
  let autosave: Autosave<DraftView> | null = null;
  let secretKeys: string[] = [];
  let lastSaved = '';
  let restoring = false;

  function adopt(d: DraftView) {
    restoring = true;
    restoreInto(s, d, draft.value?.id === d.id);
    restoring = false;
    secretKeys = d.secretKeys;
    secretsMissing.value = d.secretsMissing;
    draft.value = { id: d.id, name: d.name };
    lastSaved = JSON.stringify(patchFrom(s, secretKeys, d.secretsMissing));
  }

  async function refreshList() {
    const r = await port.list();
    // Edits of existing connections (issue 17) are not the wizard's: their own view lists them.
    if (r.ok) list.value = r.drafts.filter((d) => !d.edit);
  }

  async function refreshHistory() {
    const id = draft.value?.id;
    const r = id ? await port.history(id) : null;
    history.value = r?.ok ? r.entries : [];
  }

  async function open(id?: string, fresh?: boolean): Promise<boolean> {
    await autosave?.flush();
    // Something typed here could not be saved: stay on this draft rather than lose it.
    if (autosave?.unsaved()) return false;
    const r = await port.open(id, fresh);
    if (!r.ok) return void (problem.value = r.error.message), false;
    autosave?.dispose();
    autosave = null;
    problem.value = null;
    conflict.value = null;
    adopt(r.draft);
    const current = r.draft.id;
    autosave = createAutosave<DraftView>({ save: (patch, base) => port.save(current, patch, base), revision: r.draft.revision, delayMs });
    autosave.subscribe((snap) => {
      saveState.value = snap.state;
      problem.value = snap.state === 'error' ? (snap.error?.message ?? null) : null;
      // A conflict found by another tab's save stays shown while this tab's own save is on its
      // way (it will meet the same conflict); only a save that went through clears it.
      if (snap.state === 'conflict') conflict.value = snap.current ?? null;
      else if (snap.state === 'saved' || snap.state === 'idle') conflict.value = null;
    });
    void refreshList();
    void refreshHistory();
    return true;
  }

  // Typing anywhere in the wizard becomes a patch (skipped while a draft is being restored).
  const stopWatching = effect(() => {
    const patch = patchFrom(s, secretKeys, secretsMissing.peek());
    const json = JSON.stringify(patch);
    if (restoring || !autosave || json === lastSaved) return;
    lastSaved = json;
    if (patch.connection?.values) secretsMissing.value = secretsMissing.peek().filter((k) => !patch.connection?.values?.[k]);
    autosave.change(patch);
  });

  /** Another tab saved this draft. */
  async function otherTabSaved(id: string, revision: number) {
    const a = autosave;
    if (!a || draft.value?.id !== id || revision <= a.snapshot().revision) return;
    const r = await port.open(id);
    if (!r.ok) return;
    if (a.unsaved() || a.snapshot().state === 'saving') {
      conflict.value = r.draft;
      return;
    }
    adopt(r.draft);
    a.setRevision(r.draft.revision);
  }

  async function resolve(keep: 'mine' | 'theirs') {
    const current = conflict.value;
    if (!current || !autosave) return;
    if (keep === 'theirs') adopt(current);
    conflict.value = null;
    await autosave.resolve(current, keep);
  }

  /** Writes that bump the revision elsewhere (a test recorded, applied) must not look like a conflict. */
  let recording: Promise<void> = Promise.resolve();
  function record(write: (id: string) => Promise<{ ok: true; draft: DraftView } | { ok: false }>): Promise<void> {
    const id = draft.value?.id;
    if (!id || !autosave) return Promise.resolve();
    const a = autosave;
    recording = recording.then(async () => {
      await a.flush();
      const r = await write(id);
      if (r.ok) a.setRevision(r.draft.revision);
      void refreshHistory();
    });
    return recording;
  }

  return {
    draft, saveState, problem, conflict, secretsMissing, list, removed, history,
    open, refreshList, refreshHistory, otherTabSaved, resolve, record,
    flush: () => autosave?.flush() ?? Promise.resolve(),
    async rename(name: string) {
      const id = draft.value?.id;
      if (!id) return;
      await record(() => port.rename(id, name));
      draft.value = { id, name };
      void refreshList();
    },
    async duplicate() {
      const id = draft.value?.id;
      if (!id) return;
      await autosave?.flush();
      const r = await port.duplicate(id, s.lang);
      if (r.ok) await open(r.draft.id);
      else problem.value = r.error.message;
    },
    async remove() {
      const current = draft.value;
      if (!current) return;
      const added = s.addedConnector.value;
      await autosave?.flush();
      const r = await port.remove(current.id);
      if (!r.ok) return void (problem.value = r.error.message);
      removed.value = { token: r.undoToken, name: current.name, ...(added ? { addedConnector: { id: added.id, name: added.name } } : {}) };
      await open();
    },
    async undo() {
      const token = removed.value?.token;
      if (!token) return;
      const r = await port.undo(token);
      removed.value = null;
      if (r.ok) await open(r.draft.id);
      else problem.value = r.error.message;
    },
    dispose: () => {
      stopWatching();
      autosave?.dispose();
    },
  };
}

export type DraftSync = ReturnType<typeof createDraftSync>;
