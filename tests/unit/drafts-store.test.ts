import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../lib/drafts/limits';
import { PASSWORD, TENANT, setup, withPassword } from '../fixtures/drafts/helpers';

describe('drafts store: create, get, list', () => {
  it('creates a draft with defaults and reads it back', async () => {
    const { store } = setup();
    const created = await store.create(TENANT, { name: 'First' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.draft).toMatchObject({
      tenant: TENANT, name: 'First', revision: 1, step: 0,
      connector: { mode: 'new', name: '', url: '' },
      connection: { name: '', description: '', visibility: { all: true }, values: {} },
      secretKeys: [], secretsMissing: [],
    });
    const got = await store.get(created.draft.id);
    expect(got).toEqual({ ok: true, draft: created.draft });
  });

  it('lists drafts per tenant, newest first, and all drafts grouped by tenant', async () => {
    const { store, clock } = setup();
    const a = await store.create(TENANT, { name: 'A' });
    clock.t += 1000;
    await store.create(TENANT, { name: 'B', connector: { mode: 'existing', erpConnectorId: 9 } });
    await store.create('https://crm.example.no/SuperOffice', { name: 'Onsite' });
    const listed = await store.list(TENANT);
    if (!listed.ok || !a.ok) throw new Error('expected ok');
    expect(listed.drafts.map((d) => [d.name, d.connectorLabel, d.stepName])).toEqual([['B', '#9', 'install'], ['A', '', 'install']]);
    expect(listed.drafts[0]).toMatchObject({ lastTest: null, valuesChangedSinceTest: null, applied: false });
    const all = await store.listAll();
    if (!all.ok) throw new Error('expected ok');
    expect(all.tenants.map((t) => [t.tenant, t.drafts.length])).toEqual([['https://crm.example.no/SuperOffice', 1], [TENANT, 2]]);
  });

  it('refuses a tenant that is not an origin + path, and unknown ids', async () => {
    const { store } = setup();
    for (const bad of ['nope', 'https://online.superoffice.com/Cust1?x=1', 'javascript:alert(1)', 'https://u:p@host/Cust1', 42]) {
      const r = await store.create(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid');
    }
    expect(await store.get('00000000-0000-4000-8000-999999999999')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await store.get('not-a-uuid')).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

describe('drafts store: save and conflicts', () => {
  it('saves a patch, bumps the revision, merges connection one level deep', async () => {
    const { store, clock } = setup();
    const c = await store.create(TENANT, { connection: { name: 'Conn', description: 'keep me' } });
    if (!c.ok) throw new Error('create failed');
    clock.t += 5;
    const s = await store.save(c.draft.id, { step: 2, connection: { values: { server: 'erp01' } } }, 1);
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.draft).toMatchObject({ revision: 2, step: 2, updatedAt: c.draft.createdAt + 5, connection: { name: 'Conn', description: 'keep me', values: { server: 'erp01' } } });
  });

  it('answers a stale revision with the current draft and writes nothing', async () => {
    const { store } = setup();
    const c = await store.create(TENANT, { name: 'Tab A' });
    if (!c.ok) throw new Error('create failed');
    const first = await store.save(c.draft.id, { name: 'Tab B wins' }, 1);
    expect(first.ok).toBe(true);
    const second = await store.save(c.draft.id, { name: 'Tab A late' }, 1);
    expect(second.ok).toBe(false);
    if (second.ok || second.error.code !== 'conflict') throw new Error('expected conflict');
    expect(second.error.current).toMatchObject({ name: 'Tab B wins', revision: 2 });
    expect(second.error.message.no).toMatch(/annen fane/);
    expect(await store.get(c.draft.id)).toMatchObject({ ok: true, draft: { name: 'Tab B wins', revision: 2 } });
  });

  it('refuses over-limit input with a specific message', async () => {
    const { store } = setup();
    const c = await store.create(TENANT);
    if (!c.ok) throw new Error('create failed');
    const id = c.draft.id;
    const cases: Array<[unknown, string, RegExp]> = [
      [{ name: 'x'.repeat(256) }, 'too-long', /name is longer than 255 characters/],
      [{ connection: { description: 'x'.repeat(1024) } }, 'too-long', /connection.description is longer than 1023/],
      [{ connection: { values: Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`k${i}`, 'v'])) } }, 'too-many-values', /at most 500 configuration values/],
      [{ connection: { visibility: { all: false, associateIds: Array.from({ length: 1001 }, (_, i) => i), groupIds: [] } } }, 'too-many-ids', /at most 1000/],
      [{ connection: { values: JSON.parse('{"__proto__": "x"}') } }, 'unsafe-key', /__proto__/],
      [{ step: 6 }, 'invalid', /step/],
      [{ revision: 99 }, 'invalid', /./],
    ];
    for (const [patch, code, en] of cases) {
      const r = await store.save(id, patch, 1);
      expect(r.ok, JSON.stringify(patch).slice(0, 60)).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe(code);
      expect(r.error.message.en).toMatch(en);
      expect(r.error.message.no.length).toBeGreaterThan(10);
    }
    expect(await store.get(id)).toMatchObject({ ok: true, draft: { revision: 1, name: '' } });
    expect(LIMITS.values).toBe(500);
  });
});

describe('drafts store: rename, duplicate, applied', () => {
  it('renames without a revision and duplicates with a language-specific suffix and copied secrets', async () => {
    const { store } = setup();
    const c = await store.create(TENANT, withPassword);
    if (!c.ok) throw new Error('create failed');
    expect(await store.rename(c.draft.id, 'Renamed')).toMatchObject({ ok: true, draft: { name: 'Renamed', revision: 2 } });
    const en = await store.duplicate(c.draft.id);
    const no = await store.duplicate(c.draft.id, 'no');
    if (!en.ok || !no.ok) throw new Error('duplicate failed');
    expect(en.draft.name).toBe('Renamed (copy)');
    expect(no.draft.name).toBe('Renamed (kopi)');
    expect(en.draft.id).not.toBe(c.draft.id);
    expect(en.draft).toMatchObject({ revision: 1, connection: { values: { server: 'erp01', password: PASSWORD } }, secretsMissing: [] });
    const long = await store.rename(c.draft.id, 'n'.repeat(255));
    expect(long.ok).toBe(true);
    const copy = await store.duplicate(c.draft.id);
    if (copy.ok) expect(copy.draft.name).toHaveLength(255);
  });

  it('marks a draft applied', async () => {
    const { store } = setup();
    const c = await store.create(TENANT);
    if (!c.ok) throw new Error('create failed');
    const r = await store.markApplied(c.draft.id, { at: 5, erpConnectorId: 3, erpConnectionId: 372 });
    expect(r).toMatchObject({ ok: true, draft: { applied: { erpConnectionId: 372 } } });
    const l = await store.list(TENANT);
    if (l.ok) expect(l.drafts[0]?.applied).toBe(true);
  });
});

describe('drafts store: remove and undo', () => {
  it('removes into the trash and brings the draft back exactly', async () => {
    const { store } = setup();
    const c = await store.create(TENANT, withPassword);
    if (!c.ok) throw new Error('create failed');
    const removed = await store.remove(c.draft.id);
    if (!removed.ok) throw new Error('remove failed');
    expect(await store.get(c.draft.id)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await store.list(TENANT)).toMatchObject({ ok: true, drafts: [] });
    const back = await store.undo(removed.undoToken);
    expect(back).toEqual({ ok: true, draft: c.draft });
    expect(await store.undo(removed.undoToken)).toMatchObject({ ok: false, error: { code: 'undo-expired' } });
  });

  it('undo expires after the window, and expired trash loses its secrets', async () => {
    const { store, clock, secrets } = setup();
    const c = await store.create(TENANT, withPassword);
    if (!c.ok) throw new Error('create failed');
    const removed = await store.remove(c.draft.id);
    if (!removed.ok) throw new Error('remove failed');
    expect(removed.expiresAt).toBe(clock.t + LIMITS.undoMs);
    clock.t += LIMITS.undoMs + 1;
    const u = await store.undo(removed.undoToken);
    expect(u).toMatchObject({ ok: false, error: { code: 'undo-expired', message: { en: /10 minutes/, no: /10 minutter/ } } });
    const other = await store.create(TENANT);
    if (other.ok) await store.remove(other.draft.id); // a later removal purges expired trash
    expect(secrets.dump()[c.draft.id]).toBeUndefined();
  });
});
