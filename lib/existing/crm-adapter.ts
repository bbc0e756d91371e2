// The existing-connections port over the ErpSync agent client (same origin, the consultant's session).
import { testByConfigId, type CrmClient } from '../crm';
import type { ExistingCrm } from './ports';

export function existingCrmFrom(c: CrmClient): ExistingCrm {
  return {
    getAllConnectors: () => c.getAllConnectors(),
    getConnector: (id) => c.getConnector(id),
    getAllConnections: () => c.getAllConnections(),
    getConnection: (id) => c.getConnection(id),
    getConnectionConfigFields: (id) => c.getConnectionConfigFields(id),
    getConfigurationFields: (id) => c.getConfigurationFields(id),
    saveConnection: (x) => c.saveConnection(x),
    testConnectionById: (id) => c.testConnectionById(id),
    testConfig: (id, fields) => c.testConnectionByConfig(testByConfigId({ erpConnectorId: id }), fields),
    testConnectorUrl: (url) => c.testConnectorUrl(url),
    toggleConnectionActive: (id) => c.toggleConnectionActive(id),
    deleteConnection: (id) => c.deleteConnection(id),
    canDeleteConnector: (id) => c.canDeleteConnector(id),
    deleteConnector: (id) => c.deleteConnector(id),
  };
}
