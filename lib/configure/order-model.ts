// Field order on the ERP tab (per actor) and sync priority (among connections): moved with up/down
// as the native dialogs do, each move sent to the CRM and read back.
import { signal, type Signal } from '@preact/signals';
import type { ErpFieldMapping, MappingClient } from '../crm/mapping';
import type { OrderClient } from '../crm/order';
import type { SaveStatus } from './mapping-model';
import { move } from './order';

export interface OrderItem {
  id: number;
  key: string;
  name: string;
}

export interface FieldOrderUi {
  actor: string;
  items: Signal<OrderItem[]>;
  status: Signal<SaveStatus>;
}

const itemsOf = (rows: readonly ErpFieldMapping[]): OrderItem[] => rows.map((r) => ({ id: r.ErpFieldId, key: r.ErpFieldKey, name: r.ErpDisplayName || r.ErpFieldKey }));

export function fieldOrderFrom(actor: string, rows: readonly ErpFieldMapping[]): FieldOrderUi {
  return { actor, items: signal(itemsOf(rows)), status: signal<SaveStatus>({ state: 'idle' }) };
}

export async function moveField(o: FieldOrderUi, erpConnectionId: number, index: number, delta: -1 | 1, order: OrderClient, mappings: MappingClient): Promise<void> {
  const item = o.items.value[index];
  if (!item) return;
  const expected = move(o.items.value, index, delta).map((x) => x.key);
  o.status.value = { state: 'saving' };
  const r = await order.moveErpFieldItem(erpConnectionId, o.actor, item.id, delta);
  if (!r.ok) {
    o.status.value = { state: 'failed', message: r.error.message, ...(r.error.crm ? { crm: r.error.crm } : {}) };
    return;
  }
  const back = await mappings.getActorTypeMapping(erpConnectionId, o.actor);
  if (!back.ok) {
    o.status.value = { state: 'failed', message: back.error.message };
    return;
  }
  o.items.value = itemsOf(back.value.FieldMappings);
  const got = o.items.value.map((x) => x.key);
  o.status.value = got.join('\n') === expected.join('\n') ? { state: 'saved' } : { state: 'differs', fields: [item.name] };
}

export interface PriorityUi {
  items: Signal<OrderItem[]>;
  status: Signal<SaveStatus | { state: 'refused' }>;
}

export function createPriority(): PriorityUi {
  return { items: signal<OrderItem[]>([]), status: signal({ state: 'idle' }) };
}

export async function savePriority(p: PriorityUi, order: OrderClient): Promise<void> {
  p.status.value = { state: 'saving' };
  const r = await order.saveSyncPriorities(p.items.value.map((x) => x.id));
  if (!r.ok) p.status.value = { state: 'failed', message: r.error.message, ...(r.error.crm ? { crm: r.error.crm } : {}) };
  else p.status.value = r.value ? { state: 'saved' } : { state: 'refused' };
}
