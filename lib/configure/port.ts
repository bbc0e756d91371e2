// The configuration steps' CRM client on the CRM's page (same origin, the consultant's session),
// and one model per saved connection so leaving and re-entering the step keeps the choices.
import { createListMappingClient, type ListMappingClient } from '../crm/list-mapping';
import { createMappingClient, type MappingClient } from '../crm/mapping';
import { discoverCrmSession } from '../crm/session';
import type { Lang } from '../i18n/lang';
import { createListsModel, type ListsModel } from './list-model';
import { createMappingModel, type MappingModel } from './mapping-model';

export function mappingPortForPage(doc: Document, lang: Lang): { mappings: MappingClient; lists: ListMappingClient } | null {
  const session = discoverCrmSession(doc);
  if (!session.ok) return null;
  const opts = { apiBase: session.location.apiBase, xsrfToken: session.xsrfToken, lang };
  return { mappings: createMappingClient(opts), lists: createListMappingClient(opts) };
}

const models = new Map<number, { mappings: MappingModel; lists: ListsModel }>();

export function mappingModelFor(erpConnectionId: number): { mappings: MappingModel; lists: ListsModel } {
  let m = models.get(erpConnectionId);
  if (!m) models.set(erpConnectionId, (m = { mappings: createMappingModel(erpConnectionId), lists: createListsModel(erpConnectionId) }));
  return m;
}
