// Session and XSRF contract of the stand-in CRM (imitating SuperOffice's web client):
//
// * Loading `GET /<CustID>/admin/default.aspx` (or `/<CustID>/default.aspx`) "logs in" a demo user:
//   the answer sets
//     - `SuperOffice_Session=<random>`: HttpOnly, SameSite=Lax, Path=/<CustID>, Secure over HTTPS;
//     - `XSRF-TOKEN=<random>`: readable by page scripts (not HttpOnly), same Path/SameSite/Secure;
//   and the page carries the same token in a hidden input `<input type="hidden" name="XSRF_TOKEN">`
//   (docs/en/api/web-services/webapi/index.md, "X-XSRF-TOKEN": "The SuperOffice pages contain an
//   INPUT field XSRF_TOKEN … The XSRF-TOKEN is also stored in a cookie").
// * REST calls under `/<CustID>/api/` without an Authorization header need the session cookie and a
//   header `X-XSRF-TOKEN` equal to that session's token. The same page: a request without the header
//   "will return HTTP error 401 Unauthorized"; a wrong or logged-out token is refused the same way.
// * `Authorization: Basic base64(DEMO_USER:DEMO_PASSWORD)` works without cookie or XSRF (wrong → 401).
// * A session belongs to one tenant; it does not open another tenant's API.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'SuperOffice_Session';
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';
export const DEMO_USER = 'ADMIN';
export const DEMO_PASSWORD = 'Admin123';

interface Session {
  custId: string;
  xsrf: string;
}

export type AuthResult = { ok: true } | { ok: false; status: 401; message: string };

export function parseCookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

export class Sessions {
  private readonly byId = new Map<string, Session>();

  /** Start (or keep) a session for a page load; returns the token and the Set-Cookie lines. */
  open(req: IncomingMessage, custId: string, secure: boolean): { xsrf: string; setCookie: string[] } {
    const cookies = parseCookies(req);
    const existing = this.byId.get(cookies[SESSION_COOKIE] ?? '');
    const id = existing?.custId === custId ? (cookies[SESSION_COOKIE] ?? '') : randomBytes(18).toString('base64url');
    const session = existing?.custId === custId ? existing : { custId, xsrf: randomBytes(24).toString('base64url') };
    this.byId.set(id, session);
    const attrs = `Path=/${custId}; SameSite=Lax${secure ? '; Secure' : ''}`;
    return { xsrf: session.xsrf, setCookie: [`${SESSION_COOKIE}=${id}; ${attrs}; HttpOnly`, `${XSRF_COOKIE}=${session.xsrf}; ${attrs}`] };
  }

  check(req: IncomingMessage, custId: string): AuthResult {
    const auth = String(req.headers.authorization ?? '');
    if (auth) {
      const m = /^Basic\s+(\S+)$/i.exec(auth);
      const decoded = m?.[1] ? Buffer.from(m[1], 'base64').toString('utf8') : '';
      return decoded === `${DEMO_USER}:${DEMO_PASSWORD}` ? { ok: true } : { ok: false, status: 401, message: 'Invalid credentials in Authorization header' };
    }
    const session = this.byId.get(parseCookies(req)[SESSION_COOKIE] ?? '');
    if (!session || session.custId !== custId) return { ok: false, status: 401, message: 'Not authenticated: no valid session' };
    const header = String(req.headers[XSRF_HEADER] ?? '');
    if (!header) return { ok: false, status: 401, message: 'Not authenticated: no Authorization header and no X-XSRF-TOKEN header' };
    if (header !== session.xsrf) return { ok: false, status: 401, message: 'Not authenticated: the X-XSRF-TOKEN does not match the session' };
    return { ok: true };
  }

  /** Log every session out: their tokens stop working (the pages still show them). */
  clear(): void {
    this.byId.clear();
  }
}
