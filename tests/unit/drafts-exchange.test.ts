import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../lib/drafts/limits';
import exported from '../fixtures/drafts/export-v1.json';
import { TENANT, dumpDb, setup, withPassword } from '../fixtures/drafts/helpers';

const OTHER = 'https://online.superoffice.com/Cust99999';
const clone = () => structuredClone(exported) as Record<string, unknown> & { draft: Record<string, unknown> & { connection: Record<string, unknown> } };

describe('export and import', () => {
  it('round-trips a draft exactly, except id, tenant, timestamps and revision', async () => {
    const { store } = setup();
    const c = await store.create(TENANT, { ...withPassword, step: 3, connection: { ...withPassword.connection, description: 'd', visibility: { all: false, associateIds: [1, 2], groupIds: [7] } } });
    if (!c.ok) throw new Error('create failed');
    const e = await store.exportDraft(c.draft.id);
    if (!e.ok) throw new Error('export failed');
    expect(e.file).toMatchObject({ format: 'erp-sync-draft', version: 1, draft: { secretKeys: ['password'] } });
    expect(e.file.draft.connection.values).toEqual({ server: 'erp01' });
    expect(JSON.stringify(e.file)).not.toMatch(/"id"|"tenant"|"revision"|Cust12345/);
    const i = await store.importDraft(OTHER, JSON.stringify(e.file));
    if (!i.ok) throw new Error(i.error.message.en);
    const strip = ({ id: _i, tenant: _t, createdAt: _c, updatedAt: _u, revision: _r, connection, secretsMissing: _s, ...rest }: typeof c.draft) =>
      ({ ...rest, connection: { ...connection, values: { server: connection.values.server } } });
    expect(strip(i.draft)).toEqual(strip(c.draft));
    expect(i.draft).toMatchObject({ tenant: OTHER, secretsMissing: ['password'] });
  });

  it('imports the fixture file; script-ish text is kept as text', async () => {
    const { store } = setup();
    const r = await store.importDraft(TENANT, exported);
    expect(r).toMatchObject({ ok: true, draft: { name: 'Tripletex sandbox', connection: { description: '<script>alert(1)</script>' }, secretsMissing: ['token'] } });
  });

  const hostile: Array<[string, unknown, string, RegExp]> = [
    ['not JSON', '{"format": "erp-sync-draft",', 'import-not-json', /not readable JSON/],
    ['oversized', JSON.stringify({ ...exported, pad: 'x'.repeat(LIMITS.importBytes) }), 'import-too-large', /over 768 kB/],
    ['an array', '[1,2]', 'import-format', /not an ERP Sync draft/],
    ['another format', { ...exported, format: 'something-else' }, 'import-format', /not an ERP Sync draft/],
    ['a future version', { ...exported, version: 2 }, 'import-version', /version 2/],
    ['__proto__ at the top', '{"__proto__": {"polluted": true}, "format": "erp-sync-draft", "version": 1}', 'unsafe-key', /__proto__/],
    ['constructor in values', (() => { const f = clone(); f.draft.connection.values = JSON.parse('{"constructor": "x"}'); return f; })(), 'unsafe-key', /constructor/],
    ['an extra field', (() => { const f = clone(); f.draft.evil = 1; return f; })(), 'import-unknown-field', /draft.evil/],
    ['a bad type', (() => { const f = clone(); f.draft.step = 'three'; return f; })(), 'invalid', /draft.step/],
    ['too many values', (() => { const f = clone(); f.draft.connection.values = Object.fromEntries(Array.from({ length: 501 }, (_, n) => [`k${n}`, ''])); return f; })(), 'too-many-values', /500/],
    ['a too long name', (() => { const f = clone(); f.draft.name = 'n'.repeat(256); return f; })(), 'too-long', /255/],
    ['a cycle', (() => { const f: Record<string, unknown> = {}; f.self = f; return f; })(), 'import-not-json', /JSON/],
  ];
  for (const [what, file, code, en] of hostile) {
    it(`refuses ${what} with a specific message and changes nothing`, async () => {
      const { store, dbName } = setup();
      await store.create(TENANT, { name: 'existing' });
      const before = await dumpDb(dbName);
      const r = await store.importDraft(TENANT, file);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe(code);
      expect(r.error.message.en).toMatch(en);
      expect(r.error.message.no).not.toBe(r.error.message.en);
      expect(await dumpDb(dbName)).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses an import into a tenant that is not one', async () => {
    const { store } = setup();
    expect(await store.importDraft('file:///etc', exported)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});
