// What the existing-connections views need from the CRM, as one narrow port (results, never
// throws). crm-adapter.ts builds it over the ErpSync agent client; the wizard's CRM port carries it.
import type { ConnectorListItem, ErpConnection, ErpSyncConnectorEntity, ErpSyncResponseCode, Plain } from '../crm';
import type { DecodedFields } from '../protocol';

export interface ExistingError {
  kind: string;
  message: Plain;
  crm?: { message: string; detail: string | null };
}
export type ExRes<T> = { ok: true; value: T } | { ok: false; error: ExistingError };

export interface ExistingCrm {
  getAllConnectors(): Promise<ExRes<ConnectorListItem[]>>;
  getConnector(id: number): Promise<ExRes<ErpSyncConnectorEntity>>;
  getAllConnections(): Promise<ExRes<ErpConnection[]>>;
  getConnection(id: number): Promise<ExRes<ErpConnection>>;
  getConnectionConfigFields(id: number): Promise<ExRes<Record<string, string>>>;
  getConfigurationFields(erpConnectorId: number): Promise<ExRes<DecodedFields>>;
  saveConnection(c: ErpConnection): Promise<ExRes<ErpConnection>>;
  testConnectionById(id: number): Promise<ExRes<boolean>>;
  /** TestConnectionByConfig for a connector (testByConfigId), exactly these values. */
  testConfig(erpConnectorId: number, configFields: Record<string, string>): Promise<ExRes<boolean>>;
  testConnectorUrl(url: string): Promise<ExRes<ErpSyncResponseCode>>;
  toggleConnectionActive(id: number): Promise<ExRes<string[]>>;
  deleteConnection(id: number): Promise<ExRes<null>>;
  canDeleteConnector(id: number): Promise<ExRes<ErpSyncResponseCode>>;
  deleteConnector(id: number): Promise<ExRes<null>>;
}
