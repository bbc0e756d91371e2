// The configuration steps' CRM clients, and one model per saved connection so leaving and
// re-entering the step keeps the choices. On the CRM's page the clients use the page's session;
// a panel elsewhere (the extension-origin frame) registers its own client options once, e.g. the
// relayed fetch (setConfigureCrmOptions), and those win.
import { createCrmClient, type CrmClient, type CrmClientOptions } from '../crm/agent';
import { createDefaultsClient, type DefaultsClient } from '../crm/defaults';
import { createListMappingClient, type ListMappingClient } from '../crm/list-mapping';
import { createOrderClient, type OrderClient } from '../crm/order';
import { createMappingClient, type MappingClient } from '../crm/mapping';
import { discoverCrmSession } from '../crm/session';
import type { Lang } from '../i18n/lang';
import { configureModelsFor } from './models';

export interface ConfigurePorts {
  mappings: MappingClient;
  lists: ListMappingClient;
  order: OrderClient;
  crm: CrmClient;
  defaults: DefaultsClient;
}

export function configurePortsFrom(opts: CrmClientOptions): ConfigurePorts {
  return { mappings: createMappingClient(opts), lists: createListMappingClient(opts), order: createOrderClient(opts), crm: createCrmClient(opts), defaults: createDefaultsClient(opts) };
}

let registered: ((lang: Lang) => CrmClientOptions) | null = null;

/** For a panel that is not on the CRM's page: how to reach the CRM (called once at start). */
export function setConfigureCrmOptions(options: (lang: Lang) => CrmClientOptions): void {
  registered = options;
}

export function mappingPortForPage(doc: Document, lang: Lang): ConfigurePorts | null {
  if (registered) return configurePortsFrom(registered(lang));
  const session = discoverCrmSession(doc);
  if (!session.ok) return null;
  return configurePortsFrom({ apiBase: session.location.apiBase, xsrfToken: session.xsrfToken, lang });
}

/** One configuration per saved connection (./models.ts). */
export const mappingModelFor = configureModelsFor;
