// The panel's client for the CRM's REST API: the ErpSync agent (POST <apiBase>Agents/ErpSync/<Name>,
// bodies as SuperOffice documents them) plus users and user groups. Every method answers a
// CrmResult; none throws.
import type { DecodedFields } from '../protocol';
import { listUserGroups, listUsers, type CrmUserGroup, type UserList, type UserQuery } from './directory';
import { CrmFieldsSchema, decodeCrmFields } from './fields';
import { DEFAULT_TIMEOUT_MS, request, type Transport } from './http';
import { ok, type CrmResult } from './result';
import {
  BoolSchema, ConfigValuesSchema, ConnectionSchema, MessagesSchema, NoContentSchema, ConnectorListSchema, ConnectorSchema, ResponseCodeSchema,
  type ConnectorListItem, type ErpConnection, type ErpSyncConnectorEntity, type ErpSyncResponseCode,
} from './schemas';
import * as z from 'zod/mini';

export interface CrmClientOptions {
  apiBase: string;
  xsrfToken: Transport['xsrfToken'];
  /** Default: the global fetch. Tests (and Node, which has no cookie jar) pass their own. */
  fetch?: typeof fetch;
  /** Language of the CRM's texts (SO-Language). Default 'en'. */
  lang?: 'en' | 'no';
  /** Default 15 s. Calls that make the CRM reach a connector may take that long. */
  timeoutMs?: number;
}

export interface CrmClient {
  readonly apiBase: string;
  getAllConnectors(): Promise<CrmResult<ConnectorListItem[]>>;
  getConnector(id: number): Promise<CrmResult<ErpSyncConnectorEntity>>;
  createDefaultConnector(): Promise<CrmResult<ErpSyncConnectorEntity>>;
  saveConnector(entity: ErpSyncConnectorEntity): Promise<CrmResult<ErpSyncConnectorEntity>>;
  /** The CRM's servers call the URL (WSGetConfigData); `NoError` means it answered. */
  testConnectorUrl(url: string): Promise<CrmResult<ErpSyncResponseCode>>;
  getAllConnections(includeDeleted?: boolean): Promise<CrmResult<ErpConnection[]>>;
  getConnection(id: number): Promise<CrmResult<ErpConnection>>;
  saveConnection(entity: ErpConnection): Promise<CrmResult<ErpConnection>>;
  /** The connector's fields through the CRM, in the protocol library's ConfigField shape. */
  getConfigurationFields(erpConnectorId: number): Promise<CrmResult<DecodedFields>>;
  /** WSTestConfigData from the CRM's servers: yes or no, never a reason. Pass `testByConfigId(…)` (test-target.ts). */
  testConnectionByConfig(erpConnectionId: number, configFields: Record<string, string>): Promise<CrmResult<boolean>>;
  testConnectionById(erpConnectionId: number): Promise<CrmResult<boolean>>;
  /** `NoError` when the connector may go (no connections), else why not. */
  canDeleteConnector(id: number): Promise<CrmResult<ErpSyncResponseCode>>;
  /** 204 No Content (the connector is marked deleted). */
  deleteConnector(id: number): Promise<CrmResult<null>>;
  /** docs …/v1ErpSyncAgent_ToggleErpConnectionActive.md: answers the messages that stopped it (empty: it went through). */
  toggleConnectionActive(erpConnectionId: number): Promise<CrmResult<string[]>>;
  /** docs …/v1ErpSyncAgent_DeleteConnection.md: body {ErpConnectionId}, 204 No Content. */
  deleteConnection(erpConnectionId: number): Promise<CrmResult<null>>;
  /** docs …/v1ErpSyncAgent_GetErpConnectionConfigFields.md: FieldKey → encoded value. */
  getConnectionConfigFields(erpConnectionId: number): Promise<CrmResult<Record<string, string>>>;
  /** Active internal users, every page (see directory.ts). */
  listUsers(query?: UserQuery): Promise<CrmResult<UserList>>;
  listUserGroups(): Promise<CrmResult<CrmUserGroup[]>>;
}

const entityBody = (e: ErpSyncConnectorEntity): ErpSyncConnectorEntity => ({ ErpConnectorId: e.ErpConnectorId, DisplayName: e.DisplayName, URL: e.URL, Deleted: e.Deleted });

