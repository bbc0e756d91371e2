// The panel's client for the CRM's own REST API (same origin, the consultant's session).
export * from './agent';
export * from './apply';
export type { ApplyConnection } from './apply-connection';
export * from './compare';
export type { CrmUser, CrmUserGroup, UserList, UserQuery } from './directory';
export { testByConfigId, type TestTarget } from './test-target';
export { DEFAULT_TIMEOUT_MS } from './http';
export { errorMessage } from './messages';
export * from './result';
export * from './schemas';
export * from './session';
export { createMappingClient, type MappingClient, type ErpFieldMapping, type ErpSyncActorTypeMapping } from './mapping';
export { createListMappingClient, type ListMappingClient, type ErpConnectionListMapping, type ErpConnectionListMappingContainer } from './list-mapping';
export { createOrderClient, type OrderClient } from './order';
export { createDefaultsClient, type DefaultsClient, type ErpSyncDefaultValue } from './defaults';
