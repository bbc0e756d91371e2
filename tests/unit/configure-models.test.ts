// lib/configure models with ports that keep what they are sent: list mapping (suggest, duplicate
// blocks save, read-back), field order (each move read back), priority, defaults (documented rules).
import { describe, expect, it } from 'vitest';
import { createDefaults, defaultProblem, pickField, saveDefault } from '../../lib/configure/defaults-model';
import { createListsModel, duplicatesOf, loadLists, saveList, suggestItems } from '../../lib/configure/list-model';
import { createPriority, fieldOrderFrom, moveField, savePriority } from '../../lib/configure/order-model';
import type { DefaultsClient, ErpSyncDefaultValue } from '../../lib/crm/defaults';
import type { ErpConnectionListMappingContainer, ListMappingClient } from '../../lib/crm/list-mapping';
import type { ErpFieldMapping, MappingClient } from '../../lib/crm/mapping';
import type { OrderClient } from '../../lib/crm/order';

const ok = <T,>(value: T) => ({ ok: true as const, value });
const item = (Id: number, Name: string) => ({ Id, Name, Deleted: false });

describe('list model', () => {
  it('suggests by text, blocks a duplicate, saves and reads back', async () => {
    let held: ErpConnectionListMappingContainer = {
      ErpConnectionId: 3, ErpConnectionName: 'x',
      ErpListItemMappings: [{ ErpFieldId: 30005, ErpListName: 'cats', ErpActorTypeName: 'Customer', CrmList: { ...item(1, 'Category'), ChildItems: [item(1, 'Kunde'), item(2, 'Prospekt')] },
        ErpCrmListItemMappings: [{ ErpListItemId: 'A', ErpListItemName: 'Kunde', CrmListItem: null }, { ErpListItemId: 'P', ErpListItemName: 'prospekt', CrmListItem: null }, { ErpListItemId: 'X', ErpListItemName: 'Utgått', CrmListItem: null }] }],
    };
    const sent: ErpConnectionListMappingContainer[] = [];
    const port: ListMappingClient = {
      getListMappings: async () => ok(structuredClone(held)),
      saveListMappings: async (c) => {
        sent.push(structuredClone(c));
        held = { ...held, ErpListItemMappings: held.ErpListItemMappings.map((l) => c.ErpListItemMappings.find((x) => x.ErpFieldId === l.ErpFieldId) ?? l) };
        return ok(structuredClone(held));
      },
    };
    const model = createListsModel(3);
    await loadLists(model, port);
    const l = model.lists.value[0]!;
    suggestItems(l);
    expect(l.choice.value).toEqual({ A: '1', P: '2', X: '' });
    l.choice.value = { ...l.choice.value, X: '1' };
    expect([...duplicatesOf(l)].sort()).toEqual(['A', 'X']);
    await saveList(model, l, port);
    expect(sent).toHaveLength(0);
    l.choice.value = { ...l.choice.value, X: '' };
    await saveList(model, l, port);
    expect(sent[0]?.ErpListItemMappings[0]?.ErpCrmListItemMappings.map((i) => i.CrmListItem?.Id ?? null)).toEqual([1, 2, null]);
    expect(l.save.value).toEqual({ state: 'saved' });
    // Read again (an actor's mapping saved): a choice not yet saved stays; saved ones are the CRM's.
    l.choice.value = { ...l.choice.value, X: '2', P: '' };
    held.ErpListItemMappings[0]!.ErpCrmListItemMappings[0]!.CrmListItem = item(2, 'Prospekt');
    await loadLists(model, port);
    expect(model.lists.value[0]?.choice.value).toEqual({ A: '2', P: '', X: '2' });
    // A CRM item gone meanwhile is not kept as a choice.
    model.lists.value[0]!.choice.value = { ...model.lists.value[0]!.choice.value, X: '9' };
    await loadLists(model, port);
    expect(model.lists.value[0]?.choice.value.X).toBe('');
  });
});

