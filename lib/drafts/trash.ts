// Removing a draft is undoable for a while: the draft moves to the trash store (in the same
// transaction as its removal) and an undo token brings it back. Its test history and session
// secrets stay until the trash entry expires.
import { attempt, must, readStored, UndoToken, DraftId, type Ctx } from './context';
import { write, type WriteTx } from './db';
import { DraftFailure, draftError } from './errors';
import { LIMITS } from './limits';

export function trashOps(ctx: Ctx) {
  /** Forgets trash older than the undo window, with its history and secrets. Best effort. */
  async function purgeExpired(): Promise<void> {
    try {
      const gone: string[] = [];
      await write(await ctx.db(), ['trash', 'history'], async (tx) => {
        const cutoff = ctx.now() - LIMITS.undoMs;
        for (const entry of await tx.objectStore('trash').getAll()) {
          if (entry.removedAt >= cutoff) continue;
          await tx.objectStore('trash').delete(entry.token);
          await deleteHistory(tx, entry.draft.id);
          gone.push(entry.draft.id);
        }
      });
      for (const id of gone) await ctx.secrets.remove(id);
    } catch {
      // tried again on the next removal
    }
  }

  return {
    /** Removes a draft; `undoToken` brings it back until `expiresAt`. */
    remove: (id: unknown) => attempt(async () => {
      const draftId = must(DraftId, id);
      const token = ctx.uuid();
      const removedAt = ctx.now();
      await write(await ctx.db(), ['drafts', 'trash'], async (tx) => {
        const draft = readStored(await tx.objectStore('drafts').get(draftId));
        await tx.objectStore('trash').put({ token, removedAt, draft });
        await tx.objectStore('drafts').delete(draftId);
      });
      await purgeExpired();
      return { undoToken: token, expiresAt: removedAt + LIMITS.undoMs };
    }),
    /** Brings a removed draft back, as it was, if the token is still within the undo window. */
    undo: (token: unknown) => attempt(async () => {
      const key = must(UndoToken, token);
      const restored = await write(await ctx.db(), ['drafts', 'trash'], async (tx) => {
        const entry = await tx.objectStore('trash').get(key);
        if (!entry || ctx.now() - entry.removedAt > LIMITS.undoMs) throw new DraftFailure(draftError('undo-expired'));
        await tx.objectStore('drafts').put(entry.draft);
        await tx.objectStore('trash').delete(key);
        return entry.draft;
      });
      return { draft: await ctx.view(restored) };
    }),
  };
}

export async function deleteHistory(tx: WriteTx<['trash', 'history']>, draftId: string): Promise<void> {
  const store = tx.objectStore('history');
  for (const key of await store.index('by-draft').getAllKeys(draftId)) await store.delete(key);
}
