import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraftStore } from '../../lib/drafts/store';
import { createMemorySecretStore, createSessionSecretStore, lockSessionStorage } from '../../lib/drafts/secrets';
import { PASSWORD, TENANT, dumpDb, setup, uuidSeq, withPassword } from '../fixtures/drafts/helpers';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('secret stores', () => {
  it('session store keeps, replaces and forgets a draft\'s secrets', async () => {
    const s = createSessionSecretStore();
    expect(await s.get('d1')).toEqual({});
    await s.set('d1', { password: 'a' });
    await s.set('d2', { token: 'b' });
    expect(await s.get('d1')).toEqual({ password: 'a' });
    await s.set('d1', { pin: 'c' });
    expect(await s.get('d1')).toEqual({ pin: 'c' });
    await s.remove('d1');
    expect(await s.get('d1')).toEqual({});
    await s.set('d2', {});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('reads many drafts\' secrets in one storage read, and a drafts list uses it once', async () => {
    const s = createSessionSecretStore();
    await s.set('d1', { password: 'a' });
    await s.set('d3', { pin: 'c' });
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    const many = await s.getMany(['d1', 'd2', 'd3']);
    expect(get).toHaveBeenCalledTimes(1);
    expect(Object.fromEntries(many)).toEqual({ d1: { password: 'a' }, d2: {}, d3: { pin: 'c' } });

    const store = createDraftStore({ dbName: `drafts-many-${Math.random()}`, secrets: s, uuid: uuidSeq() });
    for (let i = 0; i < 20; i++) await store.create(TENANT, withPassword);
    get.mockClear();
    const list = await store.list(TENANT);
    expect(list.ok && list.drafts.length).toBe(20);
    expect(list.ok && list.drafts.every((d) => d.secretsMissing.length === 0)).toBe(true);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('lockSessionStorage asks for trusted contexts, and tolerates browsers without it', async () => {
    const session = fakeBrowser.storage.session as unknown as { setAccessLevel?: unknown };
    const original = session.setAccessLevel;
    const calls: unknown[] = [];
    session.setAccessLevel = async (o: unknown) => void calls.push(o);
    expect(await lockSessionStorage()).toBe(true);
    expect(calls).toEqual([{ accessLevel: 'TRUSTED_CONTEXTS' }]);
    session.setAccessLevel = async () => {
      throw new Error('not supported');
    };
    expect(await lockSessionStorage()).toBe(false);
    session.setAccessLevel = undefined;
    expect(await lockSessionStorage()).toBe(false);
    session.setAccessLevel = original;
  });
});

describe('passwords never leave the session', () => {
  it('are not in any IndexedDB store, export or error message', async () => {
    const { dbName, store } = setup();
    const c = await store.create(TENANT, withPassword);
    if (!c.ok) throw new Error('create failed');
    expect(c.draft.connection.values.password).toBe(PASSWORD);
    const id = c.draft.id;
    await store.save(id, { connection: { values: { server: 'erp02', password: PASSWORD } } }, 1);
    await store.recordTest(id, { where: 'browser', ok: false, outcome: `Login failed for password ${PASSWORD}` });
    await store.duplicate(id);
    const removed = await store.remove(id);
    if (removed.ok) await store.undo(removed.undoToken);
    const dump = await dumpDb(dbName);
    expect(dump).toContain('erp02');
    expect(dump).not.toContain(PASSWORD);
    const exported = await store.exportDraft(id);
    expect(exported.ok).toBe(true);
    expect(JSON.stringify(exported)).not.toContain(PASSWORD);
    const errors = [
      await store.save(id, { connection: { values: { password: PASSWORD, x: 'y'.repeat(2000) } } }, 99),
      await store.save(id, { connection: { values: { password: PASSWORD + 'x'.repeat(2000) } } }, 4),
      await store.importDraft(TENANT, { format: 'erp-sync-draft', version: 1, exportedAt: '', draft: { name: PASSWORD.repeat(30) } }),
    ];
    for (const e of errors) {
      expect(e.ok).toBe(false);
      if (!e.ok && e.error.code !== 'conflict') expect(JSON.stringify(e.error)).not.toContain(PASSWORD);
    }
  });

  it('after a browser restart the draft says which secrets to enter again', async () => {
    const { dbName, store } = setup();
    const c = await store.create(TENANT, withPassword);
    if (!c.ok) throw new Error('create failed');
    store.close();
    const restarted = createDraftStore({ dbName, secrets: createMemorySecretStore(), uuid: uuidSeq('00000000-0000-4000-9000-') });
    const got = await restarted.get(c.draft.id);
    expect(got).toMatchObject({ ok: true, draft: { secretsMissing: ['password'], connection: { values: { server: 'erp01' } } } });
    if (got.ok) expect(got.draft.connection.values).not.toHaveProperty('password');
    const saved = await restarted.save(c.draft.id, { connection: { values: { server: 'erp01', password: 'new' } } }, 1);
    expect(saved).toMatchObject({ ok: true, draft: { secretsMissing: [], connection: { values: { password: 'new' } } } });
  });

  it('works on browser.storage.session end to end', async () => {
    const { dbName } = setup();
    const store = createDraftStore({ dbName, secrets: createSessionSecretStore() });
    const c = await store.create(TENANT, withPassword);
    if (!c.ok) throw new Error('create failed');
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).toContain(PASSWORD);
    expect(await dumpDb(dbName)).not.toContain(PASSWORD);
    expect(await store.get(c.draft.id)).toMatchObject({ ok: true, draft: { secretsMissing: [] } });
  });

  it('a secret store that fails after the write reports the password as not kept, not an exception', async () => {
    const { dbName } = setup();
    const secrets = createMemorySecretStore();
    vi.spyOn(secrets, 'set').mockRejectedValue(new Error('session full'));
    const store = createDraftStore({ dbName, secrets });
    const c = await store.create(TENANT, withPassword);
    expect(c).toMatchObject({ ok: true, draft: { secretsMissing: ['password'] } });
  });
});
