// Cust55555: a tenant whose Sync tab has something to find for the health check of existing
// connections (issue 17), one connection per state a consultant meets at a customer's site:
//   1. healthy and Active;
//   2. a password rotated on the ERP side: the connector still holds the old one (INVALID_CREDENTIALS);
//   3. a connector that is down (nothing listens at its URL);
//   4. a connector the browser reaches but the CRM's servers cannot (it runs on the consultant's
//      machine, addressed as `localhost`: see connector-url.ts).
// Its URLs depend on the stand-in's ports, so the tenant is built at start, not in the static seed.
import type { ErpConnection, ErpSyncConnectorEntity, TenantData } from './model.ts';

export const HEALTH_TENANT = 'Cust55555';

/** Where nothing listens: TCP port 9 (discard) is closed on loopback here. */
export const DOWN_CONNECTOR_URL = 'http://127.0.0.1:9/finance/ErpConnectorWS.svc';

/** standin/connector/profiles.ts, the finance profile's WSGetSupportedActorTypes. */
const FINANCE_ACTOR_TYPES = ['Customer', 'Supplier', 'Contact', 'Project'];

const GOOD = { companyDb: 'DEMO', username: 'demo', password: 'demo123', department: '200', useVat: '[I:1]', pageSize: '[I:100]' };

export interface HealthSeed {
  tenant: TenantData;
  /** What the finance connector must already hold: ConnectionGuid → ConnectionInfo. */
  remembered: Array<{ guid: string; info: Record<string, string> }>;
}

function connection(id: number, connectorId: number, name: string, guid: string, info: Record<string, string>, active = false): ErpConnection {
  return {
    ErpConnectionId: id, ErpConnectorId: connectorId, DisplayName: name, DisplayDescription: '', Active: active, ConnectionId: guid,
    MostRecentTimestamp: '', ConfigFields: { ...info }, Deleted: false, AllAccess: true, UserGroupAccessIds: [], AssociateAccessIds: [],
  };
}

/** `financeUrl`: the stand-in connector's finance profile (http://127.0.0.1:<port>/finance/ErpConnectorWS.svc). */
export function healthSeed(financeUrl: string): HealthSeed {
  const laptopUrl = financeUrl.replace(/^http:\/\/127\.0\.0\.1/, 'http://localhost');
  const connectors: ErpSyncConnectorEntity[] = [
    { ErpConnectorId: 1, DisplayName: 'Finance (server)', URL: financeUrl, Deleted: false },
    { ErpConnectorId: 2, DisplayName: 'Finance (old server)', URL: DOWN_CONNECTOR_URL, Deleted: false },
    { ErpConnectorId: 3, DisplayName: 'Finance (laptop)', URL: laptopUrl, Deleted: false },
    { ErpConnectorId: 4, DisplayName: 'Unused connector', URL: financeUrl, Deleted: false },
  ];
  const rotated = { ...GOOD, password: 'summer2025' };
  const connections = [
    connection(1, 1, 'Økonomi', '5e7a1c2d-0001-4c55-9a55-000000000001', GOOD, true),
    connection(2, 1, 'Økonomi (old password)', '5e7a1c2d-0002-4c55-9a55-000000000002', rotated),
    connection(3, 2, 'Økonomi (old server)', '5e7a1c2d-0003-4c55-9a55-000000000003', GOOD),
    connection(4, 3, 'Økonomi (laptop)', '5e7a1c2d-0004-4c55-9a55-000000000004', GOOD),
  ];
  return {
    // What the CRM read from WSGetSupportedActorTypes when it saved each connection whose connector
    // answered (as agent-connections.ts does at SaveConnection): the finance profile's types.
    tenant: { connectors, connections, actorTypes: { '1': [...FINANCE_ACTOR_TYPES], '2': [...FINANCE_ACTOR_TYPES] }, nextConnectorId: 5, nextConnectionId: 5 },
    remembered: [
      { guid: connections[0]!.ConnectionId, info: GOOD },
      { guid: connections[1]!.ConnectionId, info: rotated },
      { guid: connections[3]!.ConnectionId, info: GOOD },
    ],
  };
}
