// The configuration steps' CRM client on the CRM's page (same origin, the consultant's session),
// and one model per saved connection so leaving and re-entering the step keeps the choices.
import { createCrmClient, type CrmClient } from '../crm/agent';
import { createDefaultsClient, type DefaultsClient } from '../crm/defaults';
import { createListMappingClient, type ListMappingClient } from '../crm/list-mapping';
import { createOrderClient, type OrderClient } from '../crm/order';
import { createMappingClient, type MappingClient } from '../crm/mapping';
import { discoverCrmSession } from '../crm/session';
import type { Lang } from '../i18n/lang';
import { createListsModel, type ListsModel } from './list-model';
import { createMappingModel, type MappingModel } from './mapping-model';
import { createPriority, type PriorityUi } from './order-model';

export function mappingPortForPage(doc: Document, lang: Lang): { mappings: MappingClient; lists: ListMappingClient; order: OrderClient; crm: CrmClient; defaults: DefaultsClient } | null {
  const session = discoverCrmSession(doc);
  if (!session.ok) return null;
  const opts = { apiBase: session.location.apiBase, xsrfToken: session.xsrfToken, lang };
  return { mappings: createMappingClient(opts), lists: createListMappingClient(opts), order: createOrderClient(opts), crm: createCrmClient(opts), defaults: createDefaultsClient(opts) };
}

type Models = { mappings: MappingModel; lists: ListsModel; priority: PriorityUi };
const models = new Map<number, Models>();

export function mappingModelFor(erpConnectionId: number): Models {
  let m = models.get(erpConnectionId);
  if (!m) models.set(erpConnectionId, (m = { mappings: createMappingModel(erpConnectionId), lists: createListsModel(erpConnectionId), priority: createPriority() }));
  return m;
}
