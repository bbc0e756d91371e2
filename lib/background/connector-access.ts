// Which connector hosts the background may call: only those the consultant granted, one host at
// a time, from an extension page on their click. SuperOffice's own hosts never count as
// connectors, even though the extension may reach them: a "connector test" must not become a
// way to make credentialed calls into the CRM.
// Grants are by exact origin, port included: Firefox's match patterns cannot name a port, so the
// browser's permission is for the host, and the origins granted on the grant page are kept here
// too; a call needs both (granting :8443 must not allow every port of the host).
import { browser } from 'wxt/browser';

const SUPEROFFICE = /(^|\.)superoffice\.com$/i;

/** The permission pattern for a connector URL's host (ports are not part of match patterns). */
export function hostPattern(rawUrl: string): string | null {
  let u: URL;
  try {
    u = new URL(rawUrl);
  } catch {
    return null;
  }
  const host = u.hostname.replace(/\.+$/, ''); // "superoffice.com." is superoffice.com
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !host || SUPEROFFICE.test(host)) return null;
  return `${u.protocol}//${host}/*`;
}

const ORIGINS_KEY = 'grantedConnectorOrigins';

function declaredHosts(): string[] {
  try {
    // MV3 (Chrome) declares hosts in host_permissions; MV2 (Firefox) among the permissions, beside
    // API names such as "storage" that never look like a host pattern.
    const m = browser.runtime.getManifest() as { host_permissions?: string[]; permissions?: string[] };
    return [...(m.host_permissions ?? []), ...(m.permissions ?? [])];
  } catch {
    return [];
  }
}

async function grantedOrigins(): Promise<string[]> {
  const raw: unknown = (await browser.storage.local.get(ORIGINS_KEY))[ORIGINS_KEY];
  return Array.isArray(raw) ? raw.filter((o): o is string => typeof o === 'string') : [];
}

/** The exact origin the consultant allowed on the grant page (after the browser granted its host). */
export async function grantOrigin(rawUrl: string): Promise<void> {
  if (!hostPattern(rawUrl)) return;
  const origin = new URL(rawUrl).origin;
  const kept = await grantedOrigins();
  if (!kept.includes(origin)) await browser.storage.local.set({ [ORIGINS_KEY]: [...kept, origin] });
}

export async function isConnectorPermitted(origin: string): Promise<boolean> {
  const pattern = hostPattern(origin);
  if (!pattern) return false;
  try {
    const exact = new URL(origin).origin;
    // A host the build itself declares (only the e2e test build's loopback host: SuperOffice's own
    // hosts never pass hostPattern) was not asked for per origin: it counts whole.
    const declared = declaredHosts().includes(pattern);
    return (declared || (await grantedOrigins()).includes(exact)) && (await browser.permissions.contains({ origins: [pattern] }));
  } catch {
    return false;
  }
}

export const GRANT_PAGE = '/grant.html';

/** Opens the extension's own page that explains which host and why, and asks on a click. */
export async function openGrantPage(rawUrl: string): Promise<boolean> {
  const pattern = hostPattern(rawUrl);
  if (!pattern) return false;
  const page = `${browser.runtime.getURL(GRANT_PAGE)}?url=${encodeURIComponent(new URL(rawUrl).origin)}`;
  await browser.windows.create({ url: page, type: 'popup', width: 520, height: 420 });
  return true;
}

const GRANTS_KEY = 'grantedConnectorHosts';
export type GrantLog = Record<string, number>;

/** Remember when each connector host was granted (the options page lists them). */
export async function recordGrants(origins: readonly string[], now = Date.now()): Promise<void> {
  const log = ((await browser.storage.local.get(GRANTS_KEY))[GRANTS_KEY] ?? {}) as GrantLog;
  for (const o of origins) if (!(o in log)) log[o] = now;
  await browser.storage.local.set({ [GRANTS_KEY]: log });
}

/** A host permission removed (here or in the browser's settings): every origin of that host goes with it. */
export async function forgetGrants(origins: readonly string[]): Promise<void> {
  const log = ((await browser.storage.local.get(GRANTS_KEY))[GRANTS_KEY] ?? {}) as GrantLog;
  for (const o of origins) delete log[o];
  const removed = new Set(origins);
  const kept = (await grantedOrigins()).filter((o) => !removed.has(hostPattern(o) ?? ''));
  await browser.storage.local.set({ [GRANTS_KEY]: log, [ORIGINS_KEY]: kept });
}
