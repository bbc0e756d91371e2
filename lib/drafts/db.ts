// The IndexedDB side: the database in the extension's origin, its stores, the upgrade path, and
// one helper that makes every write a single transaction that either commits whole or not at all.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DraftFailure, draftError } from './errors';
import { migrateRecord } from './migrations';
import type { StoredDraft, TestResult } from './schema';

export const DB_NAME = 'erp-sync-drafts';
/** Database version 1 held schema-0 records in one `drafts` store; version 2 holds schema 1. */
export const DB_VERSION = 2;

export interface TrashEntry { token: string; removedAt: number; draft: StoredDraft }
export interface HistoryEntry {
  seq?: number;
  draftId: string;
  at: number;
  where: TestResult['where'];
  connectorUrl: string;
  outcome: string;
  ok: boolean;
  valuesHash: string;
}
/** A record no migration could read: kept aside rather than thrown away. */
export interface QuarantineEntry { seq?: number; at: number; record: unknown }

export interface DraftsDb extends DBSchema {
  drafts: { key: string; value: StoredDraft; indexes: { 'by-tenant': string } };
  trash: { key: string; value: TrashEntry };
  history: { key: number; value: HistoryEntry; indexes: { 'by-draft': string } };
  quarantine: { key: number; value: QuarantineEntry };
}
export type Db = IDBPDatabase<DraftsDb>;
type Names = StoreNames<DraftsDb>[];
export type WriteTx<S extends Names> = IDBPTransaction<DraftsDb, S, 'readwrite'>;

/**
 * Opens (and upgrades) the database. An older connection that will not close makes the open
 * fail with `blocked` instead of waiting forever; `onGone` runs when our connection is closed
 * for a newer version or by the browser, so the next call opens afresh.
 */
export function openDraftsDb(name: string, onGone: () => void): Promise<Db> {
  return new Promise((resolve, reject) => {
    let gaveUp = false;
    const opening = openDB<DraftsDb>(name, DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, tx) => {
        if (oldVersion < 1) db.createObjectStore('drafts', { keyPath: 'id' });
        if (oldVersion < 2) {
          tx.objectStore('drafts').createIndex('by-tenant', 'tenant');
          db.createObjectStore('trash', { keyPath: 'token' });
          db.createObjectStore('history', { keyPath: 'seq', autoIncrement: true }).createIndex('by-draft', 'draftId');
          db.createObjectStore('quarantine', { keyPath: 'seq', autoIncrement: true });
        }
        if (oldVersion >= 1) {
          // A failed migration aborts the upgrade: the old database stays as it was.
          migrateStored(tx as unknown as WriteTx<['drafts', 'quarantine']>).catch(() => abortQuietly(tx));
        }
      },
      blocked: () => {
        gaveUp = true;
        reject(new DraftFailure(draftError('blocked')));
      },
      blocking: (_current, _next, event) => {
        (event.target as IDBDatabase).close();
        onGone();
      },
      terminated: onGone,
    });
    opening.then((db) => (gaveUp ? db.close() : resolve(db)), reject);
  });
}

/** Lifts every stored record to the current schema inside the upgrade transaction. */
async function migrateStored(tx: WriteTx<['drafts', 'quarantine']>): Promise<void> {
  let cursor = await tx.objectStore('drafts').openCursor();
  while (cursor) {
    const raw: unknown = cursor.value;
    const migrated = migrateRecord(raw);
    if (migrated.ok) await cursor.update(migrated.record);
    else if (migrated.reason === 'unreadable') {
      await tx.objectStore('quarantine').add({ at: Date.now(), record: raw });
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
}

/**
 * Runs `fn` in one readwrite transaction over `stores`. Any exception (ours or the browser's)
 * aborts the transaction, so nothing of a failed write stays behind.
 */
export async function write<S extends Names, T>(db: Db, stores: S, fn: (tx: WriteTx<S>) => Promise<T>): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  tx.done.catch(() => undefined); // the failure is reported through `fn` or the await below
  try {
    const value = await fn(tx);
    await tx.done;
    return value;
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}