const connectionBody = (c: ErpConnection): ErpConnection => ({
  ErpConnectionId: c.ErpConnectionId, ErpConnectorId: c.ErpConnectorId, DisplayName: c.DisplayName, DisplayDescription: c.DisplayDescription,
  Active: c.Active, ConnectionId: c.ConnectionId, MostRecentTimestamp: c.MostRecentTimestamp, ConfigFields: { ...c.ConfigFields },
  Deleted: c.Deleted, AllAccess: c.AllAccess, UserGroupAccessIds: [...c.UserGroupAccessIds], AssociateAccessIds: [...c.AssociateAccessIds],
});

export function createCrmClient(opts: CrmClientOptions): CrmClient {
  const t: Transport = {
    apiBase: opts.apiBase.endsWith('/') ? opts.apiBase : `${opts.apiBase}/`,
    xsrfToken: opts.xsrfToken,
    // Bound: a detached `window.fetch` throws "Illegal invocation" in browsers.
    fetch: opts.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    lang: opts.lang ?? 'en',
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  const agent = <T>(name: string, body: unknown, schema: z.ZodMiniType<T>, query?: Record<string, number>) =>
    request(t, { method: 'POST', path: `Agents/ErpSync/${name}`, body, query }, schema);

  return {
    apiBase: t.apiBase,
    getAllConnectors: () => agent('GetAllConnectors', undefined, ConnectorListSchema),
    // Documented with the id in the query string, not the body.
    getConnector: (id) => agent('GetErpSyncConnectorEntity', undefined, ConnectorSchema, { erpSyncConnectorEntityId: id }),
    createDefaultConnector: () => agent('CreateDefaultErpSyncConnectorEntity', undefined, ConnectorSchema),
    saveConnector: (entity) => agent('SaveErpSyncConnectorEntity', entityBody(entity), ConnectorSchema),
    testConnectorUrl: (url) => agent('TestConnectorUrl', { Url: url }, ResponseCodeSchema),
    getAllConnections: (includeDeleted = false) => agent('GetAllConnections', { IncludeDeleted: includeDeleted }, z.array(ConnectionSchema)),
    getConnection: (id) => agent('GetConnection', { ErpConnectionId: id }, ConnectionSchema),
    saveConnection: (entity) => agent('SaveConnection', { Connection: connectionBody(entity) }, ConnectionSchema),
    getConfigurationFields: async (erpConnectorId) => {
      const r = await agent('GetConfigurationFields', { ErpConnectorId: erpConnectorId }, CrmFieldsSchema);
      return r.ok ? ok(decodeCrmFields(r.value)) : r;
    },
    testConnectionByConfig: (erpConnectionId, configFields) => agent('TestConnectionByConfig', { ErpConnectionId: erpConnectionId, ConfigFields: { ...configFields } }, BoolSchema),
    testConnectionById: (erpConnectionId) => agent('TestConnectionById', { ErpConnectionId: erpConnectionId }, BoolSchema),
    // docs …/v1ErpSyncAgent_CanDeleteErpSyncConnectorEntity.md: body {ErpSyncConnectorId}, answers a string.
    canDeleteConnector: (id) => agent('CanDeleteErpSyncConnectorEntity', { ErpSyncConnectorId: id }, ResponseCodeSchema),
    // docs …/v1ErpSyncAgent_DeleteErpSyncConnectorEntity.md: the id in the query string, 204 No Content.
    deleteConnector: (id) => agent('DeleteErpSyncConnectorEntity', undefined, NoContentSchema, { ErpSyncConnectorEntityId: id }),
    toggleConnectionActive: (id) => agent('ToggleErpConnectionActive', { ErpConnectionId: id }, MessagesSchema),
    deleteConnection: (id) => agent('DeleteConnection', { ErpConnectionId: id }, NoContentSchema),
    getConnectionConfigFields: (id) => agent('GetErpConnectionConfigFields', { ErpConnectionId: id }, ConfigValuesSchema),
    listUsers: (query) => listUsers(t, query),
    listUserGroups: () => listUserGroups(t),
  };
}
