// What a Sync Connector URL is, as the CRM's URL field accepts it (spec §3): app://<client_id>
// for Online, http(s)://…/ErpConnectorWS.svc (optionally ?ConnectorName=) onsite, and
// plugin://<name> for onsite debugging. Each problem gets its own message.
export type ConnectorUrl =
  | { ok: true; kind: 'app'; clientId: string }
  | { ok: true; kind: 'http'; url: string; warning: 'no-svc' | null }
  | { ok: true; kind: 'plugin'; name: string }
  | { ok: false; problem: UrlProblem };

export type UrlProblem = 'empty' | 'too-long' | 'spaces' | 'scheme' | 'no-host' | 'credentials' | 'app-id' | 'plugin-name' | 'invalid';

export function classifyConnectorUrl(raw: string): ConnectorUrl {
  const text = raw.trim();
  if (!text) return { ok: false, problem: 'empty' };
  if (text.length > 1023) return { ok: false, problem: 'too-long' };
  if (/\s/.test(text)) return { ok: false, problem: 'spaces' };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme === 'app') {
    const id = text.slice('app://'.length).replace(/\/$/, '');
    return /^[A-Za-z0-9][\w.-]{1,127}$/.test(id) ? { ok: true, kind: 'app', clientId: id } : { ok: false, problem: 'app-id' };
  }
  if (scheme === 'plugin') {
    const name = text.slice('plugin://'.length).replace(/\/$/, '');
    return /^[A-Za-z0-9][\w.-]{0,127}$/.test(name) ? { ok: true, kind: 'plugin', name } : { ok: false, problem: 'plugin-name' };
  }
  if (scheme !== 'http' && scheme !== 'https') return { ok: false, problem: 'scheme' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (!url.hostname) return { ok: false, problem: 'no-host' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  return { ok: true, kind: 'http', url: url.href, warning: /\/ErpConnectorWS\.svc$/i.test(url.pathname) ? null : 'no-svc' };
}

/** Same connector address, ignoring case of scheme/host and a trailing slash. */
export function sameConnectorUrl(a: string, b: string): boolean {
  const norm = (s: string) => {
    const t = s.trim().replace(/\/+$/, '');
    try {
      const u = new URL(t);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href.replace(/\/+$/, '') : t.toLowerCase();
    } catch {
      return t.toLowerCase();
    }
  };
  return norm(a) === norm(b);
}
