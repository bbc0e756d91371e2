// The CRM's data per tenant, with the REST entity field names of the ErpSync agent.
export interface ErpSyncConnectorEntity {
  ErpConnectorId: number;
  DisplayName: string;
  URL: string;
  Deleted: boolean;
}

export interface ErpConnection {
  ErpConnectionId: number;
  ErpConnectorId: number;
  DisplayName: string;
  DisplayDescription: string;
  Active: boolean;
  ConnectionId: string;
  MostRecentTimestamp: string;
  ConfigFields: Record<string, string>;
  Deleted: boolean;
  AllAccess: boolean;
  UserGroupAccessIds: number[];
  AssociateAccessIds: number[];
}

export interface TenantData {
  connectors: ErpSyncConnectorEntity[];
  connections: ErpConnection[];
  /** Actor types the connector reported at save time (ErpConnectionActorType in the real database). */
  actorTypes: Record<string, string[]>;
  nextConnectorId: number;
  nextConnectionId: number;
  /** Field mappings per `<ErpConnectionId>/<ActorTypeErp>` (agent-mapping.ts); absent in older data files. */
  mappings?: Record<string, StoredActorMapping>;
  /** ERP item key → CRM list item id per `<ErpConnectionId>/<ActorTypeErp>/<ErpFieldKey>` (agent-list-mapping.ts). */
  listMappings?: Record<string, Record<string, number>>;
  /** ErpConnectionIds, highest priority first (SaveErpConnectionSyncPriorities). */
  syncPriority?: number[];
  /** First-sync defaults per ErpFieldId (SaveDefaultValueInfo). */
  defaults?: Record<string, StoredDefault>;
}

export interface StoredDefault {
  HasFirstSyncDefaultValue: boolean;
  FirstSyncDefaultValue: string;
  PromptUser: boolean;
  Mandatory: boolean;
}

export interface StoredFieldMapping {
  ErpFieldKey: string;
  CrmFieldKey: string;
  SyncToCrm: boolean;
  SyncToErp: boolean;
  ShowInGui: boolean;
  ShowInSearch: boolean;
  /** The connector's Access was Mandatory when last read. */
  Mandatory: boolean;
}

export interface StoredActorMapping {
  IsActive: boolean;
  fields: StoredFieldMapping[];
}

export interface CrmState {
  tenants: Record<string, TenantData>;
}

export const TENANTS = ['Cust12345', 'Cust67890'] as const;

export function seedState(): CrmState {
  return {
    tenants: {
      // Empty: the wizard starts from scratch here.
      Cust12345: { connectors: [], connections: [], actorTypes: {}, nextConnectorId: 1, nextConnectionId: 1 },
      // Already has a connector from an installed app, so lists are not empty.
      Cust67890: {
        connectors: [{ ErpConnectorId: 1, DisplayName: 'Demo Finance (app)', URL: 'app://erp-sync-demo', Deleted: false }],
        connections: [],
        actorTypes: {},
        nextConnectorId: 2,
        nextConnectionId: 1,
      },
    },
  };
}

/** What the REST API adds to every carrier. */
export function carrier<T extends object>(entity: T): T & { TableRight: null; FieldProperties: Record<string, never> } {
  return { ...entity, TableRight: null, FieldProperties: {} };
}
