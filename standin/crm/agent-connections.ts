// ErpSync agent: ERP connections, and the calls that make the CRM's servers talk to a connector.
import { randomUUID } from 'node:crypto';
import { callUrl, liveConnector, type AgentContext, type AgentMethod } from './agent-context.ts';
import { isAssociate, isLiveGroup, tenantSize } from './directory.ts';
import { badRequest, field, intField, notFound } from './errors.ts';
import { localise } from './i18n.ts';
import { carrier, type ErpConnection } from './model.ts';
import { readConnection } from './connection-input.ts';
import { readFields, readStrings } from './soap-client.ts';

const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

function connection(ctx: AgentContext, id: number): ErpConnection {
  const c = ctx.tenant.connections.find((x) => x.ErpConnectionId === id);
  if (!c) throw notFound(`No ErpConnection with id ${id}`);
  return c;
}

function configFields(body: unknown): Record<string, string> {
  const raw = field(body, 'ConfigFields') ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw badRequest('ConfigFields must be an object');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    const s = v === null ? '' : String(v);
    if (s.length > 1023) throw badRequest(`ConfigFields value for '${k}' is longer than 1023 characters`);
    out[k] = s;
  }
  return out;
}

async function saveAtConnector(ctx: AgentContext, c: ErpConnection): Promise<void> {
  const url = liveConnector(ctx, c.ErpConnectorId).URL;
  const saved = await callUrl(ctx, url, 'WSSaveConnection', [['ConnectionGuid', c.ConnectionId], ['ConnectionInfo', c.ConfigFields]]);
  if (!saved.IsOk) throw badRequest(`The Sync Connector did not accept the connection: ${saved.TechExplanation ?? saved.ErrorCode ?? 'no answer'}`);
  const tested = await callUrl(ctx, url, 'WSTestConnection', [['ConnectionGuid', c.ConnectionId]]);
  if (!tested.IsOk) throw badRequest(`The Sync Connector could not test the saved connection: ${tested.TechExplanation ?? 'no answer'}`);
  const types = await callUrl(ctx, url, 'WSGetSupportedActorTypes', [['ConnectionGuid', c.ConnectionId]]);
  ctx.tenant.actorTypes[String(c.ErpConnectionId)] = readStrings(types.result, 'Items');
}

