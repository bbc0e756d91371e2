// The configuration steps as steps of their own, kept in the draft (issue 18): the stepper's
// moves and marks, the unsaved choices as differences from what the CRM answered, laid back on a
// fresh read after a reload, and the draft store taking (and refusing) the `configure` field.
import { describe, expect, it } from 'vitest';
import { applyPendingDefaults, applyPendingLists, applyPendingMappings, configureSnapshot, restoreConfigure } from '../../lib/configure/draft';
import { loadLists } from '../../lib/configure/list-model';
import { loadMappings } from '../../lib/configure/mapping-actions';
import { createConfigureModels, watchSaves } from '../../lib/configure/models';
import { backStep, markOf, nextStep, skipStep } from '../../lib/configure/steps';
import type { DefaultsClient, ErpSyncDefaultValue } from '../../lib/crm/defaults';
import type { ErpConnectionListMappingContainer, ListMappingClient } from '../../lib/crm/list-mapping';
import type { ErpFieldMapping, ErpSyncActorTypeMapping, MappingClient } from '../../lib/crm/mapping';
import { TENANT, setup } from '../fixtures/drafts/helpers';

const ok = <T,>(value: T) => ({ ok: true as const, value });
const row = (over: Partial<ErpFieldMapping>): ErpFieldMapping => ({
  ErpFieldId: 0, CrmFieldKey: '', CrmDisplayName: '', CrmDisplayTooltip: '', ErpFieldKey: 'X', FieldType: 'Text', ErpDisplayName: '', ErpDisplayTooltip: '',
  SyncToCrm: false, SyncToErp: false, ShowInGui: false, ShowInSearch: false, AlreadyMapped: false, MissingInERP: false, MissingInCRM: false, Access: 'Normal', ListReference: '', ...over,
});
const customer: ErpSyncActorTypeMapping = {
  ErpConnectionId: 7, IsActive: false, ActorTypeErp: 'Customer', ActorTypeCrm: 'Contact',
  FieldMappings: [row({ ErpFieldId: 1, ErpFieldKey: 'NAME', CrmFieldKey: 'NAME', ErpDisplayName: 'Customer name', Access: 'Mandatory' }), row({ ErpFieldId: 2, ErpFieldKey: 'Telefon', ErpDisplayName: 'Phone' })],
};
const notFound = { ok: false as const, error: { kind: 'not-found' as const, status: 200, message: { en: 'none', no: 'ingen' }, detail: null, endpoint: 'x' } };
const mappingPort = { getActorTypeMapping: async (_id: number, t: string) => (t === 'Customer' ? ok(structuredClone(customer)) : notFound) } as unknown as MappingClient;
const item = (Id: number, Name: string) => ({ Id, Name, Deleted: false });
const lists: ErpConnectionListMappingContainer = {
  ErpConnectionId: 7, ErpConnectionName: 'x',
  ErpListItemMappings: [{ ErpFieldId: 30, ErpListName: 'cats', ErpActorTypeName: 'Customer', CrmList: { ...item(1, 'Category'), ChildItems: [item(1, 'Kunde'), item(2, 'Prospekt')] },
    ErpCrmListItemMappings: [{ ErpListItemId: 'A', ErpListItemName: 'Kunde', CrmListItem: item(1, 'Kunde') }, { ErpListItemId: 'P', ErpListItemName: 'Prospekt', CrmListItem: null }] }],
};
const listPort = { getListMappings: async () => ok(structuredClone(lists)) } as unknown as ListMappingClient;
const held: ErpSyncDefaultValue = { ErpFieldId: 2, ErpFieldKey: 'Telefon', HasFirstSyncDefaultValue: false, FirstSyncDefaultValue: '', PromptUser: false, Mandatory: false } as ErpSyncDefaultValue;
const defaultsPort = { getDefault: async () => ok({ ...held }) } as unknown as DefaultsClient;

async function loaded() {
  const m = createConfigureModels(7);
  await loadMappings(m.mappings, mappingPort);
  await loadLists(m.lists, listPort);
  return m;
}

describe('configuration stepper', () => {
  it('moves with Next/Back within the six steps; Skip marks the step and goes on; a save turns skipped into saved', async () => {
    const m = await loaded();
    const stop = watchSaves(m);
    backStep(m.flow);
    expect(m.flow.current.value).toBe(0);
    skipStep(m.flow);
    expect(m.flow.current.value).toBe(1);
    expect(markOf(m.flow, 'mappings', [])).toBe('skipped');
    for (let i = 0; i < 9; i++) nextStep(m.flow);
    expect(m.flow.current.value).toBe(5);
    m.mappings.actors.value[0]!.save.value = { state: 'saved' };
    expect(markOf(m.flow, 'mappings', [])).toBe('saved');
    expect(m.flow.skipped.value).toEqual([]);
    expect(markOf(m.flow, 'mappings', [{ kind: 'mandatory-no-direction', step: 'mappings', actor: 'Customer', field: 'NAME', fieldName: 'Customer name' }])).toBe('attention');
    expect(markOf(m.flow, 'lists', [])).toBe('todo');
    stop();
  });
});

