// @vitest-environment node
// Field mappings through the CRM's agent against the stand-in (its connector answering
// WSGetSupportedActorTypeFields): automatic mapping without direction, save and read back,
// refusals, and activation refused while a mandatory field has no direction.
import { describe, expect, it } from 'vitest';
import { applyToCrm, createCrmClient, createDefaultsClient, createListMappingClient, createMappingClient, createOrderClient, type CrmClientOptions, type CrmResult } from '../../lib/crm';
import type { CrmState, Standin } from '../../standin/index';
import { useStandin } from '../../standin/testing';

let s: Standin;
const FINANCE_OK = { companyDb: 'DEMO', username: 'demo', password: 'demo123', department: '300', useVat: '[I:1]', pageSize: '[I:50]' };

useStandin((started) => (s = started), { resetData: true });

async function options(lang: 'en' | 'no' = 'en'): Promise<CrmClientOptions> {
  const page = await fetch(s.adminUrl('en', 'Cust12345'));
  const pairs = page.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const xsrf = pairs.find((p) => p.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length) ?? '';
  const cookie = pairs.join('; ');
  return { apiBase: `${s.crmOrigin}/Cust12345/api/v1/`, lang, xsrfToken: decodeURIComponent(xsrf), fetch: (i, init) => fetch(i, { ...init, headers: { ...(init?.headers as Record<string, string>), Cookie: cookie } }) };
}

