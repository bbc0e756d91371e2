// ErpSync agent: list item mappings for the list fields a connection maps.
// docs/en/api/reference/restful/agent/ErpSync_Agent/v1ErpSyncAgent_GetConnectionListMappings.md
// ({ErpConnectionId} → ErpConnectionListMappingContainer) and …_SaveConnectionListMappings.md
// ({ListMapping}); entities ErpConnectionListMapping (CrmList: MDOListItem whose ChildItems are the
// CRM's items, ErpListName, ErpCrmListItemMappings, ErpActorTypeName, ErpFieldId) and
// ErpCrmListItemMapping (ErpListItemId, ErpListItemName, CrmListItem: MDOListItem).
// docs/en/erp/admin/configure.md, "List mapping": "Each ERP item can only be mapped to one CRM item.
// Duplicate mappings are shown in red": the docs do not say the server refuses them; the stand-in
// does (strict), so a client that sends one is caught.
import { callUrl, liveConnector, type AgentContext, type AgentMethod } from './agent-context.ts';
import { erpFieldId, erpFields, liveConnection, stored } from './agent-mapping.ts';
import { CRM_FIELDS, crmActorType } from './crm-fields.ts';
import { badRequest, field, intField } from './errors.ts';
import { carrier, type ErpConnection } from './model.ts';
import { readMap } from './soap-client.ts';

const mdo = (id: number, name: string, children: unknown[] = []) => ({ Id: id, Name: name, ToolTip: '', Deleted: false, Rank: 0, Type: '', ChildItems: children, IconHint: '', ColorBlock: 0, ExtraInfo: '', StyleHint: '', FullName: name });

interface ListField {
  actorType: string;
  erpFieldKey: string;
  erpFieldId: number;
  listName: string;
  crmKey: string;
}

/** The List fields mapped to a CRM list field, per actor mapping the CRM holds. */
async function listFields(ctx: AgentContext, c: ErpConnection): Promise<ListField[]> {
  const out: ListField[] = [];
  for (const actorType of ctx.tenant.actorTypes[String(c.ErpConnectionId)] ?? []) {
    if (!ctx.tenant.mappings?.[`${c.ErpConnectionId}/${actorType}`]) continue;
    const fields = await erpFields(ctx, c, actorType);
    const m = stored(ctx, c, actorType, fields);
    const crm = CRM_FIELDS[crmActorType(actorType) ?? ''] ?? [];
    for (const row of m.fields) {
      const f = fields.find((x) => x.FieldKey === row.ErpFieldKey);
      const target = crm.find((x) => x.key === row.CrmFieldKey);
      if (f?.FieldType === 'List' && f.ListName && target?.type === 'List')
        out.push({ actorType, erpFieldKey: row.ErpFieldKey, erpFieldId: erpFieldId(c, actorType, fields, row.ErpFieldKey), listName: f.ListName, crmKey: target.key });
    }
  }
  return out;
}

async function erpItems(ctx: AgentContext, c: ErpConnection, listName: string): Promise<Record<string, string>> {
  const r = await callUrl(ctx, liveConnector(ctx, c.ErpConnectorId).URL, 'WSGetList', [['ConnectionGuid', c.ConnectionId], ['ListName', listName]]);
  if (!r.IsOk) throw badRequest(`The Sync Connector did not give the list '${listName}': ${r.TechExplanation ?? r.ErrorCode ?? 'no answer'}`);
  return readMap(r.result, 'ListItems');
}

const crmItems = (crmKey: string) => Object.values(CRM_FIELDS).flat().find((f) => f.key === crmKey && f.type === 'List')?.items ?? {};
const slot = (c: ErpConnection, l: ListField) => `${c.ErpConnectionId}/${l.actorType}/${l.erpFieldKey}`;

async function container(ctx: AgentContext, c: ErpConnection) {
  const lists = await listFields(ctx, c);
  const ErpListItemMappings = [];
  for (const l of lists) {
    const items = crmItems(l.crmKey);
    const held = ctx.tenant.listMappings?.[slot(c, l)] ?? {};
    const erp = await erpItems(ctx, c, l.listName);
    ErpListItemMappings.push(
      carrier({
        CrmList: mdo(1, l.crmKey, Object.entries(items).map(([id, name]) => mdo(Number(id), name))),
        ErpListName: l.listName,
        ErpCrmListItemMappings: Object.entries(erp).map(([key, name]) => {
          const id = held[key];
          return carrier({ ErpListItemId: key, ErpListItemName: name, CrmListItem: id !== undefined && items[String(id)] !== undefined ? mdo(id, items[String(id)] ?? '') : null });
        }),
        ErpActorTypeName: l.actorType,
        ErpFieldId: l.erpFieldId,
      }),
    );
  }
  return carrier({ ErpListItemMappings, ErpConnectionId: c.ErpConnectionId, ErpConnectionName: c.DisplayName });
}

export const listMappingMethods: Record<string, AgentMethod> = {
  GetConnectionListMappings: async (ctx) => container(ctx, liveConnection(ctx, intField(ctx.body, 'ErpConnectionId'))),

  SaveConnectionListMappings: async (ctx) => {
    const body = field(ctx.body, 'ListMapping');
    if (!body || typeof body !== 'object') throw badRequest('ListMapping is required');
    const c = liveConnection(ctx, intField(body, 'ErpConnectionId'));
    const lists = await listFields(ctx, c);
    const sent = field(body, 'ErpListItemMappings');
    if (!Array.isArray(sent)) throw badRequest('ErpListItemMappings must be an array');
    const next = { ...(ctx.tenant.listMappings ?? {}) };
    for (const m of sent) {
      const id = intField(m, 'ErpFieldId');
      const l = lists.find((x) => x.erpFieldId === id);
      if (!l) throw badRequest(`No mapped list field with ErpFieldId ${id}`);
      const items = crmItems(l.crmKey);
      const erp = await erpItems(ctx, c, l.listName);
      const rows = field(m, 'ErpCrmListItemMappings');
      if (!Array.isArray(rows)) throw badRequest('ErpCrmListItemMappings must be an array');
      const held: Record<string, number> = {};
      for (const r of rows) {
        const key = String(field(r, 'ErpListItemId') ?? '');
        if (!(key in erp)) throw badRequest(`'${key}' is not an item of the ERP list ${l.listName}`);
        const crm = field(r, 'CrmListItem');
        if (crm === null || crm === undefined) continue;
        const crmId = intField(crm, 'Id');
        if (crmId === 0) continue; // (No selection)
        if (items[String(crmId)] === undefined) throw badRequest(`${crmId} is not an item of the SuperOffice list ${l.crmKey}`);
        const twice = Object.entries(held).find(([, v]) => v === crmId);
        if (twice) throw badRequest(`The ERP items '${twice[0]}' and '${key}' are both mapped to SuperOffice item ${crmId}`);
        held[key] = crmId;
      }
      next[slot(c, l)] = held;
    }
    ctx.tenant.listMappings = next;
    ctx.store.changed();
    return container(ctx, c);
  },
};
