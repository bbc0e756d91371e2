// ErpSync agent: the ERP tab's field order and the connections' sync priority.
// * docs/en/api/reference/restful/agent/ErpSync_Agent/v1ErpSyncAgent_MoveErpFieldItem.md: body
//   {ErpFieldId, Direction, ErpConnectionId, ErpActorType}, 204 No Content. The meaning of the
//   integer Direction is not documented: the stand-in takes -1 (up) and 1 (down) and refuses any
//   other value (strict), so the client's reading is at least checked for sign and size.
// * …_SaveErpConnectionSyncPriorities.md: body {ErpConnectionIds: [...]} → bool. The stand-in
//   refuses (false) a list that is not every live connection exactly once.
import type { AgentMethod } from './agent-context.ts';
import { erpFieldId, erpFields, liveConnection, stored } from './agent-mapping.ts';
import { badRequest, field, intField } from './errors.ts';

export const orderMethods: Record<string, AgentMethod> = {
  MoveErpFieldItem: async (ctx) => {
    const c = liveConnection(ctx, intField(ctx.body, 'ErpConnectionId'));
    const actorType = String(field(ctx.body, 'ErpActorType') ?? '');
    const id = intField(ctx.body, 'ErpFieldId');
    const direction = intField(ctx.body, 'Direction');
    if (direction !== -1 && direction !== 1) throw badRequest(`Direction ${direction} is not -1 (up) or 1 (down)`);
    const fields = await erpFields(ctx, c, actorType);
    const m = stored(ctx, c, actorType, fields);
    const at = m.fields.findIndex((f) => erpFieldId(c, actorType, fields, f.ErpFieldKey) === id);
    if (at < 0) throw badRequest(`No ERP field with id ${id} in '${actorType}'`);
    const to = at + direction;
    if (to >= 0 && to < m.fields.length) {
      const [moved] = m.fields.splice(at, 1);
      if (moved) m.fields.splice(to, 0, moved);
    }
    ctx.tenant.mappings = { ...(ctx.tenant.mappings ?? {}), [`${c.ErpConnectionId}/${actorType}`]: m };
    ctx.store.changed();
    return undefined;
  },

  SaveErpConnectionSyncPriorities: (ctx) => {
    const ids = field(ctx.body, 'ErpConnectionIds');
    if (!Array.isArray(ids) || !ids.every((x) => Number.isInteger(x))) throw badRequest('ErpConnectionIds must be an array of integers');
    const live = ctx.tenant.connections.filter((c) => !c.Deleted).map((c) => c.ErpConnectionId);
    const sent = ids as number[];
    if (new Set(sent).size !== sent.length || sent.length !== live.length || !live.every((id) => sent.includes(id))) return false;
    ctx.tenant.syncPriority = [...sent];
    ctx.store.changed();
    return true;
  },
};
