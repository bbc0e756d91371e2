// What the wizard needs from the world, as narrow interfaces: the CRM (same-origin REST with the
// consultant's session), the background (connector calls), and the draft store. The panel wires
// real implementations; tests pass their own.
import type { ApplyPlan } from '../crm/apply';
import type { ExistingCrm } from '../existing/ports';
import type { ConfigField, ConnectorContract, ContractOverride, DecodedFields, ListPage, Outcome } from '../protocol';

export interface Plain {
  en: string;
  no: string;
}
export interface PortError {
  kind: string;
  message: Plain;
  /** Set when applying created the connector before failing: a retry reuses it. */
  erpConnectorId?: number;
  /** Set when the connection was saved before failing: a retry of the same draft updates it. */
  erpConnectionId?: number;
  /** The CRM's own words (`Message`/`ErrorMessage` and its details), shown behind a disclosure. */
  crm?: { message: string; detail: string | null };
}
export type Res<T> = { ok: true; value: T } | { ok: false; error: PortError };

export interface CrmConnector {
  id: number;
  name: string;
  url: string;
}
export interface CrmConnection {
  id: number;
  name: string;
  connectorId: number;
}
export interface CrmUser {
  associateId: number;
  name: string;
}
export interface CrmGroup {
  id: number;
  name: string;
}
/** What OK writes to the CRM: the same plan the ErpSync client applies. */
export type { ApplyPlan };

export interface Applied {
  erpConnectorId: number;
  erpConnectionId: number;
  /** Read back, but not comparable: `ConfigFields.<key>` of Password fields the CRM masks. */
  notCompared?: string[];
}

export interface WizardCrm {
  connectors(): Promise<Res<CrmConnector[]>>;
  connections(): Promise<Res<CrmConnection[]>>;
  /** `complete` false: the tenant has more users than one list holds (the picker then searches the CRM). */
  users(): Promise<Res<{ users: CrmUser[]; complete: boolean }>>;
  groups(): Promise<Res<CrmGroup[]>>;
  addConnector(name: string, url: string): Promise<Res<CrmConnector>>;
  configurationFields(connectorId: number): Promise<Res<ConfigField[]>>;
  testConnectorUrl(url: string): Promise<Res<boolean>>;
  testConfig(connectorId: number, configFields: Record<string, string>): Promise<Res<boolean>>;
  apply(plan: ApplyPlan): Promise<Res<Applied>>;
  /** CanDeleteErpSyncConnectorEntity: `NoError`, `ErrorConnectorHasConnections` or `ErrorNotFound`. */
  canDeleteConnector?(id: number): Promise<Res<'NoError' | 'ErrorConnectorHasConnections' | 'ErrorNotFound'>>;
  deleteConnector?(id: number): Promise<Res<null>>;
  /** Issue 17: what the existing-connections views need (lib/existing/ports.ts). */
  existing?: ExistingCrm;
  /** Users whose full name contains `text`, searched by the CRM (for tenants too large to list). */
  searchUsers?(text: string): Promise<Res<CrmUser[]>>;
}

export interface WizardBackground {
  ping(): Promise<Res<{ version: string }>>;
  access(url: string): Promise<Res<{ host: string; granted: boolean }>>;
  requestAccess(url: string): Promise<Res<{ opened: boolean }>>;
  /** `loadId` names the load for list(): its lists are asked for when their fields are shown. */
  fields(requestId: string, url: string, contract?: ContractOverride): Promise<Res<{ fields: Outcome<DecodedFields>; loadId: string | null; contract?: ConnectorContract }>>;
  list(requestId: string, loadId: string, listName: string): Promise<Res<{ list: Outcome<ListPage> }>>;
  test(requestId: string, url: string, connectionInfo: Record<string, string>, contract?: ContractOverride): Promise<Res<Outcome<null> & { contract?: ConnectorContract }>>;
  cancel(requestId: string): Promise<void>;
}
