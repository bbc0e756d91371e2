// The CRM's REST calls the wizard frame asks for (through the background): made here, in the
// content script's isolated world of the CRM page, because only a same-origin call carries the
// consultant's session. The page's scripts see none of it: not the values (a connection's password
// goes only into the CRM's own save request), not the answers. Only calls under this page's own
// REST API are made, with the XSRF token read from this page, whatever the message says.
import { discoverCrmSession, readXsrfToken } from '../crm/session';
import type { CrmAnswer, CrmCall } from '../messages/frame-protocol';

/** Longer than the CRM client's own 15 s timeout, so that one decides and names it. */
const RELAY_TIMEOUT_MS = 25_000;

export type RelayReply = { ok: true; value: CrmAnswer } | { ok: false; error: string };

export function underApiBase(url: string, apiBase: string): boolean {
  try {
    const u = new URL(url);
    const base = new URL(apiBase);
    return u.origin === base.origin && !u.username && !u.password && u.pathname.toLowerCase().startsWith(base.pathname.toLowerCase());
  } catch {
    return false;
  }
}

export async function relayCrmCall(call: CrmCall, doc: Document = document, doFetch: typeof fetch = fetch): Promise<RelayReply> {
  const session = discoverCrmSession(doc);
  // No token on the page: the call still goes, and the CRM's own refusal (403) is what the panel shows.
  const apiBase = session.ok ? session.location.apiBase : null;
  if (!apiBase || !underApiBase(call.url, apiBase)) return { ok: false, error: 'Not this page’s CRM REST API' };
  const headers: Record<string, string> = { Accept: 'application/json', 'SO-Language': call.lang };
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  const token = readXsrfToken(doc)?.token;
  if (token) headers['X-XSRF-TOKEN'] = token;
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), RELAY_TIMEOUT_MS);
  try {
    const res = await doFetch(call.url, { method: call.method, headers, body: call.body, credentials: 'same-origin', signal: ctl.signal });
    const text = await res.text();
    return { ok: true, value: { status: res.status, redirected: res.redirected, type: res.type, contentType: res.headers.get('content-type') ?? '', text } };
  } catch (e) {
    return { ok: false, error: ctl.signal.aborted ? `No answer within ${RELAY_TIMEOUT_MS} ms` : String(e).slice(0, 300) };
  } finally {
    clearTimeout(timer);
  }
}
