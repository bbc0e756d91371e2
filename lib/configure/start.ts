// Reading what the configuration steps need from the CRM once (the mappings, then the list
// mappings that depend on them) and laying a draft's unsaved choices on the answers.
import { applyPendingDefaults, applyPendingLists, applyPendingMappings } from './draft';
import type { ListMappingClient } from '../crm/list-mapping';
import { loadLists, type ListsModel } from './list-model';
import { loadMappings } from './mapping-actions';
import type { ConfigureModels } from './models';
import type { ConfigurePorts } from './port';

export async function startConfigure(m: ConfigureModels, ports: ConfigurePorts): Promise<void> {
  if (m.mappings.load.value.state === 'idle') await loadMappings(m.mappings, ports.mappings);
  if (m.mappings.load.value.state !== 'loaded') return;
  applyPendingMappings(m);
  await listsFor(m.lists, m.mappings.savedCount.value, ports.lists);
  applyPendingLists(m);
  await applyPendingDefaults(m, ports.defaults);
}

/** The list mappings, read again when an actor's mapping was saved since they were last read. */
export async function listsFor(lists: ListsModel, saves: number, port: ListMappingClient): Promise<void> {
  if (lists.load.value.state !== 'idle' && lists.seenSaves === saves) return;
  lists.seenSaves = saves;
  await loadLists(lists, port);
}
