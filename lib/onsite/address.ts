// An onsite SuperOffice installation, from the address a consultant pastes: its origin and the
// path before /admin (e.g. https://crm.customer.example/SuperOffice/admin/default.aspx →
// origin https://crm.customer.example, base /SuperOffice).
export interface OnsiteInstall {
  origin: string;
  /** '' or a path like '/SuperOffice' (no trailing slash). */
  basePath: string;
  addedAt: number;
}

export type AddressProblem = 'invalid' | 'scheme' | 'insecure' | 'credentials' | 'superoffice-online' | 'too-long';

export function parseInstallAddress(raw: string): { ok: true; origin: string; basePath: string } | { ok: false; problem: AddressProblem } {
  const text = raw.trim();
  if (text.length > 1023) return { ok: false, problem: 'too-long' };
  let u: URL;
  try {
    u = new URL(/^[a-z][\w+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { ok: false, problem: 'scheme' };
  // Plain http: anyone on the network reads the session, and the wizard would put connection
  // passwords into such a page's CRM: refused, with why.
  if (u.protocol === 'http:') return { ok: false, problem: 'insecure' };
  if (u.username || u.password) return { ok: false, problem: 'credentials' };
  if (!u.hostname || !u.hostname.includes('.') && u.hostname !== 'localhost') return { ok: false, problem: 'invalid' };
  if (/(^|\.)superoffice\.com$/i.test(u.hostname)) return { ok: false, problem: 'superoffice-online' };
  const path = u.pathname.replace(/\/+$/, '');
  const at = path.toLowerCase().search(/\/admin(\/|$)/);
  const basePath = (at >= 0 ? path.slice(0, at) : path).replace(/\/(default\.aspx)?$/i, '');
  return { ok: true, origin: u.origin, basePath };
}

/** Host permission for the install (match patterns have no ports: the host is what is granted). */
export const permissionPattern = (i: Pick<OnsiteInstall, 'origin'>) => `${new URL(i.origin).protocol}//${new URL(i.origin).hostname}/*`;
/**
 * Where the launcher runs: the install's Settings and maintenance pages. With `port` (Chrome's
 * patterns take one, Firefox's do not) an install on a port of its own matches that port only;
 * either way a page on another port is refused by installOf, which compares whole origins.
 */
export const adminPattern = (i: Pick<OnsiteInstall, 'origin' | 'basePath'>, port = false) => {
  const u = new URL(i.origin);
  return `${u.protocol}//${u.hostname}${port && u.port ? `:${u.port}` : ''}${i.basePath}/admin/*`;
};
/** The tenant key drafts are filed under. */
export const installTenant = (i: Pick<OnsiteInstall, 'origin' | 'basePath'>) => `${i.origin}${i.basePath}`;
/** A stable id for the registered content script. */
export const scriptId = (i: Pick<OnsiteInstall, 'origin' | 'basePath'>) => `onsite:${installTenant(i)}`;

/** The install (and tenant) an admin page URL belongs to, if any. */
export function installOf(url: string, installs: readonly OnsiteInstall[]): OnsiteInstall | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  // An http: install kept from an older version is never a SuperOffice page to us: no wizard, no drafts, no secrets.
  if (u.protocol !== 'https:') return null;
  return installs.find((i) => u.origin === i.origin && u.pathname.toLowerCase().startsWith(`${i.basePath}/admin`.toLowerCase())) ?? null;
}
