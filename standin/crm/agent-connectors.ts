// ErpSync agent: the Sync Connector entities.
import { callUrl, liveConnector, queryInt, type AgentContext, type AgentMethod } from './agent-context.ts';
import { badRequest, field, intField, notFound } from './errors.ts';
import { carrier, type ErpSyncConnectorEntity } from './model.ts';

// docs/en/database/tables/erpconnector.md: DisplayName String(254), URL String(1023).
const URL_MAX = 1023;
const NAME_MAX = 254;

function idFrom(ctx: AgentContext, ...names: string[]): number {
  for (const n of names) {
    const q = queryInt(ctx, n);
    if (q !== undefined) return q;
  }
  for (const n of names) if (field(ctx.body, n) !== undefined) return intField(ctx.body, n);
  throw badRequest(`${names[0]} is required`);
}

function validUrl(url: string): boolean {
  return /^(https?|app|plugin):\/\/\S+$/i.test(url.trim());
}

const hasConnections = (ctx: AgentContext, id: number) => ctx.tenant.connections.some((c) => c.ErpConnectorId === id && !c.Deleted);

export const connectorMethods: Record<string, AgentMethod> = {
  GetAllConnectors: (ctx) =>
    ctx.tenant.connectors.filter((c) => !c.Deleted).map((c) => ({ Id: c.ErpConnectorId, Name: c.DisplayName, ToolTip: c.URL })),

  GetErpSyncConnectorEntity: (ctx) => {
    const id = idFrom(ctx, 'erpSyncConnectorEntityId', 'ErpConnectorId');
    const c = ctx.tenant.connectors.find((x) => x.ErpConnectorId === id);
    if (!c) throw notFound(`No ErpSyncConnector with id ${id}`);
    return carrier(c);
  },

  CreateDefaultErpSyncConnectorEntity: () => carrier<ErpSyncConnectorEntity>({ ErpConnectorId: 0, DisplayName: '', URL: '', Deleted: false }),

  SaveErpSyncConnectorEntity: (ctx) => {
    const name = field(ctx.body, 'DisplayName');
    const url = field(ctx.body, 'URL');
    const id = intField(ctx.body, 'ErpConnectorId', false);
    if (typeof name !== 'string' || !name.trim()) throw badRequest('DisplayName is required');
    if (name.length > NAME_MAX) throw badRequest(`DisplayName is longer than ${NAME_MAX} characters`);
    if (typeof url !== 'string' || !url.trim()) throw badRequest('URL is required');
    if (url.length > URL_MAX) throw badRequest(`URL is longer than ${URL_MAX} characters`);
    if (!validUrl(url)) throw badRequest('URL must start with http://, https://, app:// or plugin://');
    const deleted = field(ctx.body, 'Deleted') === true;
    let entity: ErpSyncConnectorEntity;
    if (id > 0) {
      const existing = ctx.tenant.connectors.find((x) => x.ErpConnectorId === id);
      if (!existing) throw notFound(`No ErpSyncConnector with id ${id}`);
      Object.assign(existing, { DisplayName: name.trim(), URL: url.trim(), Deleted: deleted });
      entity = existing;
    } else {
      entity = { ErpConnectorId: ctx.tenant.nextConnectorId++, DisplayName: name.trim(), URL: url.trim(), Deleted: deleted };
      ctx.tenant.connectors.push(entity);
    }
    ctx.store.changed();
    return carrier(entity);
  },

  CanDeleteErpSyncConnectorEntity: (ctx) => {
    const id = idFrom(ctx, 'ErpSyncConnectorId', 'ErpConnectorId');
    if (!ctx.tenant.connectors.some((c) => c.ErpConnectorId === id && !c.Deleted)) return 'ErrorNotFound';
    return hasConnections(ctx, id) ? 'ErrorConnectorHasConnections' : 'NoError';
  },

  DeleteErpSyncConnectorEntity: (ctx) => {
    const id = idFrom(ctx, 'ErpSyncConnectorEntityId', 'ErpConnectorId');
    const c = liveConnector(ctx, id);
    if (hasConnections(ctx, id)) throw badRequest('The Sync Connector has ERP connections; delete them first');
    c.Deleted = true;
    ctx.store.changed();
    return undefined;
  },

  // Answers an ErpSyncResponseCode: the CRM's servers call WSGetConfigData and say whether it worked.
  TestConnectorUrl: async (ctx) => {
    const url = field(ctx.body, 'Url');
    if (typeof url !== 'string' || !url.trim()) throw badRequest('Url is required');
    if (url.length > URL_MAX) throw badRequest(`Url is longer than ${URL_MAX} characters`);
    const r = await callUrl(ctx, url, 'WSGetConfigData', null);
    return r.answered && r.IsOk ? 'NoError' : 'ErrorNotFound';
  },
};
