// Issue 17: an edit of an existing connection is a draft, autosaved through the panel's draft
// messages (the real background handlers and store here): it survives a "reload" (a new edit
// state), is resumed with its time, can be discarded, goes once saved in the CRM, keeps a typed
// password only as a session secret, and is never what the wizard resumes.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraftHandlers } from '../../lib/background/drafts';
import { route, type Handlers } from '../../lib/background/router';
import type { ErpConnection } from '../../lib/crm';
import { createDraftStore, createMemorySecretStore, type DraftStore } from '../../lib/drafts';
import type { EditDraftsPort } from '../../lib/existing/edit-draft';
import { createEditState } from '../../lib/existing/edit-state';
import type { ExistingCrm } from '../../lib/existing/ports';
import type { ConfigField } from '../../lib/protocol';

const self = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const frame = { id: 'ext', url: 'chrome-extension://ext/wizard-frame.html?lang=en', origin: 'chrome-extension://ext', tab: { id: 1 }, frameId: 4 };
const bind = async <F extends { tabId: number }>(f: F) => ({ ...f, tenant: 'https://online.superoffice.com/Cust55555', csFrameId: 0 });

let n = 0;
let store: DraftStore;
let send: (msg: object) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let port: EditDraftsPort;

beforeEach(() => {
  fakeBrowser.reset();
  store = createDraftStore({ dbName: `edit-drafts-${++n}`, secrets: createMemorySecretStore() });
  const handlers = createDraftHandlers(store, { notify: async () => undefined }) as unknown as Handlers;
  send = (msg) => route(msg, frame, self, handlers, undefined, bind);
  port = {
    list: () => send({ type: 'panel/drafts-list' }),
    open: (id, fresh) => send({ type: 'panel/draft-open', ...(id ? { id } : {}), ...(fresh ? { fresh } : {}) }),
    save: (id, patch, baseRevision) => send({ type: 'panel/draft-save', id, patch, baseRevision }),
    remove: (id) => send({ type: 'panel/draft-remove', id }),
  };
});

const field = (key: string, type: ConfigField['FieldType']): ConfigField => ({ FieldKey: key, Rank: null, DisplayName: key, DisplayDescription: null, FieldType: type, ListName: null, DefaultValue: '', MaxLength: 0, Access: 'Mandatory' });

function fakeCrm() {
  const held: ErpConnection = {
    ErpConnectionId: 1, ErpConnectorId: 7, DisplayName: 'Økonomi', DisplayDescription: 'Main', Active: false, ConnectionId: '00000000-0000-4000-8000-000000000001',
    MostRecentTimestamp: '', ConfigFields: { companyDb: 'DEMO', pageSize: '[I:100]', password: 'demo123' }, Deleted: false, AllAccess: true, UserGroupAccessIds: [], AssociateAccessIds: [],
  };
  const no = async () => ({ ok: false as const, error: { kind: 'x', message: { en: 'no', no: 'nei' } } });
  const crm: ExistingCrm = {
    getAllConnectors: no, getConnector: no, getAllConnections: no, testConnectionById: no, testConnectorUrl: no, toggleConnectionActive: no, deleteConnection: no, canDeleteConnector: no, deleteConnector: no,
    getConnection: async () => ({ ok: true, value: structuredClone(held) }),
    getConnectionConfigFields: async () => ({ ok: true, value: { ...held.ConfigFields } }),
    getConfigurationFields: async () => ({ ok: true, value: { fields: [field('companyDb', 'Text'), field('pageSize', 'Integer'), field('password', 'Password')], warnings: [] } }),
    testConfig: async () => ({ ok: true, value: true }),
    saveConnection: async (c) => (Object.assign(held, structuredClone(c)), { ok: true, value: structuredClone(held) }),
  };
  return { crm, held };
}

const editOf = (crm: ExistingCrm) => createEditState(crm, () => 'en', async () => undefined, port);

