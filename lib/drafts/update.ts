// The one way an existing draft changes: read, check the revision, change, validate, write —
// all in a single transaction — then keep the secret values in the session.
import { DraftFailure, conflict } from './errors';
import { type WriteTx, write } from './db';
import { readStored, type Ctx } from './context';
import { check } from './issues';
import { Draft, type DraftView } from './schema';
import { toStored, toView } from './view';

type Stores = ['drafts'] | ['drafts', 'history'];
export interface UpdateOptions<S extends Stores> {
  /** When given, a stale revision is a conflict (another tab saved first). */
  baseRevision?: number;
  stores?: S;
  /** More writes in the same transaction (e.g. a test history entry). */
  also?: (tx: WriteTx<S>, next: Draft) => Promise<void>;
}

export async function updateDraft<S extends Stores = ['drafts']>(
  ctx: Ctx,
  id: string,
  change: (current: Draft) => Draft,
  opts: UpdateOptions<S> = {},
): Promise<DraftView> {
  const db = await ctx.db();
  const secrets = await ctx.secrets.get(id);
  const stores = (opts.stores ?? ['drafts']) as S;
  const written = await write(db, stores, async (tx) => {
    const drafts = (tx as unknown as WriteTx<['drafts']>).objectStore('drafts');
    const stored = readStored(await drafts.get(id));
    const { secretsMissing: _missing, ...current } = toView(stored, secrets);
    if (opts.baseRevision !== undefined && stored.revision !== opts.baseRevision) {
      throw new DraftFailure(conflict(toView(stored, secrets)));
    }
    const valid = check(Draft, { ...change(current), id, revision: stored.revision + 1, updatedAt: ctx.now() });
    if (!valid.ok) throw new DraftFailure(valid.error);
    const next = toStored(valid.data);
    await drafts.put(next.stored);
    await opts.also?.(tx, valid.data);
    return next;
  });
  return keepSecrets(ctx, written.stored.id, written);
}

/** After the draft is committed: a secret store failure only means the password is not kept. */
export async function keepSecrets(ctx: Ctx, id: string, w: ReturnType<typeof toStored>): Promise<DraftView> {
  try {
    await ctx.secrets.set(id, w.secret);
    return toView(w.stored, w.secret);
  } catch {
    return toView(w.stored, {});
  }
}
