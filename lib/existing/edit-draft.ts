// An edit of an existing connection, kept as a draft like any other (issue 17): autosaved through
// the panel's draft messages (lib/drafts/autosave.ts), so a reload loses nothing, and marked
// `edit` so the wizard never resumes it. A Password typed here follows the drafts' rule: its key is
// a secret key, so its value lives in session storage only. Only changed field values are kept:
// resumed later, a field the consultant did not touch shows what the CRM holds then.
import { signal } from '@preact/signals';
import { createAutosave, type Autosave, type AutosaveState } from '../drafts/autosave';
import type { DraftPatch, DraftView } from '../drafts/schema';
import type { DraftSummary } from '../drafts/summary';
import type { Plain } from '../crm';

type DraftRes<T> = ({ ok: true } & T) | { ok: false; error: { code: string; message: Plain; current?: DraftView } };
export interface EditDraftsPort {
  list(): Promise<DraftRes<{ drafts: DraftSummary[] }>>;
  open(id?: string, fresh?: boolean): Promise<DraftRes<{ draft: DraftView }>>;
  save(id: string, patch: DraftPatch, baseRevision: number): Promise<DraftRes<{ draft: DraftView }>>;
  remove(id: string): Promise<DraftRes<{ undoToken: string; expiresAt: number }>>;
}

/** The part of the edit form a draft keeps. */
export interface EditContent {
  id: number;
  connectorId: number;
  /** The connection's name as the CRM held it when the edit began (the draft's name). */
  title: string;
  name: string;
  description: string;
  visibility: { allAccess: boolean; associateIds: number[]; groupIds: number[] };
  fields: Array<{ key: string; type: string; readOnly: boolean }>;
  values: Record<string, string>;
  original: Record<string, string>;
}

export function patchOf(f: EditContent): DraftPatch {
  const changed = f.fields.filter((x) => !x.readOnly && (f.values[x.key] ?? '') !== (f.original[x.key] ?? ''));
  const v = f.visibility;
  return {
    name: f.title,
    step: 0,
    connector: { mode: 'existing', erpConnectorId: f.connectorId },
    connection: {
      name: f.name,
      description: f.description,
      visibility: v.allAccess ? { all: true } : { all: false, associateIds: v.associateIds, groupIds: v.groupIds },
      values: Object.fromEntries(changed.map((x) => [x.key, f.values[x.key] ?? ''])),
    },
    secretKeys: f.fields.filter((x) => x.type === 'Password').map((x) => x.key),
    edit: { erpConnectionId: f.id, erpConnectorId: f.connectorId },
  };
}

/** The form as the CRM holds it now, with the draft's changes on top (fields that still exist only). */
export function resumeInto<F extends EditContent>(f: F, d: DraftView): F {
  const keys = new Set(f.fields.filter((x) => !x.readOnly).map((x) => x.key));
  const values = { ...f.values };
  for (const [k, v] of Object.entries(d.connection.values)) if (keys.has(k)) values[k] = v;
  const vis = d.connection.visibility;
  const visibility = vis.all ? { ...f.visibility, allAccess: true } : { allAccess: false, associateIds: vis.associateIds, groupIds: vis.groupIds };
  return { ...f, name: d.connection.name, description: d.connection.description, visibility, values };
}

export function createEditDraft(port: EditDraftsPort, delayMs = 300) {
  const saveState = signal<AutosaveState>('idle');
  const problem = signal<Plain | null>(null);
  let id: string | null = null;
  let autosave: Autosave<DraftView> | null = null;
  let creating: Promise<void> | null = null;
  let waiting: DraftPatch | null = null;

  function adopt(d: DraftView) {
    autosave?.dispose();
    id = d.id;
    const a = createAutosave<DraftView>({ save: (p, base) => port.save(d.id, p, base), revision: d.revision, delayMs });
    autosave = a;
    a.subscribe((s) => {
      saveState.value = s.state;
      problem.value = s.state === 'error' || s.state === 'conflict' ? (s.error?.message ?? CHANGED_ELSEWHERE) : null;
    });
    return a;
  }

  /** The edit draft of this connection, if one is kept (opened, and adopted for what is typed next). */
  async function find(connectionId: number): Promise<DraftView | null> {
    // The edit before (another connection's, or this one's) is saved and let go first.
    await flush();
    release();
    const l = await port.list();
    const s = l.ok ? l.drafts.find((d) => d.edit?.erpConnectionId === connectionId) : undefined;
    const r = s ? await port.open(s.id) : null;
    if (!r?.ok) return null;
    adopt(r.draft);
    return r.draft;
  }

  /** Something changed: saved after a pause; the first change creates the draft (viewing makes none). */
  function change(patch: DraftPatch) {
    if (autosave) return autosave.change(patch);
    waiting = patch;
    creating ??= (async () => {
      const r = await port.open(undefined, true);
      if (!r.ok) return void ((problem.value = r.error.message), (creating = null));
      const a = adopt(r.draft);
      if (waiting) a.change(waiting);
      waiting = null;
      creating = null;
    })();
  }

  async function flush() {
    await creating;
    await autosave?.flush();
  }


  /** Done with it (saved in the CRM, or discarded): the draft goes. */
  async function discard() {
    await creating;
    const gone = id;
    autosave?.dispose();
    autosave = null;
    id = null;
    waiting = null;
    saveState.value = 'idle';
    problem.value = null;
    if (gone) await port.remove(gone);
  }

  /** Lets go of the draft as it is: kept for later. */
  function release() {
    autosave?.dispose();
    autosave = null;
    id = null;
  }

  return { saveState, problem, find, change, flush, discard, release, draftId: () => id };
}

const CHANGED_ELSEWHERE: Plain = { en: 'This edit was changed in another tab: reopen it to go on from there.', no: 'Denne endringen ble endret i en annen fane: åpne den igjen for å fortsette derfra.' };

export type EditDraft = ReturnType<typeof createEditDraft>;
