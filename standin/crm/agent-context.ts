// What every ErpSync agent method gets: the tenant's data, the call's language and body, and a
// way to reach a connector the way the CRM's servers do.
import { callConnector, type CallResult, type Members } from './soap-client.ts';
import { resolveConnectorUrl } from './connector-url.ts';
import type { Lang } from './i18n.ts';
import type { CrmQuirk } from './quirks.ts';
import type { ErpSyncConnectorEntity, TenantData } from './model.ts';
import type { Store } from './store.ts';
import { notFound } from './errors.ts';

export interface AgentContext {
  store: Store;
  tenant: TenantData;
  lang: Lang;
  query: URLSearchParams;
  body: unknown;
  apps: Record<string, string>;
  soapTimeoutMs: number;
  quirks: ReadonlySet<CrmQuirk>;
}

/** Agent methods answer a JSON value; `undefined` means 204 No Content. */
export type AgentMethod = (ctx: AgentContext) => unknown;

export function liveConnector(ctx: AgentContext, id: number): ErpSyncConnectorEntity {
  const c = ctx.tenant.connectors.find((x) => x.ErpConnectorId === id && !x.Deleted);
  if (!c) throw notFound(`No ErpSyncConnector with id ${id}`);
  return c;
}

export async function callUrl(ctx: AgentContext, url: string, op: string, members: Members | null): Promise<CallResult> {
  const target = resolveConnectorUrl(url, ctx.apps);
  if (!target.ok) return { answered: false, IsOk: false, State: null, UserExplanation: null, TechExplanation: target.reason, ErrorCode: null };
  return callConnector(target.url, op, members, ctx.soapTimeoutMs);
}

export function queryInt(ctx: AgentContext, name: string): number | undefined {
  for (const [k, v] of ctx.query) if (k.toLowerCase() === name.toLowerCase() && /^-?\d+$/.test(v)) return Number(v);
  return undefined;
}
