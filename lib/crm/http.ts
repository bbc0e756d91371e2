// One REST call to the CRM: same-origin, the consultant's session cookie, the XSRF header the web
// client sends, a timeout, and every outcome mapped to a CrmResult (nothing throws).
import * as z from 'zod/mini';
import { authKind, crmSays, isAgentMessage, type CrmSays } from './failure';
import { errorMessage } from './messages';
import { fail, ok, type CrmErrorKind, type CrmResult } from './result';

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface Transport {
  /** `https://host/Cust12345/api/v1/` (with the trailing slash). */
  apiBase: string;
  /** The token, or a reader called per request (the cookie may be renewed while the panel is open). */
  xsrfToken: string | null | (() => string | null | undefined);
  fetch: typeof fetch;
  lang: 'en' | 'no';
  timeoutMs: number;
}

export interface RequestSpec {
  method: 'GET' | 'POST';
  /** Relative to apiBase, e.g. `Agents/ErpSync/GetAllConnectors`. */
  path: string;
  query?: Record<string, string | number | undefined>;
  /** JSON body; undefined sends none. */
  body?: unknown;
}

function url(t: Transport, spec: RequestSpec): string {
  const u = new URL(spec.path, t.apiBase);
  for (const [k, v] of Object.entries(spec.query ?? {})) if (v !== undefined) u.searchParams.set(k, String(v));
  return u.toString();
}

function headers(t: Transport, hasBody: boolean): Record<string, string> {
  const token = typeof t.xsrfToken === 'function' ? t.xsrfToken() : t.xsrfToken;
  const h: Record<string, string> = { Accept: 'application/json', 'SO-Language': t.lang };
  if (hasBody) h['Content-Type'] = 'application/json';
  // An empty header would only be rejected; leave it out and let the CRM say 401.
  if (token) h['X-XSRF-TOKEN'] = token;
  return h;
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** The CRM's own message from an error body (REST `ErrorMessage`, agent `Message`), or a short text snippet. */
export function errorDetail(text: string): string | null {
  const j = parse(text);
  const says = crmSays(j);
  if (says) return says.message;
  if (j && typeof j === 'object') {
    const o = j as Record<string, unknown>;
    for (const k of ['message', 'error_description', 'error']) if (typeof o[k] === 'string' && o[k]) return o[k];
  }
  if (typeof j === 'string' && j) return j;
  const plain = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return plain ? plain.slice(0, 200) : null;
}

function statusKind(status: number, says: CrmSays | null): CrmErrorKind {
  if (status === 401 || status === 403) return authKind(status, says);
  if (status === 404) return 'not-found';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 400 || status === 409 || status === 422) return 'validation';
  return status >= 500 ? 'server' : 'bad-response';
}

export async function request<T>(t: Transport, spec: RequestSpec, schema: z.ZodMiniType<T>): Promise<CrmResult<T>> {
  const endpoint = spec.path;
  const err = (kind: CrmErrorKind, status: number | null, detail: string | null, says?: CrmSays | null) =>
    fail({ kind, status, detail, endpoint, message: errorMessage(kind, status, detail), ...(says ? { crm: { message: says.message, detail: says.detail } } : {}) });
  const ctl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctl.abort();
  }, t.timeoutMs);
  let res: Response;
  let text: string;
  try {
    const hasBody = spec.body !== undefined;
    res = await t.fetch(url(t, spec), {
      method: spec.method,
      headers: headers(t, hasBody),
      body: hasBody ? JSON.stringify(spec.body) : undefined,
      credentials: 'same-origin',
      signal: ctl.signal,
    });
    text = await res.text();
  } catch (e) {
    return timedOut ? err('timeout', null, `No answer within ${t.timeoutMs} ms`) : err('network', null, String(e));
  } finally {
    clearTimeout(timer);
  }
  // fetch follows redirects; an expired session typically lands on a sign-in page.
  const html = /text\/html/i.test(res.headers.get('content-type') ?? '') || /^\s*<(!doctype|html)/i.test(text);
  if (res.type === 'opaqueredirect' || (res.ok && html && res.redirected)) return err('unauthorized', res.status || null, 'Redirected to a sign-in page');
  if (!res.ok) {
    const says = crmSays(parse(text));
    return err(statusKind(res.status, says), res.status, says?.message ?? errorDetail(text), says);
  }
  if (html) return err('bad-response', res.status, 'An HTML page instead of JSON');
  let json: unknown;
  try {
    json = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    return err('bad-response', res.status, 'The answer is not JSON');
  }
  const parsed = z.safeParse(schema, json);
  if (parsed.success) return ok(parsed.data);
  // docs/en/api/web-services/endpoints/agents-webapi/index.md: "Errors are returned as NULLs" (nothing
  // to return, e.g. no such id), or as 200 with an internal error object {Message, MessageDetail}.
  if (json === null || json === undefined) return err('not-found', res.status, null);
  if (isAgentMessage(json)) {
    const says = crmSays(json);
    return err('crm-message', res.status, says?.message ?? null, says);
  }
  return err('bad-response', res.status, `Unexpected answer: ${z.prettifyError(parsed.error).slice(0, 200)}`);
}
