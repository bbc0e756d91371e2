// Where the tenant's REST API lives, and the XSRF token, found the way SuperOffice's web client
// finds them. docs/en/api/web-services/webapi/index.md ("X-XSRF-TOKEN"): "The SuperOffice pages
// contain an INPUT field XSRF_TOKEN" and "The XSRF-TOKEN is also stored in a cookie". The page does
// not say whether XSRF_TOKEN is the input's name or its id: both are read, then older spellings.
import type { Plain } from './result';

export interface CrmLocation {
  /** `https://host/Cust12345/api/v1/` (always with the trailing slash). */
  apiBase: string;
  /** The path before `/admin/`: `/Cust12345`, or an onsite install's own path (may be ''). */
  tenantPath: string;
  /** `Cust12345` when the tenant path ends in one (SuperOffice Online), else null. */
  custId: string | null;
}

/** From the admin page's URL: `https://host/<CustID>/admin/…` → `https://host/<CustID>/api/v1/`. */
export function crmLocationFromUrl(href: string | URL | { href: string }): CrmLocation | null {
  let u: URL;
  try {
    u = new URL(typeof href === 'string' ? href : href.href);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const segments = u.pathname.split('/').filter(Boolean);
  // The first `admin` segment: an onsite install's own path may be several segments deep.
  const at = segments.findIndex((s) => s.toLowerCase() === 'admin');
  if (at < 0) return null;
  const prefix = segments.slice(0, at);
  const tenantPath = prefix.length ? `/${prefix.join('/')}` : '';
  const last = prefix[prefix.length - 1] ?? '';
  return { apiBase: `${u.origin}${tenantPath}/api/v1/`, tenantPath, custId: /^cust\d+$/i.test(last) ? last : null };
}

export const apiBaseFromUrl = (href: string | URL | { href: string }): string | null => crmLocationFromUrl(href)?.apiBase ?? null;

export const XSRF_COOKIE = 'XSRF-TOKEN';
/** Hidden inputs that may carry the token, most likely first. */
export const XSRF_INPUT_SELECTORS = ['input[name="XSRF_TOKEN"]', 'input#XSRF_TOKEN', 'input[name="X-XSRF-TOKEN"]', 'input#xsrf-token', 'input[name="XSRF-TOKEN"]', 'input[name="xsrf-token"]', 'input#XSRF-TOKEN'] as const;

export type XsrfSource = 'cookie' | 'input';

export function readXsrfCookie(cookie: string): string | null {
  for (const part of cookie.split(';')) {
    const i = part.indexOf('=');
    if (i < 0 || part.slice(0, i).trim() !== XSRF_COOKIE) continue;
    const raw = part.slice(i + 1).trim();
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      /* keep it as sent */
    }
    if (value) return value;
  }
  return null;
}

/** The cookie first (it is renewed with the session), then a hidden input of the page. */
export function readXsrfToken(doc: Document): { token: string; source: XsrfSource } | null {
  let cookie = '';
  try {
    cookie = doc.cookie;
  } catch {
    /* sandboxed documents throw on cookie access */
  }
  const fromCookie = readXsrfCookie(cookie);
  if (fromCookie) return { token: fromCookie, source: 'cookie' };
  for (const sel of XSRF_INPUT_SELECTORS) {
    const v = doc.querySelector<HTMLInputElement>(sel)?.value?.trim();
    if (v) return { token: v, source: 'input' };
  }
  return null;
}

export type CrmSession =
  | { ok: true; location: CrmLocation; xsrfToken: () => string | null; source: XsrfSource }
  | { ok: false; reason: 'not-admin-page' | 'no-xsrf-token'; message: Plain };

/** Everything createCrmClient needs from the page; the token is re-read on every call. */
export function discoverCrmSession(doc: Document, loc: string | URL | { href: string } = doc.location): CrmSession {
  const location = crmLocationFromUrl(loc);
  if (!location)
    return { ok: false, reason: 'not-admin-page', message: {
      en: 'This page is not SuperOffice’s Settings and maintenance (the address has no /admin/ part). Open Settings and maintenance and start the wizard there.',
      no: 'Denne siden er ikke SuperOffice sin Innstillinger og vedlikehold (adressen har ingen /admin/-del). Åpne Innstillinger og vedlikehold og start veiviseren der.',
    } };
  const found = readXsrfToken(doc);
  if (!found)
    return { ok: false, reason: 'no-xsrf-token', message: {
      en: 'Could not find the page’s security token (XSRF). Reload the page; if you are signed out, sign in again.',
      no: 'Fant ikke sidens sikkerhetsnøkkel (XSRF). Last siden på nytt; er du logget ut, logg på igjen.',
    } };
  return { ok: true, location, source: found.source, xsrfToken: () => readXsrfToken(doc)?.token ?? found.token };
}
