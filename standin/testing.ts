// Helpers for tests that talk to the stand-in like a browser would: load the admin page, keep
// its cookies, and send REST calls with the XSRF token.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { PROFILE_NAMES, startStandin, type Standin } from './index.ts';

export interface BrowserSession {
  cookie: string;
  xsrf: string;
  /** Hidden input value on the page (must equal the XSRF cookie). */
  hiddenXsrf: string;
  setCookie: string[];
  html: string;
  api(path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  agent(name: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

export async function openSession(s: Standin, custId = 'Cust12345', lang?: 'no'): Promise<BrowserSession> {
  const res = await fetch(`${s.crmOrigin}/${custId}/admin/default.aspx${lang ? '?lang=no' : ''}`);
  const html = await res.text();
  const setCookie = res.headers.getSetCookie();
  const pairs = setCookie.map((c) => c.split(';')[0] ?? '');
  const cookie = pairs.join('; ');
  const xsrf = pairs.find((p) => p.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length) ?? '';
  const hiddenXsrf = /<input type="hidden" name="XSRF_TOKEN" value="([^"]*)"/.exec(html)?.[1] ?? '';
  const api: BrowserSession['api'] = (path, init = {}) =>
    fetch(`${s.crmOrigin}/${custId}/api/v1/${path}`, {
      method: init.method ?? 'GET',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', Cookie: cookie, 'X-XSRF-TOKEN': xsrf, ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  return { cookie, xsrf, hiddenXsrf, setCookie, html, api, agent: (name, body = {}, headers) => api(`Agents/ErpSync/${name}`, { method: 'POST', body, headers }) };
}

export async function json<T = unknown>(res: Response | Promise<Response>): Promise<T> {
  const r = await res;
  const text = await r.text();
  if (!r.ok) throw new Error(`HTTP ${r.status}: ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/**
 * The stand-in for one test file: started before, connector modes back to `ok` after each test
 * (and the CRM's data reset when asked), closed after. `onStart` receives it.
 */
export function useStandin(onStart: (s: Standin) => void, opts: { resetData?: boolean } = {}): void {
  let started: Standin | undefined;
  beforeAll(async () => {
    started = await startStandin({ crmPort: 0, connectorPort: 0 });
    onStart(started);
  });
  afterEach(async () => {
    if (!started) return;
    for (const p of PROFILE_NAMES) started.setConnectorMode(p, 'ok');
    if (opts.resetData) await fetch(`${started.crmOrigin}/__standin/control`, { method: 'POST', body: '{"reset":true}' });
  });
  afterAll(async () => {
    await started?.close();
  });
}

/**
 * An agent call that failed the documented way (docs/en/api/web-services/endpoints/agents-webapi/index.md):
 * 200 with `{Message, MessageDetail}`. Answers the detail; throws on any other answer.
 */
export async function agentMessage(res: Response | Promise<Response>): Promise<string> {
  const r = await res;
  const body = (await r.json().catch(() => undefined)) as { Message?: unknown; MessageDetail?: unknown } | null | undefined;
  if (r.status !== 200 || !body || typeof body.Message !== 'string') throw new Error(`expected 200 with {Message, MessageDetail}, got HTTP ${r.status}: ${JSON.stringify(body)}`);
  return typeof body.MessageDetail === 'string' ? body.MessageDetail : body.Message;
}

/** An agent call that found nothing: 200 with `null` (same page). */
export async function agentNull(res: Response | Promise<Response>): Promise<boolean> {
  const r = await res;
  return r.status === 200 && (await r.text()).trim() === 'null';
}
