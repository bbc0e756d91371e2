// ErpSync agent: field mappings per connection and actor type, and activation refused while an
// enabled mapping leaves a mandatory ERP field without a direction.
// * GetActorTypeMapping / SaveActorTypeMapping: docs/en/api/reference/restful/agent/ErpSync_Agent/
//   v1ErpSyncAgent_GetActorTypeMapping.md and …_SaveActorTypeMapping.md (body {ErpConnectionId,
//   ActorType} / {Mapping}; answer ErpSyncActorTypeMapping with FieldMappings).
// * Automatic mapping: docs/en/api/plugins/erp-connectors/automatic-field-mapping.md ("When fields
//   are mapped, sync direction is not set"; names matched case-insensitively).
// * Activation: docs/en/erp/admin/configure.md, "Cannot activate ERP connection": "Mandatory fields
//   must have a synchronization direction."
import { callUrl, liveConnector, type AgentContext, type AgentMethod } from './agent-context.ts';
import { connectionMethods } from './agent-connections.ts';
import { CRM_FIELDS, crmActorType } from './crm-fields.ts';
import { badRequest, field, intField, notFound } from './errors.ts';
import { localise } from './i18n.ts';
import { carrier, type ErpConnection, type StoredActorMapping, type StoredFieldMapping } from './model.ts';
import { readFields } from './soap-client.ts';

type ErpField = Record<string, string | null>;

export function liveConnection(ctx: AgentContext, id: number): ErpConnection {
  const c = ctx.tenant.connections.find((x) => x.ErpConnectionId === id && !x.Deleted);
  if (!c) throw notFound(`No ErpConnection with id ${id}`);
  return c;
}

export async function erpFields(ctx: AgentContext, c: ErpConnection, actorType: string): Promise<ErpField[]> {
  const supported = ctx.tenant.actorTypes[String(c.ErpConnectionId)] ?? [];
  if (!supported.includes(actorType)) throw notFound(`Actor type '${actorType}' is not supported by connection ${c.ErpConnectionId}`);
  const url = liveConnector(ctx, c.ErpConnectorId).URL;
  const r = await callUrl(ctx, url, 'WSGetSupportedActorTypeFields', [['ConnectionGuid', c.ConnectionId], ['ActorType', actorType]]);
  if (!r.IsOk) throw badRequest(`The Sync Connector did not give the fields of '${actorType}': ${r.TechExplanation ?? r.ErrorCode ?? 'no answer'}`);
  return readFields(r.result).sort((a, b) => Number(a.Rank ?? 0) - Number(b.Rank ?? 0));
}

const keyOf = (c: ErpConnection, actorType: string) => `${c.ErpConnectionId}/${actorType}`;

/** A stable id per connection, actor type and ERP field (the real CRM's ErpField row id). */
export function erpFieldId(c: ErpConnection, actorType: string, fields: ErpField[], key: string): number {
  const types = ['Customer', 'Supplier', 'Person', 'Project', 'Contact', 'Product'];
  const t = types.indexOf(actorType);
  return c.ErpConnectionId * 10000 + (t < 0 ? 9 : t) * 1000 + fields.findIndex((f) => f.FieldKey === key) + 1;
}

/** What the CRM holds, or the automatic mapping it makes on first sight (no direction set). */
export function stored(ctx: AgentContext, c: ErpConnection, actorType: string, fields: ErpField[]): StoredActorMapping {
  const have = ctx.tenant.mappings?.[keyOf(c, actorType)];
  const crm = CRM_FIELDS[crmActorType(actorType) ?? ''] ?? [];
  const rows: StoredFieldMapping[] = fields.map((f) => {
    const key = f.FieldKey ?? '';
    const old = have?.fields.find((x) => x.ErpFieldKey === key);
    if (old) return { ...old, Mandatory: f.Access === 'Mandatory' };
    const auto = crm.find((x) => x.key.toLowerCase() === key.toLowerCase());
    return { ErpFieldKey: key, CrmFieldKey: auto?.key ?? '', SyncToCrm: false, SyncToErp: false, ShowInGui: false, ShowInSearch: false, Mandatory: f.Access === 'Mandatory' };
  });
  // MoveErpFieldItem's order is kept; fields the connector added since come last.
  const order = have?.fields.map((x) => x.ErpFieldKey) ?? [];
  rows.sort((a, b) => rank(order, a.ErpFieldKey) - rank(order, b.ErpFieldKey));
  return { IsActive: have?.IsActive ?? false, fields: rows };
}
const rank = (order: string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length);

