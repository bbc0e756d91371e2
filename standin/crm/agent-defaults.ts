// ErpSync agent: default values per ERP field for the first sync.
// docs/en/api/reference/restful/agent/ErpSync_Agent/v1ErpSyncAgent_GetDefaultValueInfo.md
// ({ErpFieldId} → ErpSyncDefaultValue) and …_SaveDefaultValueInfo.md ({ErpSyncDefaultValue}).
// docs/en/erp/admin/configure.md, "Default values": "Set default value … requires you to enter a
// value"; "Mandatory – User must fill in value: … you must also choose one of the two options above".
import type { AgentContext, AgentMethod } from './agent-context.ts';
import { erpFieldId, erpFields } from './agent-mapping.ts';
import { badRequest, field, intField, notFound } from './errors.ts';
import { carrier, type StoredDefault } from './model.ts';

async function findField(ctx: AgentContext, id: number) {
  for (const c of ctx.tenant.connections.filter((x) => !x.Deleted))
    for (const actorType of ctx.tenant.actorTypes[String(c.ErpConnectionId)] ?? []) {
      if (Math.floor(id / 10000) !== c.ErpConnectionId) continue;
      const fields = await erpFields(ctx, c, actorType).catch(() => []);
      const f = fields.find((x) => erpFieldId(c, actorType, fields, x.FieldKey ?? '') === id);
      if (f) return f;
    }
  throw notFound(`No ERP field with id ${id}`);
}

async function answer(ctx: AgentContext, id: number) {
  const f = await findField(ctx, id);
  const d: StoredDefault = ctx.tenant.defaults?.[String(id)] ?? { HasFirstSyncDefaultValue: false, FirstSyncDefaultValue: '', PromptUser: false, Mandatory: false };
  return carrier({
    ErpFieldId: id,
    DefaultValue: f.DefaultValue ?? '',
    ...d,
    ErpFieldKey: f.FieldKey ?? '',
    FieldType: f.FieldType === 'Datetime' ? 'Date' : (f.FieldType ?? 'Text'),
    ListName: f.ListName ?? '',
    Access: f.Access ?? 'Normal',
  });
}

const flag = (o: unknown, name: string) => {
  const v = field(o, name);
  if (v !== undefined && v !== null && typeof v !== 'boolean') throw badRequest(`${name} must be true or false`);
  return v === true;
};

export const defaultMethods: Record<string, AgentMethod> = {
  GetDefaultValueInfo: (ctx) => answer(ctx, intField(ctx.body, 'ErpFieldId')),

  SaveDefaultValueInfo: async (ctx) => {
    const d = field(ctx.body, 'ErpSyncDefaultValue');
    if (!d || typeof d !== 'object') throw badRequest('ErpSyncDefaultValue is required');
    const id = intField(d, 'ErpFieldId');
    await findField(ctx, id);
    const value = field(d, 'FirstSyncDefaultValue');
    const next: StoredDefault = { HasFirstSyncDefaultValue: flag(d, 'HasFirstSyncDefaultValue'), FirstSyncDefaultValue: typeof value === 'string' ? value : '', PromptUser: flag(d, 'PromptUser'), Mandatory: flag(d, 'Mandatory') };
    if (next.HasFirstSyncDefaultValue && !next.FirstSyncDefaultValue.trim()) throw badRequest('Set default value requires a value');
    if (next.Mandatory && !next.HasFirstSyncDefaultValue && !next.PromptUser) throw badRequest('Mandatory requires Set default value or Ask user for value');
    if (next.FirstSyncDefaultValue.length > 1023) throw badRequest('FirstSyncDefaultValue is longer than 1023 characters');
    ctx.tenant.defaults = { ...(ctx.tenant.defaults ?? {}), [String(id)]: next };
    ctx.store.changed();
    return answer(ctx, id);
  },
};
