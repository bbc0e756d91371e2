// What every part of the drafts service shares: the (lazily opened) database, the secret store,
// the clock, and `attempt`, which turns any exception into a typed error so none escapes.
import * as z from 'zod/mini';
import { DB_NAME, openDraftsDb, type Db } from './db';
import { DraftFailure, draftError, toDraftError, type Result } from './errors';
import { check } from './issues';
import { migrateRecord } from './migrations';
import type { DraftView, StoredDraft } from './schema';
import type { SecretStore } from './secrets';
import { toView } from './view';

export interface DraftStoreOptions {
  dbName?: string;
  secrets: SecretStore;
  now?: () => number;
  uuid?: () => string;
}

export interface Ctx {
  db(): Promise<Db>;
  close(): void;
  secrets: SecretStore;
  now(): number;
  uuid(): string;
  /** A stored record with this session's secrets merged in. */
  view(stored: StoredDraft): Promise<DraftView>;
}

export function createContext(opts: DraftStoreOptions): Ctx {
  const name = opts.dbName ?? DB_NAME;
  let opening: Promise<Db> | null = null;
  const forget = (p: Promise<Db>) => () => {
    if (opening === p) opening = null;
  };
  return {
    db() {
      if (!opening) {
        const p: Promise<Db> = openDraftsDb(name, () => forget(p)());
        opening = p;
        p.catch(forget(p)); // a failed open is retried by the next call
      }
      return opening;
    },
    close() {
      const p = opening;
      opening = null;
      p?.then((db) => db.close(), () => undefined);
    },
    secrets: opts.secrets,
    now: opts.now ?? Date.now,
    uuid: opts.uuid ?? (() => crypto.randomUUID()),
    view: async (stored) => toView(stored, await opts.secrets.get(stored.id)),
  };
}

/** Runs a service call; any exception becomes `{ ok: false, error }` with a typed code. */
export async function attempt<T extends object>(fn: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, ...(await fn()) };
  } catch (e) {
    const error = toDraftError(e);
    return { ok: false, error: error.code === 'conflict' ? draftError('unknown') : error };
  }
}

/** Throws a typed failure unless `input` fits `schema`; returns the parsed value. */
export function must<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  const r = check(schema, input);
  if (!r.ok) throw new DraftFailure(r.error);
  return r.data;
}

/** A record read back from IndexedDB, in the current shape; not-found (or invalid) otherwise. */
export function readStored(raw: unknown): StoredDraft {
  if (raw === undefined) throw new DraftFailure(draftError('not-found'));
  const migrated = migrateRecord(raw);
  if (!migrated.ok) throw new DraftFailure(migrated.reason === 'newer' ? draftError('version') : draftError('invalid'));
  return migrated.record;
}

export const DraftId = z.uuid();
export const UndoToken = z.uuid();