export const connectionMethods: Record<string, AgentMethod> = {
  GetAllConnections: (ctx) => {
    const all = field(ctx.body, 'IncludeDeleted') === true;
    return ctx.tenant.connections.filter((c) => all || !c.Deleted).map((c) => carrier(c));
  },

  GetConnection: async (ctx) => {
    const c = connection(ctx, intField(ctx.body, 'ErpConnectionId'));
    if (!ctx.quirks.has('mask-passwords')) return carrier(c);
    // Undocumented either way (issue 13, point 7): this plays a CRM that masks Password values.
    const connector = ctx.tenant.connectors.find((x) => x.ErpConnectorId === c.ErpConnectorId);
    const r = connector ? await callUrl(ctx, connector.URL, 'WSGetConfigData', null) : null;
    const secret = new Set(readFields(r?.result).filter((f) => f.FieldType === 'Password').map((f) => f.FieldKey ?? ''));
    const ConfigFields = Object.fromEntries(Object.entries(c.ConfigFields).map(([k, v]) => [k, secret.has(k) && v ? '********' : v]));
    return carrier({ ...c, ConfigFields });
  },

  GetErpConnectionConfigFields: (ctx) => ({ ...connection(ctx, intField(ctx.body, 'ErpConnectionId')).ConfigFields }),

  SaveConnection: async (ctx) => {
    const input = readConnection(field(ctx.body, 'Connection'));
    // A connection pointing at no connector is invalid data, not "nothing to return".
    if (!ctx.tenant.connectors.some((c) => c.ErpConnectorId === input.ErpConnectorId && !c.Deleted)) throw badRequest(`No ErpSyncConnector with id ${input.ErpConnectorId}`);
    for (const id of input.UserGroupAccessIds) if (!isLiveGroup(id)) throw badRequest(`User group ${id} does not exist or is deleted`);
    for (const id of input.AssociateAccessIds) if (!isAssociate(id, tenantSize(ctx.quirks))) throw badRequest(`Associate ${id} does not exist`);
    const existing = input.ErpConnectionId > 0 ? connection(ctx, input.ErpConnectionId) : undefined;
    if (!input.ConnectionId || input.ConnectionId === EMPTY_GUID) input.ConnectionId = existing?.ConnectionId || randomUUID();
    if (ctx.tenant.connections.some((c) => c.ConnectionId.toLowerCase() === input.ConnectionId.toLowerCase() && c.ErpConnectionId !== input.ErpConnectionId))
      throw badRequest(`ConnectionId '${input.ConnectionId}' is already used by another connection`);
    const configChanged = !existing || JSON.stringify(existing.ConfigFields) !== JSON.stringify(input.ConfigFields) || existing.ErpConnectorId !== input.ErpConnectorId;
    if (existing?.Active && input.Active && configChanged) throw badRequest('Deactivate the connection before changing its configuration fields');
    const next: ErpConnection = { ...input, ErpConnectionId: existing?.ErpConnectionId ?? ctx.tenant.nextConnectionId };
    if (configChanged) await saveAtConnector(ctx, next);
    if (existing) Object.assign(existing, next);
    else {
      ctx.tenant.nextConnectionId++;
      ctx.tenant.connections.push(next);
    }
    ctx.store.changed();
    return carrier(existing ?? next);
  },

  DeleteConnection: async (ctx) => {
    const c = connection(ctx, intField(ctx.body, 'ErpConnectionId'));
    c.Deleted = true;
    c.Active = false;
    ctx.store.changed();
    const connector = ctx.tenant.connectors.find((x) => x.ErpConnectorId === c.ErpConnectorId);
    if (connector) await callUrl(ctx, connector.URL, 'WSDeleteConnection', [['ConnectionGuid', c.ConnectionId]]);
    return undefined;
  },

  GetConfigurationFields: async (ctx) => {
    const connector = liveConnector(ctx, intField(ctx.body, 'ErpConnectorId'));
    const r = await callUrl(ctx, connector.URL, 'WSGetConfigData', null);
    if (!r.IsOk) throw badRequest(`Could not get the configuration fields from the Sync Connector: ${r.TechExplanation ?? r.ErrorCode ?? ''}`);
    return readFields(r.result).map((f) => ({
      FieldKey: f.FieldKey ?? '',
      Rank: Number(f.Rank ?? 0),
      DisplayName: localise(f.DisplayName ?? '', ctx.lang),
      DisplayDescription: localise(f.DisplayDescription ?? null, ctx.lang),
      // The CRM's enum names the connector's Datetime "Date" (FieldMetadataType: Date = 6, Label = 99).
      FieldType: f.FieldType === 'Datetime' ? 'Date' : (f.FieldType ?? 'Text'),
      ListName: f.ListName ?? null,
      DefaultValue: f.DefaultValue ?? null,
      MaxLength: Number(f.MaxLength ?? 0),
      Access: f.Access ?? 'Normal',
      ShowInSearch: false,
      TableRight: null,
      FieldProperties: {},
    }));
  },

  TestConnectionById: async (ctx) => {
    const c = connection(ctx, intField(ctx.body, 'ErpConnectionId'));
    const connector = ctx.tenant.connectors.find((x) => x.ErpConnectorId === c.ErpConnectorId && !x.Deleted);
    if (!connector || c.Deleted) return false;
    return (await callUrl(ctx, connector.URL, 'WSTestConnection', [['ConnectionGuid', c.ConnectionId]])).IsOk;
  },

  // The documentation calls ErpConnectionId "the id of the connector we try to connect to": the
  // native dialog tests before any connection exists. A connector id wins; else a connection's id.
  TestConnectionByConfig: async (ctx) => {
    const id = intField(ctx.body, 'ErpConnectionId');
    const fields = configFields(ctx.body);
    const connectorId = ctx.tenant.connectors.some((c) => c.ErpConnectorId === id && !c.Deleted) ? id : connection(ctx, id).ErpConnectorId;
    const connector = liveConnector(ctx, connectorId);
    return (await callUrl(ctx, connector.URL, 'WSTestConfigData', [['ConnectionInfo', fields]])).IsOk;
  },

  // Answers the messages that stopped a change (empty when it went through).
  ToggleErpConnectionActive: async (ctx) => {
    const c = connection(ctx, intField(ctx.body, 'ErpConnectionId'));
    if (c.Deleted) throw badRequest('The connection is deleted');
    if (!c.Active) {
      const connector = ctx.tenant.connectors.find((x) => x.ErpConnectorId === c.ErpConnectorId && !x.Deleted);
      const r = connector ? await callUrl(ctx, connector.URL, 'WSTestConnection', [['ConnectionGuid', c.ConnectionId]]) : null;
      if (!r?.IsOk) return [localise('NO:"Koblingen kan ikke aktiveres: testen mislyktes.";US:"The connection cannot be activated: the test failed."', ctx.lang)];
    }
    c.Active = !c.Active;
    ctx.store.changed();
    return [];
  },
};

