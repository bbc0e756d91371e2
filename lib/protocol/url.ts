// Which connector URLs the browser can call: only http(s). `app://` (Online) and `plugin://`
// (onsite debugging) are resolved by the CRM's servers, so only the CRM-side test can reach them.
import type { Failure } from './outcome';

export const MAX_URL_LENGTH = 1023; // the CRM's URL field (ErpSyncConnectorEntity.URL)

export type UrlCheck = { ok: true; url: URL } | { ok: false; failure: Extract<Failure, { kind: 'bad-url' }> };

export function checkConnectorUrl(raw: string): UrlCheck {
  const text = raw.trim();
  const bad = (reason: Extract<Failure, { kind: 'bad-url' }>['reason'], detail: string): UrlCheck => ({
    ok: false,
    failure: { kind: 'bad-url', reason, detail },
  });
  if (text.length > MAX_URL_LENGTH) return bad('too-long', `The URL is longer than ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return bad('invalid', `"${text.slice(0, 80)}" is not a URL`);
  }
  const scheme = url.protocol.toLowerCase();
  if (scheme === 'app:') return bad('app-url', 'An app:// connector is reached by the CRM only');
  if (scheme === 'plugin:') return bad('plugin-url', 'A plugin:// connector is reached by the CRM only');
  if (scheme !== 'http:' && scheme !== 'https:') return bad('scheme', `Only http and https URLs can be tested, not ${scheme}//`);
  if (!url.hostname) return bad('invalid', 'The URL has no host name');
  if (url.username || url.password) return bad('credentials', 'The URL contains a user name or password; remove it');
  url.hash = '';
  return { ok: true, url };
}
