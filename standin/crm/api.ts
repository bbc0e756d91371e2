// REST routing under /<CustID>/api/v1/: auth (session + XSRF, or Basic), the ErpSync agent,
// users and user groups, and one stand-in-only helper the native dialog needs for List fields.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '../http.ts';
import { callUrl, liveConnector, type AgentContext, type AgentMethod } from './agent-context.ts';
import { connectionMethods } from './agent-connections.ts';
import { connectorMethods } from './agent-connectors.ts';
import { USER_GROUPS, USERS } from './directory.ts';
import { ApiError, badRequest, notFound } from './errors.ts';
import { requestLang } from './i18n.ts';
import { odataList } from './odata.ts';
import type { Sessions } from './session.ts';
import { readMap } from './soap-client.ts';
import type { Store } from './store.ts';

const METHODS: Record<string, AgentMethod> = { ...connectorMethods, ...connectionMethods };

export interface ApiDeps {
  store: Store;
  sessions: Sessions;
  apps: Record<string, string>;
  soapTimeoutMs: number;
  restrictAgent(): boolean;
}

export async function handleApi(req: IncomingMessage, res: ServerResponse, custId: string, rest: string, url: URL, deps: ApiDeps): Promise<void> {
  const source = rest.split('/').slice(0, 3).join('/');
  try {
    const auth = deps.sessions.check(req, custId);
    if (!auth.ok) throw new ApiError(auth.status, auth.message, auth.status === 401 ? 'SoAuthenticationException' : 'XsrfException');
    const tenant = deps.store.tenant(custId);
    if (!tenant) throw notFound(`Unknown tenant ${custId}`);
    const base = `/${custId}`;
    if (req.method === 'GET' && /^User\/?$/i.test(rest)) return sendJson(res, 200, odataList(USERS as unknown as Array<Record<string, unknown>>, url.searchParams, base));
    if (req.method === 'GET' && /^List\/UserGroup\/Items\/?$/i.test(rest)) return sendJson(res, 200, USER_GROUPS);
    const agent = /^Agents\/ErpSync\/(\w+)$/i.exec(rest);
    if (!agent && !/^__standin\/erp-list$/i.test(rest)) throw notFound(`No such resource: /api/v1/${rest}`);
    if (req.method !== 'POST') throw new ApiError(405, 'Use POST', 'MethodNotAllowed');
    const raw = await readBody(req);
    let body: unknown = null;
    try {
      body = raw.trim() ? JSON.parse(raw) : null;
    } catch {
      throw badRequest('The request body is not valid JSON');
    }
    const ctx: AgentContext = { store: deps.store, tenant, lang: requestLang(req), query: url.searchParams, body, apps: deps.apps, soapTimeoutMs: deps.soapTimeoutMs };
    if (!agent) return sendJson(res, 200, await erpList(ctx));
    if (deps.restrictAgent()) throw new ApiError(403, 'Access denied: the ErpSync agent is Online Restricted and not enabled for this application', 'SoAccessDeniedException');
    const name = Object.keys(METHODS).find((k) => k.toLowerCase() === (agent[1] ?? '').toLowerCase());
    const method = name ? METHODS[name] : undefined;
    if (!method) throw notFound(`ErpSync agent has no method ${agent[1] ?? ''}`);
    const value = await method(ctx);
    sendJson(res, value === undefined ? 204 : 200, value);
  } catch (e) {
    const err = e instanceof ApiError ? e : new ApiError(500, String(e), 'Exception');
    sendJson(res, err.status, err.body(source));
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
