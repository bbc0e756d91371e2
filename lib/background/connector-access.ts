// Which connector hosts the background may call: only those the consultant granted, one host at
// a time, from an extension page on their click. SuperOffice's own hosts never count as
// connectors, even though the extension may reach them: a "connector test" must not become a
// way to make credentialed calls into the CRM.
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

export async function isConnectorPermitted(origin: string): Promise<boolean> {
  const pattern = hostPattern(origin);
  if (!pattern) return false;
  try {
    return await browser.permissions.contains({ origins: [pattern] });
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

export async function forgetGrants(origins: readonly string[]): Promise<void> {
  const log = ((await browser.storage.local.get(GRANTS_KEY))[GRANTS_KEY] ?? {}) as GrantLog;
  for (const o of origins) delete log[o];
  await browser.storage.local.set({ [GRANTS_KEY]: log });
}
