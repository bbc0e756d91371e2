// REST routing under /<CustID>/api/v1/: auth (session + XSRF, or Basic), the ErpSync agent,
// users and user groups, and one stand-in-only helper the native dialog needs for List fields.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '../http.ts';
import { callUrl, liveConnector, type AgentContext, type AgentMethod } from './agent-context.ts';
import { connectionMethods } from './agent-connections.ts';
import { connectorMethods } from './agent-connectors.ts';
import { listMappingMethods } from './agent-list-mapping.ts';
import { defaultMethods } from './agent-defaults.ts';
import { mappingMethods } from './agent-mapping.ts';
import { orderMethods } from './agent-order.ts';
import { tenantSize, USER_GROUPS, usersFor } from './directory.ts';
import { agentFailure, ApiError, badRequest, malformed, notFound } from './errors.ts';
import { requestLang } from './i18n.ts';
import type { CrmQuirk } from './quirks.ts';
import type { Sessions } from './session.ts';
import { readMap } from './soap-client.ts';
import type { Store } from './store.ts';
import { userArchive } from './user-archive.ts';

const METHODS: Record<string, AgentMethod> = { ...connectorMethods, ...connectionMethods, ...mappingMethods, ...listMappingMethods, ...orderMethods, ...defaultMethods };

export interface ApiDeps {
  store: Store;
  sessions: Sessions;
  apps: Record<string, string>;
  soapTimeoutMs: number;
  quirks: ReadonlySet<CrmQuirk>;
}

export async function handleApi(req: IncomingMessage, res: ServerResponse, custId: string, rest: string, url: URL, deps: ApiDeps): Promise<void> {
  const source = rest.split('/').slice(0, 3).join('/');
  const agent = /^Agents\/ErpSync\/(\w+)$/i.exec(rest);
  try {
    // docs/en/api/web-services/webapi/index.md: no Authorization and no valid X-XSRF-TOKEN → 401.
    if (deps.quirks.has('expired-session')) throw new ApiError(401, 'Not authenticated: the session has ended (logged out)', 'SoAuthenticationException');
    const auth = deps.sessions.check(req, custId);
    if (!auth.ok) throw new ApiError(auth.status, auth.message, 'SoAuthenticationException');
    const tenant = deps.store.tenant(custId);
    if (!tenant) throw notFound(`Unknown tenant ${custId}`);
    const base = `/${custId}`;
    if (req.method === 'GET' && /^User\/?$/i.test(rest)) return sendJson(res, 200, userArchive(usersFor(tenantSize(deps.quirks)), url.searchParams, base));
    if (req.method === 'GET' && /^List\/UserGroup\/Items\/?$/i.test(rest)) return sendJson(res, 200, USER_GROUPS);
    if (!agent && !/^__standin\/erp-list$/i.test(rest)) throw notFound(`No such resource: /api/v1/${rest}`);
    if (req.method !== 'POST') throw new ApiError(405, 'Use POST', 'MethodNotAllowed');
    // Every ErpSync_Agent page: "Online Restricted: The ErpSync agent is not available in Online by default."
    if (agent && deps.quirks.has('restrict-agent')) throw new ApiError(403, 'Access denied: the ErpSync agent is Online Restricted and not enabled for this application', 'SoAccessDeniedException');
    const raw = await readBody(req);
    let body: unknown = null;
    try {
      body = raw.trim() ? JSON.parse(raw) : null;
    } catch {
      throw malformed('The request body is not valid JSON');
    }
    const ctx: AgentContext = { store: deps.store, tenant, lang: requestLang(req), query: url.searchParams, body, apps: deps.apps, soapTimeoutMs: deps.soapTimeoutMs, quirks: deps.quirks };
    if (!agent) return sendJson(res, 200, await erpList(ctx));
    return await runAgent(res, ctx, agent[1] ?? '');
  } catch (e) {
    const err = e instanceof ApiError ? e : new ApiError(500, String(e), 'Exception');
    sendJson(res, err.status, err.body(source));
  }
}

// docs/en/api/web-services/endpoints/agents-webapi/index.md: "The agents do not return HTTP errors".
async function runAgent(res: ServerResponse, ctx: AgentContext, name: string): Promise<void> {
  const key = Object.keys(METHODS).find((k) => k.toLowerCase() === name.toLowerCase());
  const method = key ? METHODS[key] : undefined;
  if (!method) throw notFound(`ErpSync agent has no method ${name}`);
  if (ctx.quirks.has('internal-error')) return sendJson(res, 200, { Message: 'An error has occurred.', MessageDetail: `ErpSync.${key ?? name}: the database did not answer in time (SQL timeout)` });
  try {
    const value = await method(ctx);
    sendJson(res, value === undefined ? 204 : 200, value);
  } catch (e) {
    const f = agentFailure(e);
    sendJson(res, f.status, f.body);
  }
}

/** Stand-in only (not a SuperOffice API): the items of a connector's List field, via WSGetList with the empty GUID. */
async function erpList(ctx: AgentContext): Promise<Record<string, string>> {
  const b = (ctx.body ?? {}) as { ErpConnectorId?: unknown; ListName?: unknown };
  if (typeof b.ErpConnectorId !== 'number' || typeof b.ListName !== 'string') throw badRequest('ErpConnectorId and ListName are required');
  const connector = liveConnector(ctx, b.ErpConnectorId);
  const r = await callUrl(ctx, connector.URL, 'WSGetList', [['ConnectionGuid', '00000000-0000-0000-0000-000000000000'], ['ListName', b.ListName]]);
  return r.IsOk ? readMap(r.result, 'ListItems') : {};
}
