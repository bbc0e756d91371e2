// Where SuperOffice Online lives. Tenants move between hosts of this family over time
// (online, sod, sod2, online2, …), so the whole family is named, and nothing else.
export const SUPEROFFICE_HOSTS = ['https://*.superoffice.com/*'];

/** The Settings and maintenance pages of a tenant: https://<host>.superoffice.com/<CustID>/admin/… */
export const ADMIN_PAGE_MATCHES = ['https://*.superoffice.com/*/admin/*'];

const ADMIN_PATH = /^\/(Cust\d+)\/admin(?:\/|$)/i;

/** The tenant (host + CustID) of a SuperOffice Online admin page URL, or null if it is not one. */
export function adminTenantOf(url: string): { origin: string; custId: string } | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || !/(^|\.)superoffice\.com$/i.test(u.hostname) || u.port !== '') return null;
  const m = ADMIN_PATH.exec(u.pathname);
  // /cust12345/ and /Cust12345/ are the same tenant: spell it one way.
  return m?.[1] ? { origin: u.origin, custId: `Cust${m[1].slice(4)}` } : null;
}
