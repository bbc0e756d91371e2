// One configuration per saved connection, kept while the panel lives (leaving and re-entering
// the steps keeps the choices): the CRM-backed models of each step, the stepper, and what a
// draft brought back that is not applied yet (it waits for the CRM's answers to apply to).
import { computed, effect, type ReadonlySignal } from '@preact/signals';
import type { ConfigureDraft } from '../drafts/schema';
import { createDefaults, type DefaultsUi } from './defaults-model';
import { createListsModel, type ListsModel } from './list-model';
import { createMappingModel, type MappingModel } from './mapping-model';
import { createPriority, fieldOrderFrom, type FieldOrderUi, type PriorityUi } from './order-model';
import { createFlow, markSaved, type ConfigureFlow } from './steps';

export interface ConfigureModels {
  mappings: MappingModel;
  lists: ListsModel;
  priority: PriorityUi;
  flow: ConfigureFlow;
  /** Per ERP actor, once the mappings are read. */
  defaults: ReadonlySignal<Record<string, DefaultsUi>>;
  /** Per ERP actor; built again from what the CRM holds after a mapping is saved. */
  orders: ReadonlySignal<Record<string, FieldOrderUi>>;
  /** Choices from the draft still waiting for the CRM's answers (parts set to null once applied). */
  pending: { mappings: ConfigureDraft['mappings'] | null; lists: ConfigureDraft['lists'] | null; defaults: ConfigureDraft['defaults'] | null };
}

export function createConfigureModels(erpConnectionId: number): ConfigureModels {
  const mappings = createMappingModel(erpConnectionId);
  const defaults = computed(() => Object.fromEntries(mappings.actors.value.map((a) => [a.read.ActorTypeErp, createDefaults(a.read.ActorTypeErp)])));
  const orders = computed(() => {
    void mappings.savedCount.value;
    return Object.fromEntries(mappings.actors.value.map((a) => [a.read.ActorTypeErp, fieldOrderFrom(a.read.ActorTypeErp, a.read.FieldMappings)]));
  });
  return { mappings, lists: createListsModel(erpConnectionId), priority: createPriority(), flow: createFlow(), defaults, orders, pending: { mappings: null, lists: null, defaults: null } };
}

/** Each step that saved something to the CRM (and read it back the same) is marked saved. */
export function watchSaves(m: ConfigureModels): () => void {
  return effect(() => {
    const f = m.flow;
    if (m.mappings.actors.value.some((a) => a.save.value.state === 'saved')) markSaved(f, 'mappings');
    if (m.lists.lists.value.some((l) => l.save.value.state === 'saved')) markSaved(f, 'lists');
    if (Object.values(m.defaults.value).some((d) => d.status.value.state === 'saved')) markSaved(f, 'defaults');
    if (Object.values(m.orders.value).some((o) => o.status.value.state === 'saved')) markSaved(f, 'order');
    if (m.priority.status.value.state === 'saved') markSaved(f, 'priority');
    if (m.mappings.activation.value.state === 'active') markSaved(f, 'active');
  });
}

const models = new Map<number, ConfigureModels>();

export function configureModelsFor(erpConnectionId: number): ConfigureModels {
  let m = models.get(erpConnectionId);
  if (!m) models.set(erpConnectionId, (m = createConfigureModels(erpConnectionId)));
  return m;
}
