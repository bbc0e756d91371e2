// The ERP tab's field order and the connections' sync priority through the ErpSync agent:
// docs/en/api/reference/restful/agent/ErpSync_Agent/v1ErpSyncAgent_MoveErpFieldItem.md (204) and
// …_SaveErpConnectionSyncPriorities.md ({ErpConnectionIds} → bool). Direction's integer meaning is
// not documented; -1 moves up, 1 down (as the stand-in takes it).
import type { CrmClientOptions } from './agent';
import { request } from './http';
import { transportFrom } from './mapping';
import type { CrmResult } from './result';
import { BoolSchema, NoContentSchema } from './schemas';

export interface OrderClient {
  moveErpFieldItem(erpConnectionId: number, actorType: string, erpFieldId: number, direction: -1 | 1): Promise<CrmResult<null>>;
  /** Highest priority first; the CRM answers whether it took the order. */
  saveSyncPriorities(erpConnectionIds: number[]): Promise<CrmResult<boolean>>;
}

export function createOrderClient(opts: CrmClientOptions): OrderClient {
  const t = transportFrom(opts);
  return {
    moveErpFieldItem: (id, actorType, fieldId, direction) =>
      request(t, { method: 'POST', path: 'Agents/ErpSync/MoveErpFieldItem', body: { ErpFieldId: fieldId, Direction: direction, ErpConnectionId: id, ErpActorType: actorType } }, NoContentSchema),
    saveSyncPriorities: (ids) => request(t, { method: 'POST', path: 'Agents/ErpSync/SaveErpConnectionSyncPriorities', body: { ErpConnectionIds: [...ids] } }, BoolSchema),
  };
}
