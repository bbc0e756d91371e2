// Where the CRM's servers send SOAP for a connector URL. `http(s)://` is called as it is (a partner
// can point the stand-in at their own connector); `app://<client_id>` resolves through the
// registered apps; `plugin://<name>` is in-process in a real onsite CRM, so unreachable unless mapped.
export type Resolved = { ok: true; url: string } | { ok: false; reason: string };

export const DEFAULT_APP_ID = 'erp-sync-demo';

export function resolveConnectorUrl(raw: string, apps: Record<string, string>): Resolved {
  const url = raw.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    // Stand-in rule (the docs are silent): SuperOffice Online's servers are not the consultant's
    // machine, so a connector addressed as `localhost` is one the browser reaches and the CRM cannot.
    if (/^https?:\/\/localhost(?::\d+)?(?:\/|$)/i.test(url)) return { ok: false, reason: `The CRM's servers cannot reach '${url}': localhost is the consultant's own machine` };
    return { ok: true, url };
  }
  if (scheme === 'app') {
    const id = url.slice('app://'.length).replace(/\/+$/, '');
    const target = apps[id];
    return target ? { ok: true, url: target } : { ok: false, reason: `No registered app with client id '${id}'` };
  }
  if (scheme === 'plugin') {
    const target = apps[url];
    return target ? { ok: true, url: target } : { ok: false, reason: `plugin:// connectors run inside an onsite CRM; '${url}' is not available here` };
  }
  return { ok: false, reason: `Unsupported connector URL '${url}'` };
}