describe('configuration in the draft', () => {
  it('keeps only the choices that differ from what the CRM answered, and lays them back on a fresh read', async () => {
    const m = await loaded();
    expect(configureSnapshot(m)).toEqual({ erpConnectionId: 7, step: 0, saved: [], skipped: [], mappings: [], lists: [], defaults: [] });
    const [name, phone] = m.mappings.actors.value[0]!.rows;
    phone!.crmFieldKey.value = 'PHONE';
    phone!.direction.value = 'to-crm';
    name!.showInSearch.value = true;
    m.mappings.actors.value[0]!.enabled.value = true;
    m.lists.lists.value[0]!.choice.value = { A: '1', P: '2' };
    const d = m.defaults.value.Customer!;
    d.current.value = { ...held };
    d.setValue.value = true;
    d.value.value = 'P';
    skipStep(m.flow);
    nextStep(m.flow);
    const snap = configureSnapshot(m);
    expect(snap).toEqual({
      erpConnectionId: 7, step: 2, saved: [], skipped: ['mappings'],
      mappings: [{ actor: 'Customer', enabled: true, rows: [
        { key: 'NAME', crmFieldKey: 'NAME', direction: 'none', showInSearch: true, showInGui: false },
        { key: 'Telefon', crmFieldKey: 'PHONE', direction: 'to-crm', showInSearch: false, showInGui: false },
      ] }],
      lists: [{ erpFieldId: 30, items: { P: '2' } }],
      defaults: [{ actor: 'Customer', erpFieldId: 2, setValue: true, value: 'P', ask: false, mandatory: false }],
    });

    // A reload: new models, the draft's copy first, the CRM read after.
    const again = createConfigureModels(7);
    restoreConfigure(again, JSON.parse(JSON.stringify(snap)));
    expect(again.flow.current.value).toBe(2);
    // Until the CRM answers, the draft keeps what it had: nothing is lost by a second reload.
    expect(configureSnapshot(again)).toEqual(snap);
    await loadMappings(again.mappings, mappingPort);
    applyPendingMappings(again);
    await loadLists(again.lists, listPort);
    applyPendingLists(again);
    await applyPendingDefaults(again, defaultsPort);
    const rows = again.mappings.actors.value[0]!.rows;
    expect(rows[1]!.crmFieldKey.value).toBe('PHONE');
    expect(rows[1]!.direction.value).toBe('to-crm');
    expect(rows[1]!.suggestion.value).toBeNull();
    expect(again.mappings.actors.value[0]!.enabled.value).toBe(true);
    expect(again.lists.lists.value[0]!.choice.value).toEqual({ A: '1', P: '2' });
    expect(again.defaults.value.Customer!.value.value).toBe('P');
    expect(configureSnapshot(again)).toEqual(snap);
  });

  it('ignores the configuration of another connection', () => {
    const m = createConfigureModels(8);
    restoreConfigure(m, { erpConnectionId: 7, step: 4, saved: [], skipped: [], mappings: [], lists: [], defaults: [] });
    expect(m.flow.current.value).toBe(0);
  });

  it('is one optional field of the draft: saved through a patch, refused when out of bounds', async () => {
    const { store } = setup();
    const created = await store.create(TENANT, { name: 'A' });
    if (!created.ok) throw new Error('not created');
    expect('configure' in created.draft).toBe(false);
    const configure = { erpConnectionId: 7, step: 3, saved: ['mappings'], skipped: ['lists'], mappings: [], lists: [{ erpFieldId: 30, items: { P: '2' } }], defaults: [] };
    const saved = await store.save(created.draft.id, { configure }, created.draft.revision);
    expect(saved.ok && saved.draft.configure).toEqual(configure);
    const bad = await store.save(created.draft.id, { configure: { ...configure, step: 6 } }, created.draft.revision + 1);
    expect(bad.ok).toBe(false);
    const unsafe = await store.save(created.draft.id, { configure: { ...configure, lists: [{ erpFieldId: 30, items: JSON.parse('{"__proto__":"1"}') }] } }, created.draft.revision + 1);
    expect(unsafe.ok).toBe(false);
    const opened = await store.get(created.draft.id);
    expect(opened.ok && opened.draft.configure?.step).toBe(3);
  });
});