describe('order model', () => {
  const row = (key: string, id: number) => ({ ErpFieldId: id, ErpFieldKey: key, ErpDisplayName: key }) as ErpFieldMapping;
  it('sends the move and shows the order the CRM answers; a different answer is named', async () => {
    const rows = [row('A', 1), row('B', 2), row('C', 3)];
    const moves: unknown[] = [];
    let obey = true;
    const mappings = { getActorTypeMapping: async () => ok({ ErpConnectionId: 1, IsActive: false, ActorTypeErp: 'Customer', ActorTypeCrm: 'Contact', FieldMappings: rows }) } as unknown as MappingClient;
    const o = fieldOrderFrom('Customer', rows);
    const moveOnServer = (from: number, to: number) => {
      if (!obey) return;
      const [x] = rows.splice(from, 1);
      rows.splice(to, 0, x!);
    };
    // The CRM moves the third field up one place (what the first call asks), only while `obey`.
    const order = { moveErpFieldItem: async (...a: unknown[]) => (moves.push(a), moveOnServer(2, 1), ok(null)), saveSyncPriorities: async (ids: number[]) => ok(ids.length === 2) } as OrderClient;
    await moveField(o, 1, 2, -1, order, mappings);
    expect(moves).toEqual([[1, 'Customer', 3, -1]]);
    expect(o.items.value.map((x) => x.key)).toEqual(['A', 'C', 'B']);
    expect(o.status.value).toEqual({ state: 'saved' });
    obey = false;
    await moveField(o, 1, 0, 1, order, mappings);
    expect(o.status.value).toEqual({ state: 'differs', fields: ['A'] });

    const p = createPriority();
    p.items.value = [{ id: 2, key: '2', name: 'b' }, { id: 1, key: '1', name: 'a' }];
    await savePriority(p, order);
    expect(p.status.value).toEqual({ state: 'saved' });
    p.items.value = [{ id: 2, key: '2', name: 'b' }];
    await savePriority(p, order);
    expect(p.status.value).toEqual({ state: 'refused' });
  });
});

describe('defaults model', () => {
  it('holds the documented rules before sending, then saves and reads back', async () => {
    let held: ErpSyncDefaultValue = { ErpFieldId: 7, DefaultValue: '', HasFirstSyncDefaultValue: false, FirstSyncDefaultValue: '', PromptUser: false, Mandatory: false, ErpFieldKey: 'CATEGORY', FieldType: 'List', ListName: 'cats', Access: 'Normal' };
    const sent: ErpSyncDefaultValue[] = [];
    const port: DefaultsClient = { getDefault: async () => ok({ ...held }), saveDefault: async (v) => (sent.push(v), (held = { ...v }), ok({ ...held })) };
    const ui = createDefaults('Customer');
    await pickField(ui, 7, port);
    ui.mandatory.value = true;
    expect(defaultProblem(ui)).toBe('mandatory-alone');
    ui.setValue.value = true;
    expect(defaultProblem(ui)).toBe('no-value');
    await saveDefault(ui, port);
    expect(sent).toHaveLength(0);
    ui.value.value = 'P';
    await saveDefault(ui, port);
    expect(sent[0]).toMatchObject({ HasFirstSyncDefaultValue: true, FirstSyncDefaultValue: 'P', Mandatory: true, PromptUser: false });
    expect(ui.status.value).toEqual({ state: 'saved' });
  });

  it('arrowing through the field list: the last field picked is shown, whatever order the CRM answers in', async () => {
    const answers = new Map<number, (v: ErpSyncDefaultValue) => void>();
    const info = (id: number, key: string): ErpSyncDefaultValue => ({ ErpFieldId: id, DefaultValue: '', HasFirstSyncDefaultValue: false, FirstSyncDefaultValue: '', PromptUser: false, Mandatory: false, ErpFieldKey: key, FieldType: 'Text', ListName: '', Access: 'Normal' });
    const port: DefaultsClient = { getDefault: (id) => new Promise((r) => answers.set(id, (v) => r(ok(v)))), saveDefault: async (v) => ok(v) };
    const ui = createDefaults('Customer');
    const first = pickField(ui, 1, port);
    const last = pickField(ui, 5, port);
    answers.get(5)?.(info(5, 'CATEGORY'));
    await last;
    answers.get(1)?.(info(1, 'NAME'));
    await first;
    expect(ui.current.value?.ErpFieldKey).toBe('CATEGORY');
    expect(ui.status.value).toEqual({ state: 'idle' });
  });
});
