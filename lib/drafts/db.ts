// The IndexedDB side: the database in the extension's origin, its stores, the upgrade path, and
// one helper that makes every write a single transaction that either commits whole or not at all.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DraftFailure, draftError } from './errors';
import { isBareHash } from './hash';
import { migrateRecord } from './migrations';
import { isExpired, quarantineEntry, withoutSecrets } from './quarantine';
import type { StoredDraft, TestResult } from './schema';

export const DB_NAME = 'erp-sync-drafts';
/**
 * Database version 1 held schema-0 records in one `drafts` store; version 2 holds schema 1;
 * version 3 holds no bare hash of the values and no secret in quarantine (issue 15).
 */
export const DB_VERSION = 3;

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
/** A record no migration could read: kept aside rather than thrown away, without secrets, until expiresAt. */
export interface QuarantineEntry { seq?: number; at: number; expiresAt?: number; record: unknown }

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
          migrateStored(tx as unknown as WriteTx<['drafts', 'quarantine']>)
            .then(() => (oldVersion === 2 ? forgetVerifiers(tx as unknown as WriteTx<['drafts', 'quarantine', 'history']>) : undefined))
            .catch(() => abortQuietly(tx));
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
    opening.then((db) => {
      if (gaveUp) return db.close();
      void purgeQuarantine(db, Date.now()).catch(() => undefined);
      resolve(db);
    }, reject);
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
      await tx.objectStore('quarantine').add(quarantineEntry(raw, Date.now()));
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
}

/**
 * Version 2 kept a bare SHA-256 of the values (passwords included) on each draft's last test and in
 * its history, and quarantined records as they were: a password could be checked offline against
 * them. Blanked ('' reads as "changed since"), and quarantine stripped of secrets.
 */
async function forgetVerifiers(tx: WriteTx<['drafts', 'quarantine', 'history']>): Promise<void> {
  for (let c = await tx.objectStore('drafts').openCursor(); c; c = await c.continue()) {
    const d = c.value;
    if (d.lastTest && isBareHash(d.lastTest.valuesHash)) await c.update({ ...d, lastTest: { ...d.lastTest, valuesHash: '' } });
  }
  for (let c = await tx.objectStore('history').openCursor(); c; c = await c.continue()) {
    if (isBareHash(c.value.valuesHash)) await c.update({ ...c.value, valuesHash: '' });
  }
  for (let c = await tx.objectStore('quarantine').openCursor(); c; c = await c.continue()) {
    await c.update({ ...c.value, record: withoutSecrets(c.value.record) });
  }
}

/** Quarantined records past their time are deleted, each time the database opens. */
async function purgeQuarantine(db: Db, now: number): Promise<void> {
  const tx = db.transaction('quarantine', 'readwrite');
  for (let c = await tx.store.openCursor(); c; c = await c.continue()) if (isExpired(c.value, now)) await c.delete();
  await tx.done;
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