function answer(ctx: AgentContext, c: ErpConnection, actorType: string, m: StoredActorMapping, fields: ErpField[]) {
  const crmType = crmActorType(actorType) ?? '';
  const crm = CRM_FIELDS[crmType] ?? [];
  return carrier({
    ErpConnectionId: c.ErpConnectionId,
    IsActive: m.IsActive,
    FieldMappings: m.fields.map((x) => {
      const f = fields.find((y) => y.FieldKey === x.ErpFieldKey) ?? {};
      const cf = crm.find((y) => y.key === x.CrmFieldKey);
      return carrier({
        ErpFieldId: erpFieldId(c, actorType, fields, x.ErpFieldKey),
        CrmFieldKey: x.CrmFieldKey,
        CrmDisplayName: cf?.name ?? '',
        CrmDisplayTooltip: '',
        ErpFieldKey: x.ErpFieldKey,
        FieldType: f.FieldType === 'Datetime' ? 'Date' : (f.FieldType ?? 'Text'),
        ErpDisplayName: localise(f.DisplayName ?? x.ErpFieldKey, ctx.lang) ?? x.ErpFieldKey,
        ErpDisplayTooltip: localise(f.DisplayDescription ?? '', ctx.lang) ?? '',
        SyncToCrm: x.SyncToCrm,
        SyncToErp: x.SyncToErp,
        ShowInGui: x.ShowInGui,
        ShowInSearch: x.ShowInSearch,
        AlreadyMapped: x.CrmFieldKey !== '',
        MissingInERP: false,
        MissingInCRM: x.CrmFieldKey !== '' && !cf,
        Access: f.Access ?? 'Normal',
        ListReference: f.ListName ?? '',
      });
    }),
    ActorTypeErp: actorType,
    ActorTypeCrm: crmType,
  });
}

function str(o: unknown, name: string): string {
  const v = field(o, name);
  return typeof v === 'string' ? v : '';
}
function bool(o: unknown, name: string): boolean {
  const v = field(o, name);
  if (v === undefined || v === null) return false;
  if (typeof v !== 'boolean') throw badRequest(`${name} must be true or false`);
  return v;
}

export const mappingMethods: Record<string, AgentMethod> = {
  GetActorTypeMapping: async (ctx) => {
    const c = liveConnection(ctx, intField(ctx.body, 'ErpConnectionId'));
    const actorType = str(ctx.body, 'ActorType');
    const fields = await erpFields(ctx, c, actorType);
    return answer(ctx, c, actorType, stored(ctx, c, actorType, fields), fields);
  },

  SaveActorTypeMapping: async (ctx) => {
    const m = field(ctx.body, 'Mapping');
    if (!m || typeof m !== 'object') throw badRequest('Mapping is required');
    const c = liveConnection(ctx, intField(m, 'ErpConnectionId'));
    const actorType = str(m, 'ActorTypeErp');
    const fields = await erpFields(ctx, c, actorType);
    const crm = CRM_FIELDS[crmActorType(actorType) ?? ''] ?? [];
    const rows = field(m, 'FieldMappings');
    if (!Array.isArray(rows)) throw badRequest('FieldMappings must be an array');
    const base = stored(ctx, c, actorType, fields);
    const next: StoredFieldMapping[] = base.fields.map((x) => ({ ...x }));
    for (const row of rows) {
      const key = str(row, 'ErpFieldKey');
      const target = next.find((x) => x.ErpFieldKey === key);
      if (!target) throw badRequest(`The ERP field '${key}' is not a field of '${actorType}'`);
      const crmKey = str(row, 'CrmFieldKey');
      if (crmKey && !crm.some((x) => x.key === crmKey)) throw badRequest(`'${crmKey}' is not a SuperOffice field of ${crmActorType(actorType) ?? actorType}`);
      const toCrm = bool(row, 'SyncToCrm');
      const toErp = bool(row, 'SyncToErp');
      // configure.md: direction buttons are disabled until a SuperOffice field is selected.
      if (!crmKey && (toCrm || toErp)) throw badRequest(`The ERP field '${key}' has a direction but no SuperOffice field`);
      Object.assign(target, { CrmFieldKey: crmKey, SyncToCrm: toCrm, SyncToErp: toErp, ShowInGui: bool(row, 'ShowInGui'), ShowInSearch: bool(row, 'ShowInSearch') });
    }
    const saved: StoredActorMapping = { IsActive: bool(m, 'IsActive'), fields: next };
    ctx.tenant.mappings = { ...(ctx.tenant.mappings ?? {}), [keyOf(c, actorType)]: saved };
    ctx.store.changed();
    return answer(ctx, c, actorType, saved, fields);
  },

  // Answers the messages that stopped a change (empty when it went through), as agent-connections.ts.
  ToggleErpConnectionActive: async (ctx) => {
    const id = intField(ctx.body, 'ErpConnectionId');
    const c = ctx.tenant.connections.find((x) => x.ErpConnectionId === id);
    if (c && !c.Active && !c.Deleted) {
      const problems: string[] = [];
      for (const [key, m] of Object.entries(ctx.tenant.mappings ?? {})) {
        const [conn, actorType] = key.split('/');
        if (conn !== String(id) || !m.IsActive) continue;
        for (const f of m.fields)
          if (f.Mandatory && !f.SyncToCrm && !f.SyncToErp)
            problems.push(localise(`NO:"Det obligatoriske feltet ${f.ErpFieldKey} (${actorType}) har ingen synkroniseringsretning.";US:"The mandatory field ${f.ErpFieldKey} (${actorType}) has no sync direction."`, ctx.lang) ?? '');
      }
      if (problems.length) return problems;
    }
    return connectionMethods.ToggleErpConnectionActive?.(ctx);
  },
};
