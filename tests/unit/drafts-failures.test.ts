import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TENANT, dumpDb, setup, withPassword } from '../fixtures/drafts/helpers';
import { DB_VERSION } from '../../lib/drafts/db';

afterEach(() => vi.restoreAllMocks());

async function withDraft() {
  const env = setup();
  const c = await env.store.create(TENANT, withPassword);
  if (!c.ok) throw new Error('create failed');
  return { ...env, draft: c.draft };
}

describe('a failed write leaves the previous state and answers a typed error', () => {
  it('quota: put throws QuotaExceededError', async () => {
    const { store, draft, dbName } = await withDraft();
    const before = await dumpDb(dbName);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const r = await store.save(draft.id, { name: 'changed' }, 1);
    expect(r).toMatchObject({ ok: false, error: { code: 'quota', message: { en: /no room left/, no: /ikke mer plass/ } } });
    if (!r.ok) expect(JSON.stringify(r.error)).not.toMatch(/quota has been exceeded/);
    vi.restoreAllMocks();
    expect(await dumpDb(dbName)).toBe(before);
    expect(await store.get(draft.id)).toMatchObject({ ok: true, draft: { name: 'Visma', revision: 1 } });
  });

  it('aborted: the transaction is aborted in the middle of a write', async () => {
    const { store, draft, dbName } = await withDraft();
    const before = await dumpDb(dbName);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      this.transaction.abort();
      return put.apply(this, args);
    });
    expect(await store.save(draft.id, { name: 'changed' }, 1)).toMatchObject({ ok: false, error: { code: 'aborted' } });
    expect(await store.recordTest(draft.id, { where: 'crm', ok: true, outcome: 'true' })).toMatchObject({ ok: false, error: { code: 'aborted' } });
    vi.restoreAllMocks();
    expect(await dumpDb(dbName)).toBe(before);
  });

  it('a removal that fails half-way puts nothing in the trash and keeps the draft', async () => {
    const { store, draft, dbName } = await withDraft();
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await store.remove(draft.id)).toMatchObject({ ok: false, error: { code: 'quota' } });
    vi.restoreAllMocks();
    const db = await openDB(dbName);
    expect(await db.count('trash')).toBe(0);
    expect(await db.count('drafts')).toBe(1);
    db.close();
  });

  it('a test history entry that cannot be written does not change lastTest either', async () => {
    const { store, draft } = await withDraft();
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await store.recordTest(draft.id, { where: 'browser', ok: true, outcome: 'OK' })).toMatchObject({ ok: false, error: { code: 'quota' } });
    vi.restoreAllMocks();
    const got = await store.get(draft.id);
    expect(got).toMatchObject({ ok: true, draft: { revision: 1 } });
    if (got.ok) expect(got.draft.lastTest).toBeUndefined();
  });

  it('blocked: an older connection that will not close makes the upgrade fail, then it recovers', async () => {
    const { store, dbName } = setup();
    const old = await openDB(dbName, 1, { upgrade: (d) => void d.createObjectStore('drafts', { keyPath: 'id' }) });
    const r = await store.list(TENANT);
    expect(r).toMatchObject({ ok: false, error: { code: 'blocked', message: { en: /older version/, no: /eldre versjon/ } } });
    old.close();
    await new Promise((res) => setTimeout(res, 20));
    expect(await store.create(TENANT, { name: 'after' })).toMatchObject({ ok: true });
  });

  it('our connection steps aside for a newer version instead of blocking it', async () => {
    const { store, dbName } = await withDraft();
    const newer = await openDB(dbName, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    // …and then knows it is too old for the database rather than failing obscurely.
    expect(await store.list(TENANT)).toMatchObject({ ok: false, error: { code: 'version', message: { en: /newer version/ } } });
  });

  it('unknown: an unexpected exception is a typed error, never thrown', async () => {
    const { store } = setup();
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new TypeError('boom');
    });
    expect(await store.create(TENANT)).toMatchObject({ ok: false, error: { code: 'unknown', message: { en: /unexpected browser error/ } } });
    expect(await store.save('00000000-0000-4000-8000-000000000001', {}, 1)).toMatchObject({ ok: false, error: { code: 'unknown' } });
  });
});
