// Who sent a message, decided only from what the browser vouches for (sender.id, sender.origin,
// sender.url, sender.tab), never from anything inside the message.
import { adminTenantOf } from '../hosts';
import { installOf, installTenant, type OnsiteInstall } from '../onsite/address';

export interface SenderFacts {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type SenderClass =
  | { kind: 'extension-page'; url: string }
  | { kind: 'admin-content-script'; tabId: number; frameId: number; url: string; tenant: string }
  /**
   * The wizard's own page in a frame of a tab. Its tenant is never taken from the frame or the page:
   * the background binds the frame (tab + frameId) to a tenant when it claims the ticket the
   * content script was given on a trusted open; until then `tenant` is '' and only the claim is heard.
   */
  | { kind: 'wizard-frame'; tabId: number; frameId: number; url: string; tenant: string; csFrameId: number }
  | { kind: 'rejected'; reason: string };

/** The wizard's page, relative to the extension's root (public/wizard-frame.html). */
export const WIZARD_FRAME_PATH = 'wizard-frame.html';

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
    const path = url.slice(self.baseUrl.length).replace(/[?#].*$/, '');
    if (path === WIZARD_FRAME_PATH) {
      // Only ever inside a tab: a frame with no tab (opened as its own window) is nobody's wizard.
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0 || sender.frameId === undefined || sender.frameId <= 0) return { kind: 'rejected', reason: 'wizard frame outside a tab' };
      return { kind: 'wizard-frame', tabId, frameId: sender.frameId, url, tenant: '', csFrameId: -1 };
    }
    // The popup, options and grant pages: never inside a web page's tab (they are not web-accessible).
    return { kind: 'extension-page', url };
  }
  const page = adminPageTenant(url, self.onsite);
  const tabId = sender.tab?.id;
  if (!page || tabId === undefined || tabId < 0) return { kind: 'rejected', reason: 'not a SuperOffice admin page' };
  if (sender.origin !== undefined && sender.origin !== page.origin) return { kind: 'rejected', reason: 'origin mismatch' };
  return { kind: 'admin-content-script', tabId, frameId: sender.frameId ?? 0, url, tenant: page.tenant };
}
