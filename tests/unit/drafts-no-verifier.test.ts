// A stolen profile folder must hold nothing a password can be checked against: the values' hash
// is an HMAC under a key that lives only in session storage, bare hashes of older versions are
// blanked on upgrade, and quarantined records keep no secret and expire.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../lib/drafts/hash';
import { DB_VERSION } from '../../lib/drafts/db';
import { isExpired, QUARANTINE_DAYS, quarantineEntry, withoutSecrets } from '../../lib/drafts/quarantine';
import { createMemorySecretStore } from '../../lib/drafts/secrets';
import { createDraftStore } from '../../lib/drafts/store';
import v1Draft from '../fixtures/drafts/v1-draft.json';
import { PASSWORD, TENANT, dumpDb, setup, withPassword } from '../fixtures/drafts/helpers';

async function sha256(text: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('no password verifier on disk', () => {
  it('what is stored cannot be recomputed from a guessed password without the session key', async () => {
    const { store, dbName } = setup();
    const c = await store.create(TENANT, withPassword);
    if (!c.ok) throw new Error('create failed');
    await store.recordTest(c.draft.id, { where: 'browser', ok: true, outcome: 'OK' });
    const dump = await dumpDb(dbName);
    // An attacker with the folder tries the right password in the old scheme: no match on disk.
    const guess = await sha256(`${c.draft.id}\n${canonicalJson(withPassword.connection.values)}`);
    expect(dump).not.toContain(guess);
    expect(dump).not.toContain(PASSWORD);
    expect(dump).toMatch(/"valuesHash":"h1\.[0-9a-f]{16}\.[0-9a-f]{64}"/);
  });

  it('a hash made under another session key says "unknown", not "changed"', async () => {
    const { store, dbName } = setup();
    const c = await store.create(TENANT, { ...withPassword, secretKeys: [], connection: { name: 'x', values: { server: 'erp01' } } });
    if (!c.ok) throw new Error('create failed');
    await store.recordTest(c.draft.id, { where: 'browser', ok: true, outcome: 'OK' });
    expect(await store.list(TENANT)).toMatchObject({ ok: true, drafts: [{ valuesChangedSinceTest: false }] });
    store.close();
    const restarted = createDraftStore({ dbName, secrets: createMemorySecretStore() });
    expect(await restarted.list(TENANT)).toMatchObject({ ok: true, drafts: [{ valuesChangedSinceTest: null }] });
    expect(await restarted.history(c.draft.id)).toMatchObject({ ok: true, entries: [{ valuesChangedSince: null }] });
    restarted.close();
  });

  it('upgrading a version-2 database blanks every bare hash and strips secrets from quarantine', async () => {
    const { dbName, store } = setup();
    const bare = 'ab'.repeat(32);
    const old = await openDB(dbName, 2, {
      upgrade: (d) => {
        d.createObjectStore('drafts', { keyPath: 'id' }).createIndex('by-tenant', 'tenant');
        d.createObjectStore('trash', { keyPath: 'token' });
        d.createObjectStore('history', { keyPath: 'seq', autoIncrement: true }).createIndex('by-draft', 'draftId');
        d.createObjectStore('quarantine', { keyPath: 'seq', autoIncrement: true });
      },
    });
    await old.put('drafts', { ...v1Draft, lastTest: { at: 1, where: 'browser', outcome: 'OK', ok: true, valuesHash: bare } });
    await old.add('history', { draftId: v1Draft.id, at: 1, where: 'browser', connectorUrl: '', outcome: 'OK', ok: true, valuesHash: bare });
    await old.add('quarantine', { at: Date.now(), record: { values: [{ key: 'pw', value: 'hunter2-old-secret', type: 'Password' }] } });
    old.close();
    expect((await store.get(v1Draft.id)).ok).toBe(true);
    store.close();
    const dump = await dumpDb(dbName);
    expect(dump).not.toContain(bare);
    expect(dump).not.toContain('hunter2');
    const db = await openDB(dbName);
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });
});

describe('quarantine', () => {
  it('keeps the shape of a record but no secret value, wherever it sits', () => {
    const raw = {
      id: 'x',
      values: [{ key: 'server', value: 'erp01', type: 'Text' }, { key: 'pw', value: 'p1', type: 'Password' }, { key: 'apiKey', value: 'p2', type: 'Text' }],
      nested: { password: 'p3', deeper: [{ clientSecret: 'p4' }] },
    };
    const out = JSON.stringify(withoutSecrets(raw));
    for (const p of ['p1', 'p2', 'p3', 'p4']) expect(out).not.toContain(`"${p}"`);
    expect(out).toContain('erp01');
    const hostile = withoutSecrets(JSON.parse('{"__proto__":{"polluted":true}}')) as object;
    expect(Object.getPrototypeOf(hostile)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it(`expires after ${QUARANTINE_DAYS} days, and records quarantined before expiry existed do too`, () => {
    const e = quarantineEntry({ a: 1 }, 1000);
    const day = 24 * 60 * 60 * 1000;
    expect(isExpired(e, 1000 + QUARANTINE_DAYS * day - 1)).toBe(false);
    expect(isExpired(e, 1000 + QUARANTINE_DAYS * day)).toBe(true);
    expect(isExpired({ at: 1000, record: {} }, 1000 + QUARANTINE_DAYS * day)).toBe(true);
  });

  it('expired records are gone the next time the database opens', async () => {
    const { dbName, store } = setup();
    await store.list(TENANT);
    store.close();
    const db = await openDB(dbName);
    await db.add('quarantine', { at: 0, expiresAt: 1, record: {} });
    await db.add('quarantine', { at: Date.now(), expiresAt: Date.now() + 1e9, record: { keep: true } });
    db.close();
    const again = setup({ dbName }).store;
    await again.list(TENANT);
    await new Promise((r) => setTimeout(r, 50));
    again.close();
    const after = await openDB(dbName);
    expect((await after.getAll('quarantine')).map((q: { record: unknown }) => q.record)).toEqual([{ keep: true }]);
    after.close();
  });
});
