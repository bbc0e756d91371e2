// The tenant's Sync tab as the CRM lists it: connectors (with their URL, which the list lacks)
// and connections, deleted ones left out.
import type { ErpConnection } from '../crm';
import type { ExistingCrm, ExRes } from './ports';
import { urlKind, type Inventory } from './model';

function visibility(c: ErpConnection) {
  if (c.AllAccess) return { en: 'Everyone', no: 'Alle' };
  const g = c.UserGroupAccessIds.length;
  const u = c.AssociateAccessIds.length;
  return { en: `${g} group(s), ${u} user(s)`, no: `${g} gruppe(r), ${u} bruker(e)` };
}

export async function loadInventory(crm: Pick<ExistingCrm, 'getAllConnectors' | 'getConnector' | 'getAllConnections'>): Promise<ExRes<Inventory>> {
  const [list, conns] = await Promise.all([crm.getAllConnectors(), crm.getAllConnections()]);
  if (!list.ok) return list;
  if (!conns.ok) return conns;
  const entities = await Promise.all(list.value.map((c) => crm.getConnector(c.Id)));
  const failed = entities.find((e) => !e.ok);
  if (failed && !failed.ok) return failed;
  const live = conns.value.filter((c) => !c.Deleted);
  const connectors = entities.flatMap((e) => (e.ok && !e.value.Deleted ? [e.value] : [])).map((e) => ({
    id: e.ErpConnectorId, name: e.DisplayName, url: e.URL, kind: urlKind(e.URL), connections: live.filter((c) => c.ErpConnectorId === e.ErpConnectorId).length,
  }));
  const connections = live.map((c) => ({ id: c.ErpConnectionId, name: c.DisplayName, connectorId: c.ErpConnectorId, active: c.Active, guid: c.ConnectionId, visibility: visibility(c) }));
  return { ok: true, value: { connectors, connections } };
}
