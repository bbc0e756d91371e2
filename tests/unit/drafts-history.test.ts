import { describe, expect, it } from 'vitest';
import { createDraftStore } from '../../lib/drafts/store';
import { createMemorySecretStore } from '../../lib/drafts/secrets';
import { LIMITS } from '../../lib/drafts/limits';
import { PASSWORD, TENANT, dumpDb, setup, withPassword } from '../fixtures/drafts/helpers';

async function draftWithPassword() {
  const env = setup();
  const c = await env.store.create(TENANT, withPassword);
  if (!c.ok) throw new Error('create failed');
  return { ...env, id: c.draft.id };
}

describe('test history', () => {
  it('records a test on the draft and in its history, and tells when values changed since', async () => {
    const { store, id, clock } = await draftWithPassword();
    clock.t += 10;
    const r = await store.recordTest(id, { where: 'browser', ok: true, outcome: 'OK' });
    expect(r).toMatchObject({ ok: true, draft: { revision: 2, lastTest: { at: clock.t, where: 'browser', ok: true, outcome: 'OK' } } });
    if (!r.ok) return;
    expect(r.draft.lastTest?.valuesHash).toMatch(/^h1\.[0-9a-f]{16}\.[0-9a-f]{64}$/);
    expect((await store.list(TENANT))).toMatchObject({ ok: true, drafts: [{ lastTest: { ok: true }, valuesChangedSinceTest: false }] });
    await store.save(id, { connection: { values: { server: 'erp01', password: 'other' } } }, 2);
    expect((await store.list(TENANT))).toMatchObject({ ok: true, drafts: [{ valuesChangedSinceTest: true }] });
    await store.save(id, { connection: { values: { server: 'erp01', password: PASSWORD } } }, 3);
    expect((await store.list(TENANT))).toMatchObject({ ok: true, drafts: [{ valuesChangedSinceTest: false }] });
  });

  it('lists tests newest first with the connector URL tested', async () => {
    const { store, id, clock } = await draftWithPassword();
    await store.recordTest(id, { where: 'browser', ok: false, outcome: 'Refused' });
    clock.t += 1000;
    await store.recordTest(id, { where: 'crm', ok: true, outcome: 'true', connectorUrl: 'app://visma', values: { server: 'other' } });
    const h = await store.history(id);
    expect(h).toMatchObject({
      ok: true,
      entries: [
        { where: 'crm', ok: true, connectorUrl: 'app://visma', valuesChangedSince: true },
        { where: 'browser', ok: false, outcome: 'Refused', connectorUrl: 'https://erp.example.no/ErpConnectorWS.svc', valuesChangedSince: false },
      ],
    });
  });

  it('cannot tell whether values changed when the password was not kept this session', async () => {
    const { store, id, dbName } = await draftWithPassword();
    await store.recordTest(id, { where: 'browser', ok: true, outcome: 'OK' });
    store.close();
    const restarted = createDraftStore({ dbName, secrets: createMemorySecretStore() });
    expect(await restarted.list(TENANT)).toMatchObject({ ok: true, drafts: [{ valuesChangedSinceTest: null, secretsMissing: ['password'] }] });
  });

  it('blanks out secret values echoed in an outcome and never stores them', async () => {
    const { store, id, dbName } = await draftWithPassword();
    const r = await store.recordTest(id, { where: 'browser', ok: false, outcome: `Wrong password "${PASSWORD}"` });
    expect(r).toMatchObject({ ok: true, draft: { lastTest: { outcome: 'Wrong password "•••"' } } });
    expect(await dumpDb(dbName)).not.toContain(PASSWORD);
  });

  it('keeps at most the last tests per draft, and refuses a malformed result', async () => {
    const { store, id } = await draftWithPassword();
    for (let i = 0; i < LIMITS.historyPerDraft + 3; i++) await store.recordTest(id, { where: 'crm', ok: i % 2 === 0, outcome: `run ${i}` });
    const h = await store.history(id);
    if (!h.ok) throw new Error('history failed');
    expect(h.entries).toHaveLength(LIMITS.historyPerDraft);
    expect(h.entries[0]?.outcome).toBe(`run ${LIMITS.historyPerDraft + 2}`);
    expect(await store.recordTest(id, { where: 'moon', ok: true, outcome: '' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await store.history('00000000-0000-4000-8000-999999999999')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
