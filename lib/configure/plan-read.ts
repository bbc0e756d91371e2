// What the browser can read from the Sync Connector for the plan when the CRM refuses its agent:
// the actor types (WSGetSupportedActorTypes), each one's fields (WSGetSupportedActorTypeFields)
// and the lists those fields name (WSGetList). No connection exists at the connector for this
// wizard (only the CRM creates one: lib/protocol/soap.ts, buildSaveConnection), so it asks with the
// all-zero ConnectionGuid, as the CRM does before a connection has one. A connector that answers
// only for a connection it knows (the sample's Test.Excel: UNKNOWN_CONNECTION_ID) is said so.
import { EMPTY_GUID, getList, getSupportedActorTypeFields, getSupportedActorTypes, type ClientOptions, type ConfigField, type Outcome } from '../protocol';

export type Unread = { kind: string; code: string | null; said: string | null };
export interface ConnectorPlanData {
  actorTypes: { ok: true; value: string[] } | { ok: false; why: Unread };
  actors: Array<{ actorType: string; fields: ConfigField[] } | { actorType: string; why: Unread }>;
  /** ListName → item key → text (as sent: possibly localised). */
  lists: Record<string, Record<string, string>>;
}

/** Bounds: a connector answers what it likes; the plan reads a handful of actors and lists. */
export const PLAN_LIMITS = { actors: 8, lists: 50 } as const;

const why = (o: Outcome<unknown>): Unread => ({
  kind: o.kind,
  code: o.kind === 'connector-error' ? o.ErrorCode : null,
  said: o.kind === 'connector-error' ? o.UserExplanation : null,
});

export interface PlanCalls {
  actorTypes: (url: string, opts: ClientOptions) => Promise<Outcome<string[]>>;
  fields: (url: string, actorType: string, opts: ClientOptions) => Promise<Outcome<{ fields: ConfigField[] }>>;
  list: (url: string, listName: string, opts: ClientOptions) => Promise<Outcome<Array<{ key: string; text: string }>>>;
}

export const CONNECTOR_PLAN_CALLS: PlanCalls = {
  actorTypes: (url, opts) => getSupportedActorTypes(url, EMPTY_GUID, opts),
  fields: (url, actorType, opts) => getSupportedActorTypeFields(url, EMPTY_GUID, actorType, opts),
  list: (url, listName, opts) => getList(url, listName, opts),
};

export async function readConnectorPlan(url: string, opts: ClientOptions, calls: PlanCalls = CONNECTOR_PLAN_CALLS): Promise<ConnectorPlanData> {
  const types = await calls.actorTypes(url, opts);
  if (types.kind !== 'ok') return { actorTypes: { ok: false, why: why(types) }, actors: [], lists: {} };
  const names = [...new Set(types.value)].slice(0, PLAN_LIMITS.actors);
  const actors: ConnectorPlanData['actors'] = [];
  // A Map: a list may be named anything, __proto__ too.
  const lists = new Map<string, Record<string, string>>();
  for (const actorType of names) {
    const f = await calls.fields(url, actorType, opts);
    if (f.kind !== 'ok') {
      actors.push({ actorType, why: why(f) });
      continue;
    }
    actors.push({ actorType, fields: f.value.fields });
    for (const field of f.value.fields) {
      const name = field.FieldType === 'List' ? field.ListName : '';
      if (!name || lists.has(name) || lists.size >= PLAN_LIMITS.lists) continue;
      const items = await calls.list(url, name, opts);
      if (items.kind === 'ok') lists.set(name, Object.fromEntries(items.value.map((i) => [i.key, i.text])));
    }
  }
  return { actorTypes: { ok: true, value: names }, actors, lists: Object.fromEntries(lists) };
}