function value<T>(r: CrmResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.kind}: ${r.error.detail ?? ''}`);
  return r.value;
}

async function savedConnection(lang: 'en' | 'no' = 'en') {
  const opts = await options(lang);
  const r = await applyToCrm(createCrmClient(opts), {
    connector: { mode: 'new', name: 'Demo Finance', url: s.connectorUrl('finance') },
    connection: { name: 'Regnskap', description: '', allAccess: true, associateIds: [], groupIds: [], configFields: FINANCE_OK },
  });
  if (!r.ok) throw new Error('apply failed');
  return { id: r.erpConnectionId, m: createMappingClient(opts), l: createListMappingClient(opts), o: createOrderClient(opts), d: createDefaultsClient(opts) };
}

async function stored() {
  return ((await (await fetch(`${s.crmOrigin}/__standin/state`)).json()) as CrmState).tenants.Cust12345;
}

describe('GetActorTypeMapping / SaveActorTypeMapping', () => {
  it('answers the connector fields, auto-mapped by key without a direction, in the documented shape', async () => {
    const { id, m } = await savedConnection('no');
    const got = value(await m.getActorTypeMapping(id, 'Customer'));
    expect(got).toMatchObject({ ErpConnectionId: id, IsActive: false, ActorTypeErp: 'Customer', ActorTypeCrm: 'Contact' });
    expect(got.FieldMappings.map((f) => [f.ErpFieldKey, f.CrmFieldKey, f.SyncToCrm, f.SyncToErp])).toEqual([
      ['NAME', 'NAME', false, false],
      ['NUMBER1', 'NUMBER1', false, false],
      ['EMAIL', 'EMAIL', false, false],
      ['Telefon', '', false, false],
      ['CATEGORY', 'CATEGORY', false, false],
      ['CREDITLIMIT', '', false, false],
    ]);
    const name = got.FieldMappings[0];
    expect(name).toMatchObject({ Access: 'Mandatory', ErpDisplayName: 'Kundenavn', FieldType: 'Text', AlreadyMapped: true });
    expect(got.FieldMappings[4]).toMatchObject({ FieldType: 'List', ListReference: 'customerCategories' });
  });

  it('saves directions and flags, and reads them back; refuses a direction without a SuperOffice field', async () => {
    const { id, m } = await savedConnection();
    const got = value(await m.getActorTypeMapping(id, 'Supplier'));
    const rows = got.FieldMappings.map((f) => (f.ErpFieldKey === 'Navn' ? { ...f, CrmFieldKey: 'NAME', SyncToCrm: true, ShowInSearch: true } : f));
    const saved = value(await m.saveActorTypeMapping({ ...got, IsActive: true, FieldMappings: rows }));
    expect(saved.IsActive).toBe(true);
    expect(saved.FieldMappings.find((f) => f.ErpFieldKey === 'Navn')).toMatchObject({ CrmFieldKey: 'NAME', CrmDisplayName: 'Name', SyncToCrm: true, SyncToErp: false, ShowInSearch: true });
    const again = value(await m.getActorTypeMapping(id, 'Supplier'));
    expect(again.FieldMappings).toEqual(saved.FieldMappings);
    expect((await stored())?.mappings?.[`${id}/Supplier`]?.fields.find((f) => f.ErpFieldKey === 'Navn')).toMatchObject({ CrmFieldKey: 'NAME', SyncToCrm: true });

    const bad = await m.saveActorTypeMapping({ ...got, FieldMappings: got.FieldMappings.map((f) => (f.ErpFieldKey === 'URL' ? { ...f, CrmFieldKey: '', SyncToErp: true } : f)) });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.crm?.detail).toContain("'URL' has a direction but no SuperOffice field");
    const unknown = await m.saveActorTypeMapping({ ...got, FieldMappings: [{ ...got.FieldMappings[0]!, CrmFieldKey: 'NOSUCHFIELD' }] });
    expect(unknown.ok).toBe(false);
  });

  it('an actor type the connector does not support is nothing to return', async () => {
    const { id, m } = await savedConnection();
    const r = await m.getActorTypeMapping(id, 'Invoice');
    expect(r.ok ? null : r.error.kind).toBe('not-found');
  });
});

describe('activation', () => {
  it('is refused, with the field named, while an enabled mapping has a mandatory field without direction', async () => {
    const { id, m } = await savedConnection('no');
    const got = value(await m.getActorTypeMapping(id, 'Customer'));
    value(await m.saveActorTypeMapping({ ...got, IsActive: true }));
    expect(value(await m.toggleActive(id))).toEqual(['Det obligatoriske feltet NAME (Customer) har ingen synkroniseringsretning.']);
    expect((await stored())?.connections[0]?.Active).toBe(false);

    const fixed = got.FieldMappings.map((f) => (f.ErpFieldKey === 'NAME' ? { ...f, SyncToCrm: true, SyncToErp: true } : f));
    value(await m.saveActorTypeMapping({ ...got, IsActive: true, FieldMappings: fixed }));
    expect(value(await m.toggleActive(id))).toEqual([]);
    expect((await stored())?.connections[0]?.Active).toBe(true);
  });
});

describe('GetConnectionListMappings / SaveConnectionListMappings', () => {
  it('lists the mapped list field with ERP and CRM items; saves one-to-one, refuses a duplicate', async () => {
    const { id, m, l } = await savedConnection();
    expect(value(await l.getListMappings(id)).ErpListItemMappings).toEqual([]); // nothing mapped yet
    const got = value(await m.getActorTypeMapping(id, 'Customer'));
    value(await m.saveActorTypeMapping({ ...got, IsActive: true, FieldMappings: got.FieldMappings.map((f) => (f.ErpFieldKey === 'CATEGORY' ? { ...f, SyncToCrm: true } : f)) }));
    const c = value(await l.getListMappings(id));
    expect(c).toMatchObject({ ErpConnectionId: id, ErpConnectionName: 'Regnskap' });
    const list = c.ErpListItemMappings[0];
    expect(list).toMatchObject({ ErpListName: 'customerCategories', ErpActorTypeName: 'Customer' });
    expect(list?.CrmList?.ChildItems.map((i) => i.Name)).toEqual(['Kunde', 'Prospekt', 'Leverandør', 'Partner']);
    expect(list?.ErpCrmListItemMappings.map((i) => [i.ErpListItemId, i.ErpListItemName, i.CrmListItem])).toEqual([
      ['A', 'Kunde A', null], ['B', 'Kunde B', null], ['P', 'Prospekt', null], ['X', 'Utgått', null],
    ]);
    const item = (id: number) => ({ Id: id, Name: '', Deleted: false });
    const withItems = (pick: Record<string, number>) => ({
      ...c,
      ErpListItemMappings: [{ ...list!, ErpCrmListItemMappings: list!.ErpCrmListItemMappings.map((i) => ({ ...i, CrmListItem: pick[i.ErpListItemId] ? item(pick[i.ErpListItemId]!) : null })) }],
    });
    const dup = await l.saveListMappings(withItems({ A: 1, B: 1 }));
    expect(dup.ok ? null : dup.error.crm?.detail).toBe("The ERP items 'A' and 'B' are both mapped to SuperOffice item 1");
    const saved = value(await l.saveListMappings(withItems({ A: 1, P: 2 })));
    expect(saved.ErpListItemMappings[0]?.ErpCrmListItemMappings.map((i) => i.CrmListItem?.Name ?? null)).toEqual(['Kunde', null, 'Prospekt', null]);
    expect((await stored())?.listMappings).toEqual({ [`${id}/Customer/CATEGORY`]: { A: 1, P: 2 } });
  });
});

describe('MoveErpFieldItem / SaveErpConnectionSyncPriorities', () => {
  it('moves a field down and up (204), read back in GetActorTypeMapping; refuses an unknown Direction', async () => {
    const { id, m, o } = await savedConnection();
    const got = value(await m.getActorTypeMapping(id, 'Supplier'));
    const keys = (x: typeof got) => x.FieldMappings.map((f) => f.ErpFieldKey);
    expect(keys(got)).toEqual(['Navn', 'NUMBER1', 'STDTERMS', 'URL']);
    const url = got.FieldMappings[3]!.ErpFieldId;
    expect(value(await o.moveErpFieldItem(id, 'Supplier', url, -1))).toBeNull();
    expect(keys(value(await m.getActorTypeMapping(id, 'Supplier')))).toEqual(['Navn', 'NUMBER1', 'URL', 'STDTERMS']);
    value(await o.moveErpFieldItem(id, 'Supplier', got.FieldMappings[0]!.ErpFieldId, 1));
    expect(keys(value(await m.getActorTypeMapping(id, 'Supplier')))).toEqual(['NUMBER1', 'Navn', 'URL', 'STDTERMS']);
    const bad = await o.moveErpFieldItem(id, 'Supplier', url, 2 as 1);
    expect(bad.ok).toBe(false);
  });

  it('takes a priority order of every live connection once, and answers false otherwise', async () => {
    const { o, id: first } = await savedConnection();
    const { id: second } = await savedConnection();
    expect(second).not.toBe(first);
    expect(value(await o.saveSyncPriorities([second, first]))).toBe(true);
    expect((await stored())?.syncPriority).toEqual([second, first]);
    expect(value(await o.saveSyncPriorities([first]))).toBe(false); // not every connection
    expect(value(await o.saveSyncPriorities([first, first]))).toBe(false);
    expect(value(await o.saveSyncPriorities([]))).toBe(false);
  });
});

describe('GetDefaultValueInfo / SaveDefaultValueInfo', () => {
  it('reads a field\'s default, saves set-value + mandatory, refuses mandatory alone and an empty value', async () => {
    const { id, m, d } = await savedConnection();
    const name = value(await m.getActorTypeMapping(id, 'Customer')).FieldMappings.find((f) => f.ErpFieldKey === 'CATEGORY')!;
    const got = value(await d.getDefault(name.ErpFieldId));
    expect(got).toMatchObject({ ErpFieldId: name.ErpFieldId, ErpFieldKey: 'CATEGORY', FieldType: 'List', ListName: 'customerCategories', HasFirstSyncDefaultValue: false, PromptUser: false, Mandatory: false });
    const saved = value(await d.saveDefault({ ...got, HasFirstSyncDefaultValue: true, FirstSyncDefaultValue: 'P', Mandatory: true }));
    expect(saved).toMatchObject({ HasFirstSyncDefaultValue: true, FirstSyncDefaultValue: 'P', Mandatory: true, PromptUser: false });
    expect(value(await d.getDefault(name.ErpFieldId))).toEqual(saved);
    expect((await d.saveDefault({ ...got, Mandatory: true })).ok).toBe(false);
    expect((await d.saveDefault({ ...got, HasFirstSyncDefaultValue: true, FirstSyncDefaultValue: ' ' })).ok).toBe(false);
    expect((await d.getDefault(999999)).ok ? null : 'not-found').toBe('not-found');
  });
});
