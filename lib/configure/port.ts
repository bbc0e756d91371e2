// The configuration steps' CRM client on the CRM's page (same origin, the consultant's session),
// and one model per saved connection so leaving and re-entering the step keeps the choices.
import { createMappingClient, type MappingClient } from '../crm/mapping';
import { discoverCrmSession } from '../crm/session';
import type { Lang } from '../i18n/lang';
import { createMappingModel, type MappingModel } from './mapping-model';

export function mappingPortForPage(doc: Document, lang: Lang): MappingClient | null {
  const session = discoverCrmSession(doc);
  return session.ok ? createMappingClient({ apiBase: session.location.apiBase, xsrfToken: session.xsrfToken, lang }) : null;
}

const models = new Map<number, MappingModel>();

export function mappingModelFor(erpConnectionId: number): MappingModel {
  let m = models.get(erpConnectionId);
  if (!m) models.set(erpConnectionId, (m = createMappingModel(erpConnectionId)));
  return m;
}
