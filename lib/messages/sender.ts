// Who sent a message, decided only from what the browser vouches for (sender.id, sender.origin,
// sender.url, sender.tab), never from anything inside the message.
import { adminTenantOf } from '../hosts';

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
  const tenant = adminTenantOf(url);
  const tabId = sender.tab?.id;
  if (!tenant || tabId === undefined || tabId < 0) return { kind: 'rejected', reason: 'not a SuperOffice admin page' };
  if (sender.origin !== undefined && sender.origin !== tenant.origin) return { kind: 'rejected', reason: 'origin mismatch' };
  return { kind: 'admin-content-script', tabId, frameId: sender.frameId ?? 0, url, tenant: `${tenant.origin}/${tenant.custId}` };
}
