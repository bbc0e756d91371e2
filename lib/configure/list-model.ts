// The List mapping step's state and actions: per mapped list field, ERP item → CRM item (one signal
// per list; lists are short), suggested by text, duplicates flagged, saved and read back.
import { batch, signal, type Signal } from '@preact/signals';
import type { ErpConnectionListMapping, ListMappingClient } from '../crm/list-mapping';
import type { ListState } from './checks';
import { duplicates, suggestByText, type ListMapping } from './list-mapping';
import type { SaveStatus } from './mapping-model';

export interface ListUi {
  read: ErpConnectionListMapping;
  choice: Signal<ListMapping>;
  save: Signal<SaveStatus>;
}

export interface ListsModel {
  erpConnectionId: number;
  lists: Signal<ListUi[]>;
  load: Signal<{ state: 'idle' | 'loading' | 'loaded' } | { state: 'failed'; message: { en: string; no: string } }>;
  /** The mapping model's savedCount the lists were last read for (which lists exist depends on it). */
  seenSaves: number;
}

export function createListsModel(erpConnectionId: number): ListsModel {
  return { erpConnectionId, lists: signal<ListUi[]>([]), load: signal({ state: 'idle' }), seenSaves: -1 };
}

export const choiceOf = (l: ErpConnectionListMapping): ListMapping => Object.fromEntries(l.ErpCrmListItemMappings.map((i) => [i.ErpListItemId, i.CrmListItem && i.CrmListItem.Id ? String(i.CrmListItem.Id) : '']));
export const erpItemsOf = (l: ErpConnectionListMapping): Record<string, string> => Object.fromEntries(l.ErpCrmListItemMappings.map((i) => [i.ErpListItemId, i.ErpListItemName]));
export const crmItemsOf = (l: ErpConnectionListMapping): Record<string, string> => Object.fromEntries((l.CrmList?.ChildItems ?? []).filter((i) => !i.Deleted).map((i) => [String(i.Id), i.Name]));

export async function loadLists(model: ListsModel, port: ListMappingClient): Promise<void> {
  model.load.value = { state: 'loading' };
  const r = await port.getListMappings(model.erpConnectionId);
  if (!r.ok) {
    model.load.value = { state: 'failed', message: r.error.message };
    return;
  }
  const before = new Map(model.lists.value.map((l) => [l.read.ErpFieldId, l]));
  batch(() => {
    model.lists.value = r.value.ErpListItemMappings.map((read) => ({ read, choice: signal(keepUnsaved(read, before.get(read.ErpFieldId))), save: signal<SaveStatus>({ state: 'idle' }) }));
    model.load.value = { state: 'loaded' };
  });
}

/**
 * The lists are read again when an actor's mapping is saved (which lists exist depends on it): an
 * item the consultant chose and did not save yet keeps that choice, if the item and the CRM item
 * still exist; the rest is what the CRM holds now.
 */
function keepUnsaved(read: ErpConnectionListMapping, old: ListUi | undefined): ListMapping {
  const fresh = choiceOf(read);
  if (!old) return fresh;
  const was = choiceOf(old.read);
  const crm = crmItemsOf(read);
  for (const [k, v] of Object.entries(old.choice.value)) {
    if (Object.hasOwn(fresh, k) && v !== (was[k] ?? '') && (v === '' || Object.hasOwn(crm, v))) fresh[k] = v;
  }
  return fresh;
}

/** Items still at "(No selection)" get the CRM item of the same text, if one is free. */
export function suggestItems(l: ListUi): void {
  const current = l.choice.value;
  const taken = new Set(Object.values(current).filter(Boolean));
  const free = Object.fromEntries(Object.entries(crmItemsOf(l.read)).filter(([id]) => !taken.has(id)));
  const open = Object.fromEntries(Object.entries(erpItemsOf(l.read)).filter(([k]) => !current[k]));
  l.choice.value = { ...current, ...Object.fromEntries(Object.entries(suggestByText(open, free)).filter(([, v]) => v)) };
}

export function duplicatesOf(l: ListUi): Set<string> {
  return duplicates(l.choice.value);
}

export async function saveList(model: ListsModel, l: ListUi, port: ListMappingClient): Promise<void> {
  if (duplicatesOf(l).size) return;
  l.save.value = { state: 'saving' };
  const names = crmItemsOf(l.read);
  const sent: ErpConnectionListMapping = {
    ...l.read,
    ErpCrmListItemMappings: l.read.ErpCrmListItemMappings.map((i) => {
      const id = l.choice.value[i.ErpListItemId] ?? '';
      return { ...i, CrmListItem: id ? { Id: Number(id), Name: names[id] ?? '', Deleted: false } : null };
    }),
  };
  const r = await port.saveListMappings({ ErpConnectionId: model.erpConnectionId, ErpConnectionName: '', ErpListItemMappings: [sent] });
  if (!r.ok) {
    l.save.value = { state: 'failed', message: r.error.message, ...(r.error.crm ? { crm: r.error.crm } : {}) };
    return;
  }
  const back = await port.getListMappings(model.erpConnectionId);
  if (!back.ok) {
    l.save.value = { state: 'failed', message: back.error.message };
    return;
  }
  const held = back.value.ErpListItemMappings.find((x) => x.ErpFieldId === l.read.ErpFieldId);
  const got = held ? choiceOf(held) : {};
  // What the CRM holds now is what a later change is measured against (keepUnsaved).
  if (held) l.read = held;
  const diff = Object.keys(l.choice.value).filter((k) => (got[k] ?? '') !== (l.choice.value[k] ?? ''));
  l.save.value = diff.length ? { state: 'differs', fields: diff.map((k) => erpItemsOf(l.read)[k] ?? k) } : { state: 'saved' };
}

export function listStates(model: ListsModel): ListState[] {
  return model.lists.value.map((l) => ({ list: l.read.ErpListName, erpItems: erpItemsOf(l.read), mapping: l.choice.value }));
}