describe('an edit kept as a draft', () => {
  it('viewing makes no draft; typing does, with only the changes, marked as an edit; a reload resumes it with its time', async () => {
    const { crm } = fakeCrm();
    const ed = editOf(crm);
    await ed.open(1);
    expect((await send({ type: 'panel/drafts-list' })).drafts).toEqual([]);
    ed.set({ name: 'Økonomi 2' });
    ed.set({ value: ['pageSize', '250'] });
    ed.set({ value: ['password', 'new-secret'] });
    ed.set({ visibility: { allAccess: false, associateIds: [12], groupIds: [3] } });
    await ed.flush();
    const listed = (await send({ type: 'panel/drafts-list' })).drafts;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ name: 'Økonomi', edit: { erpConnectionId: 1, erpConnectorId: 7 }, connector: { mode: 'existing', erpConnectorId: 7 } });
    const kept = (await send({ type: 'panel/draft-open', id: listed[0].id })).draft;
    expect(kept.connection).toMatchObject({ name: 'Økonomi 2', description: 'Main', values: { pageSize: '250', password: 'new-secret' }, visibility: { all: false, associateIds: [12], groupIds: [3] } });
    expect(kept.secretKeys).toEqual(['password']);
    // The password is a session secret: the export (what IndexedDB holds, too) has none.
    expect(JSON.stringify((await send({ type: 'panel/draft-export', id: kept.id })).file)).not.toContain('new-secret');

    // A reload: a new panel, Edit again on the same connection.
    const again = editOf(crm);
    await again.open(1);
    expect(again.resumed.value?.at).toBe(kept.updatedAt);
    expect(again.form.value).toMatchObject({ name: 'Økonomi 2', values: { companyDb: 'DEMO', pageSize: '250', password: 'new-secret' }, visibility: { allAccess: false, associateIds: [12], groupIds: [3] }, original: { pageSize: '100', password: '' } });
    // Typing on goes into the same draft.
    again.set({ description: 'Main ledger' });
    await again.flush();
    expect((await send({ type: 'panel/drafts-list' })).drafts).toHaveLength(1);
  });

  it('is never what the wizard resumes, and is not in the wizard’s way', async () => {
    const { crm } = fakeCrm();
    const ed = editOf(crm);
    await ed.open(1);
    ed.set({ name: 'Edited' });
    await ed.flush();
    const wizard = await send({ type: 'panel/draft-open' });
    expect(wizard.ok).toBe(true);
    expect(wizard.draft.edit).toBeUndefined();
    expect((await send({ type: 'panel/drafts-list' })).drafts).toHaveLength(2);
  });

  it('Discard drops the draft and shows what the CRM holds', async () => {
    const { crm } = fakeCrm();
    const ed = editOf(crm);
    await ed.open(1);
    ed.set({ value: ['companyDb', 'OTHER'] });
    await ed.flush();
    const again = editOf(crm);
    await again.open(1);
    expect(again.form.value?.values.companyDb).toBe('OTHER');
    await again.discard();
    expect(again.resumed.value).toBeNull();
    expect(again.form.value?.values.companyDb).toBe('DEMO');
    expect((await send({ type: 'panel/drafts-list' })).drafts).toEqual([]);
  });

  it('an edit kept for a connection deleted since: said, with its time, and it can still be discarded', async () => {
    const { crm } = fakeCrm();
    const ed = editOf(crm);
    await ed.open(1);
    ed.set({ value: ['companyDb', 'OTHER'] });
    await ed.flush();
    crm.getConnection = async () => ({ ok: false, error: { kind: 'not-found', message: { en: 'The CRM found nothing', no: 'CRM-et fant ingenting' } } });
    const again = editOf(crm);
    await again.open(1);
    expect(again.form.value).toBeNull();
    expect(again.problem.value?.en).toBe('The CRM found nothing');
    expect(again.resumed.value?.at).toEqual(expect.any(Number));
    await again.discard();
    expect(again.resumed.value).toBeNull();
    expect((await send({ type: 'panel/drafts-list' })).drafts).toEqual([]);
  });

  it('goes once the CRM saved it; a change after starts a new one', async () => {
    const { crm, held } = fakeCrm();
    const ed = editOf(crm);
    await ed.open(1);
    ed.set({ value: ['companyDb', 'NEWDB'] });
    await ed.flush();
    await ed.save();
    expect(ed.outcome.value).toMatchObject({ state: 'saved' });
    expect(held.ConfigFields).toMatchObject({ companyDb: 'NEWDB', password: 'demo123' });
    expect((await send({ type: 'panel/drafts-list' })).drafts).toEqual([]);
  });

  it('a draft of another connection is not resumed on this one', async () => {
    const { crm } = fakeCrm();
    const ed = editOf(crm);
    await ed.open(1);
    ed.set({ name: 'One' });
    await ed.flush();
    const id = (await send({ type: 'panel/drafts-list' })).drafts[0].id;
    await store.save(id, { edit: { erpConnectionId: 2, erpConnectorId: 7 } }, (await store.get(id) as { draft: { revision: number } }).draft.revision);
    const again = editOf(crm);
    await again.open(1);
    expect(again.resumed.value).toBeNull();
    expect(again.form.value?.name).toBe('Økonomi');
  });
});
