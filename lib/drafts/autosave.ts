// The panel's side of "drafts are never lost": typing becomes patches, patches are merged and
// saved after a short pause, one save at a time. A failed save keeps its patch (and retries on
// the next change or flush); a conflict stops saving and hands the newer draft to the caller.
// Framework-free, so the panel can show the state with signals or anything else.
import type { DraftPatch } from './schema';
import { mergePatch } from './view';

export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';
export interface SavedDraft { revision: number }
export type AutosaveResult<D extends SavedDraft> =
  | { ok: true; draft: D }
  | { ok: false; error: { code: string; message?: { en: string; no: string }; current?: D } };
export interface AutosaveSnapshot<D extends SavedDraft> {
  state: AutosaveState;
  revision: number;
  error?: { code: string; message?: { en: string; no: string } };
  /** On `conflict`: the draft as another tab saved it. */
  current?: D;
}

export interface AutosaveOptions<D extends SavedDraft> {
  save: (patch: DraftPatch, baseRevision: number) => Promise<AutosaveResult<D>>;
  /** The revision of the draft the panel opened. */
  revision: number;
  delayMs?: number;
}

export function createAutosave<D extends SavedDraft>(opts: AutosaveOptions<D>) {
  const delayMs = opts.delayMs ?? 400;
  let snap: AutosaveSnapshot<D> = { state: 'idle', revision: opts.revision };
  let pending: DraftPatch | null = null;
  let inFlight: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;
  const listeners = new Set<(s: AutosaveSnapshot<D>) => void>();

  const set = (next: Partial<AutosaveSnapshot<D>> & { state: AutosaveState }) => {
    snap = { state: next.state, revision: next.revision ?? snap.revision, ...(next.error ? { error: next.error } : {}), ...(next.current ? { current: next.current } : {}) };
    for (const fn of listeners) fn(snap);
  };
  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  async function saveAll(): Promise<void> {
    while (pending && snap.state !== 'conflict') {
      const patch = pending;
      pending = null;
      set({ state: 'saving' });
      let result: AutosaveResult<D>;
      try {
        result = await opts.save(patch, snap.revision);
      } catch {
        result = { ok: false, error: { code: 'unknown' } };
      }
      if (result.ok) {
        snap = { ...snap, revision: result.draft.revision };
        continue;
      }
      pending = pending ? mergePatch(patch, pending) : patch; // nothing typed is dropped
      const { current, ...error } = result.error;
      if (error.code === 'conflict' && current) return set({ state: 'conflict', error, current });
      return set({ state: 'error', error });
    }
    if (!pending && snap.state === 'saving') set({ state: 'saved' });
  }

  /** Saves what is pending now; resolves when saved, or when it failed or met a conflict. */
  async function flush(): Promise<void> {
    clearTimer();
    while (inFlight) await inFlight;
    if (!pending || snap.state === 'conflict') return;
    inFlight = saveAll();
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
  }

  return {
    /** Something was typed: merge it in and save after a pause. */
    change(patch: DraftPatch): void {
      pending = pending ? mergePatch(pending, patch) : patch;
      if (snap.state === 'conflict' || disposed) return; // wait for resolve(); or the panel is gone (see unsaved())
      if (snap.state !== 'saving') set({ state: 'pending' });
      clearTimer();
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    /** After a conflict: go on from the other tab's draft, keeping ('mine') or dropping ('theirs') the unsaved changes. */
    resolve(current: D, keep: 'mine' | 'theirs'): Promise<void> {
      if (keep === 'theirs') pending = null;
      set({ state: pending ? 'pending' : 'saved', revision: current.revision });
      return flush();
    },
    /** The draft was written elsewhere (e.g. a test was recorded): continue from its revision. */
    setRevision(revision: number): void {
      snap = { ...snap, revision: Math.max(snap.revision, revision) };
    },
    /** The changes not yet saved, if any. */
    unsaved: (): DraftPatch | null => pending,
    snapshot: (): AutosaveSnapshot<D> => snap,
    subscribe(fn: (s: AutosaveSnapshot<D>) => void): () => void {
      listeners.add(fn);
      fn(snap);
      return () => listeners.delete(fn);
    },
    /** Stops the timer and the notifications; later changes are only collected (unsaved()). */
    dispose(): void {
      disposed = true;
      clearTimer();
      listeners.clear();
    },
  };
}
export type Autosave<D extends SavedDraft = SavedDraft> = ReturnType<typeof createAutosave<D>>;
