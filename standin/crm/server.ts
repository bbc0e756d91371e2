// The stand-in CRM: pages, REST API and the test control endpoints, over HTTP or HTTPS.
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { Socket } from 'node:net';
import { closeServer, isLoopback, listen, readBody, send, sendJson, trackSockets } from '../http.ts';
import { handleApi } from './api.ts';
import { parseCookies, Sessions } from './session.ts';
import { adminPage, mainClientPage } from './pages.ts';
import type { Lang } from './i18n.ts';
import { isCrmQuirk, type CrmQuirk } from './quirks.ts';
import type { Store } from './store.ts';

export interface CrmOptions {
  port: number;
  host: string;
  tls?: { cert: string; key: string };
  store: Store;
  apps: Record<string, string>;
  soapTimeoutMs: number;
  /** Documented behaviours switched on from the start (standin/crm/quirks.ts). */
  quirks?: readonly CrmQuirk[];
}

export interface CrmServer {
  port: number;
  close(): Promise<void>;
}

function pageLang(req: IncomingMessage, url: URL): Lang {
  const q = url.searchParams.get('lang') ?? parseCookies(req).lang ?? '';
  return /^(no|nb|nn)/i.test(q) ? 'no' : 'en';
}

export async function startCrm(opts: CrmOptions): Promise<CrmServer> {
  const sessions = new Sessions();
  const quirks = new Set<CrmQuirk>(opts.quirks ?? []);
  const secure = Boolean(opts.tls);

  async function control(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!isLoopback(req)) return sendJson(res, 403, { error: 'loopback only' });
    const view = () => ({ restrictAgent: quirks.has('restrict-agent'), quirks: [...quirks] });
    if (url.pathname === '/__standin/state') return sendJson(res, 200, { ...opts.store.state, ...view() });
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST JSON' });
    let body: { restrictAgent?: unknown; reset?: unknown; quirks?: unknown };
    try {
      body = JSON.parse((await readBody(req)) || '{}') as typeof body;
    } catch {
      return sendJson(res, 400, { error: 'body must be JSON' });
    }
    if (body.quirks !== undefined && (!Array.isArray(body.quirks) || !body.quirks.every(isCrmQuirk))) return sendJson(res, 400, { error: 'quirks must be a list of known quirk names (--help lists them)' });
    if (body.reset === true) {
      opts.store.reset();
      quirks.clear();
      for (const q of opts.quirks ?? []) quirks.add(q);
    }
    if (Array.isArray(body.quirks)) {
      quirks.clear();
      for (const q of body.quirks as CrmQuirk[]) quirks.add(q);
    }
    if (typeof body.restrictAgent === 'boolean') {
      if (body.restrictAgent) quirks.add('restrict-agent');
      else quirks.delete('restrict-agent');
    }
    sendJson(res, 200, view());
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://crm');
    if (url.pathname === '/__standin/control' || url.pathname === '/__standin/state') return control(req, res, url);
    const m = /^\/([^/]+)\/(.*)$/.exec(url.pathname);
    const custId = m?.[1] ?? '';
    const rest = m?.[2] ?? '';
    if (!m || !opts.store.tenant(custId)) return send(res, 404, 'Not found', { 'Content-Type': 'text/plain' });
    if (/^api\/v1\//i.test(rest)) return handleApi(req, res, custId, rest.slice('api/v1/'.length), url, { store: opts.store, sessions, apps: opts.apps, soapTimeoutMs: opts.soapTimeoutMs, quirks });
    const page = /^admin\/default\.aspx$/i.test(rest) ? 'admin' : /^default\.aspx$/i.test(rest) ? 'main' : null;
    if (!page || req.method !== 'GET') return send(res, 404, 'Not found', { 'Content-Type': 'text/plain' });
    const { xsrf, setCookie } = sessions.open(req, custId, secure);
    const html = page === 'admin' ? adminPage(custId, pageLang(req, url), xsrf) : mainClientPage(custId);
    send(res, 200, html, { 'Content-Type': 'text/html; charset=utf-8', 'Set-Cookie': setCookie, 'Cache-Control': 'no-store' });
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => void handle(req, res).catch((e: unknown) => sendJson(res, 500, { Error: String(e) }));
  const server: Server = opts.tls ? createHttps({ cert: opts.tls.cert, key: opts.tls.key }, listener) : createHttp(listener);
  const sockets: Set<Socket> = trackSockets(server);
  const port = await listen(server, opts.port, opts.host);
  return { port, close: () => closeServer(server, sockets) };
}
