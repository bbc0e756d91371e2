// Who sent a message, decided only from what the browser vouches for (sender.id, sender.origin,
// sender.url, sender.tab), never from anything inside the message.
import { adminTenantOf } from '../hosts';
import { installOf, installTenant, type OnsiteInstall } from '../onsite/address';

export interface SenderFacts {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type SenderClass =
  | { kind: 'extension-page'; url: string }
  | { kind: 'admin-content-script'; tabId: number; frameId: number; url: string; tenant: string }
  | { kind: 'rejected'; reason: string };

export interface SelfFacts {
  /** browser.runtime.id */
  id: string;
  /** browser.runtime.getURL('/') – the extension's own origin with a trailing slash. */
  baseUrl: string;
  /** Onsite installations the consultant added (their admin pages count like Online's). */
  onsite?: readonly OnsiteInstall[];
}

/** The tenant of a SuperOffice admin page: Online's host + CustID, or an added onsite install. */
export function adminPageTenant(url: string, onsite: readonly OnsiteInstall[] = []): { origin: string; tenant: string } | null {
  const online = adminTenantOf(url);
  if (online) return { origin: online.origin, tenant: `${online.origin}/${online.custId}` };
  const install = installOf(url, onsite);
  return install ? { origin: install.origin, tenant: installTenant(install) } : null;
}

export function classifySender(sender: SenderFacts, self: SelfFacts): SenderClass {
  if (!sender.id || sender.id !== self.id) return { kind: 'rejected', reason: 'not this extension' };
  const url = sender.url ?? '';
  // Not new URL().origin: non-web schemes have an opaque origin outside Chrome.
  const selfOrigin = self.baseUrl.replace(/\/+$/, '');
  if (url.startsWith(self.baseUrl)) {
    // Chrome also gives sender.origin; when present it must agree with the URL.
    if (sender.origin !== undefined && sender.origin !== selfOrigin) return { kind: 'rejected', reason: 'origin mismatch' };
    return { kind: 'extension-page', url };
  }
  const page = adminPageTenant(url, self.onsite);
  const tabId = sender.tab?.id;
  if (!page || tabId === undefined || tabId < 0) return { kind: 'rejected', reason: 'not a SuperOffice admin page' };
  if (sender.origin !== undefined && sender.origin !== page.origin) return { kind: 'rejected', reason: 'origin mismatch' };
  return { kind: 'admin-content-script', tabId, frameId: sender.frameId ?? 0, url, tenant: page.tenant };
}
