// The panel's drafts port over typed messages to the background (where the drafts live).
import type { DraftPatch, DraftSummary, DraftView, HistoryItem } from '../drafts';
import type { Replies } from '../messages/protocol';
import { ask } from '../messages/send';
import type { Plain } from './ports';

export type DraftRes<T> = ({ ok: true } & T) | { ok: false; error: { code: string; message: Plain; current?: DraftView } };

/** A refusal by the preflight carries a plain string: give it both languages. */
function norm<T extends object>(r: Replies[keyof Replies]): DraftRes<T> {
  if (r.ok) return r as unknown as DraftRes<T>;
  const e = r.error as { code: string; message: string | Plain; current?: DraftView };
  const message = typeof e.message === 'string' ? { en: e.message, no: e.message } : e.message;
  return { ok: false, error: { code: e.code, message, ...(e.current ? { current: e.current } : {}) } };
}

export const draftsPort = {
  list: async () => norm<{ drafts: DraftSummary[] }>(await ask({ type: 'panel/drafts-list' })),
  open: async (id?: string, fresh?: boolean) =>
    norm<{ draft: DraftView }>(await ask({ type: 'panel/draft-open', ...(id ? { id } : {}), ...(fresh ? { fresh } : {}) })),
  save: async (id: string, patch: DraftPatch, baseRevision: number) =>
    norm<{ draft: DraftView }>(await ask({ type: 'panel/draft-save', id, patch: patch as Record<string, unknown>, baseRevision })),
  rename: async (id: string, name: string) => norm<{ draft: DraftView }>(await ask({ type: 'panel/draft-rename', id, name })),
  duplicate: async (id: string, lang: 'en' | 'no') => norm<{ draft: DraftView }>(await ask({ type: 'panel/draft-duplicate', id, lang })),
  remove: async (id: string) => norm<{ undoToken: string; expiresAt: number }>(await ask({ type: 'panel/draft-remove', id })),
  undo: async (token: string) => norm<{ draft: DraftView }>(await ask({ type: 'panel/draft-undo', token })),
  exportFile: async (id: string) => norm<{ file: unknown }>(await ask({ type: 'panel/draft-export', id })),
  importFile: async (text: string) => norm<{ draft: DraftView }>(await ask({ type: 'panel/draft-import', text })),
  tested: async (id: string, result: Record<string, unknown>) => norm<{ draft: DraftView }>(await ask({ type: 'panel/draft-tested', id, result })),
  history: async (id: string) => norm<{ entries: HistoryItem[] }>(await ask({ type: 'panel/draft-history', id })),
  applied: async (id: string, applied: { at: number; erpConnectorId: number; erpConnectionId: number }) =>
    norm<{ draft: DraftView }>(await ask({ type: 'panel/draft-applied', id, applied })),
};
export type DraftsPort = typeof draftsPort;

/** The port, with the draft the background gave with the frame's binding as the answer to the first plain open. */
export function withFirstOpen(port: DraftsPort, first: DraftView | undefined): DraftsPort {
  let given = first;
  return {
    ...port,
    open: async (id?: string, fresh?: boolean) => {
      const draft = given;
      given = undefined;
      return draft && !id && !fresh ? { ok: true, draft } : port.open(id, fresh);
    },
  };
}
