import { describe, expect, it } from 'vitest';
import { adminPattern, installOf, installTenant, parseInstallAddress, permissionPattern } from '../../lib/onsite/address';
import { addInstall, listInstalls, reconcile, removeInstall, type OnsiteApis } from '../../lib/onsite/installs';

function fakeApis(opts: { grant?: boolean; required?: string[] } = {}) {
  const store: Record<string, unknown> = {};
  const granted = new Set<string>(opts.required ?? []);
  const scripts = new Map<string, { matches: string[]; js: string[] }>();
  const api: OnsiteApis = {
    storage: { get: async (k) => (k in store ? { [k]: structuredClone(store[k]) } : {}), set: async (items) => void Object.assign(store, structuredClone(items)) },
    permissions: {
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
      request: async ({ origins }) => (opts.grant === false ? false : (origins.forEach((o) => granted.add(o)), true)),
      remove: async ({ origins }) => {
        if (origins.some((o) => opts.required?.includes(o))) throw new Error('You cannot remove required permissions.');
        origins.forEach((o) => granted.delete(o));
        return true;
      },
    },
    scripting: {
      getRegisteredContentScripts: async () => [...scripts].map(([id, s]) => ({ id, matches: s.matches })),
      registerContentScripts: async (list) => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, { matches: s.matches, js: s.js });
        }
      },
      unregisterContentScripts: async ({ ids }) => ids.forEach((id) => scripts.delete(id)),
    },
  };
  return { api, granted, scripts, store };
}

describe('install addresses', () => {
  it.each([
    ['https://crm.customer.example/SuperOffice/admin/default.aspx', 'https://crm.customer.example', '/SuperOffice'],
    ['crm.customer.example/SuperOffice/', 'https://crm.customer.example', '/SuperOffice'],
    ['https://crm.customer.example:8443/admin', 'https://crm.customer.example:8443', ''],
  ])('%s', (raw, origin, basePath) => {
    expect(parseInstallAddress(raw)).toEqual({ ok: true, origin, basePath });
  });

  it.each([
    ['ftp://crm.example/x', 'scheme'],
    // Plain http: the session and the passwords the wizard saves would cross the network in the clear.
    ['http://so.intra.example/Cust1/default.aspx', 'insecure'],
    ['https://user:pw@crm.example/', 'credentials'],
    ['https://online.superoffice.com/Cust1/admin', 'superoffice-online'],
    ['not an address', 'invalid'],
  ])('refuses %s (%s)', (raw, problem) => {
    expect(parseInstallAddress(raw)).toEqual({ ok: false, problem });
  });

  it('derives the permission, the launcher pattern, the tenant and the install of a page', () => {
    const i = { origin: 'https://crm.customer.example:8443', basePath: '/SuperOffice', addedAt: 1 };
    expect(permissionPattern(i)).toBe('https://crm.customer.example/*');
    expect(adminPattern(i)).toBe('https://crm.customer.example/SuperOffice/admin/*');
    expect(installTenant(i)).toBe('https://crm.customer.example:8443/SuperOffice');
    expect(installOf('https://crm.customer.example:8443/SuperOffice/admin/default.aspx#x', [i])).toBe(i);
    expect(installOf('https://crm.customer.example:8443/Other/admin/default.aspx', [i])).toBeNull();
    // An http: install kept from an older version is never served: no wizard, no drafts, no secrets there.
    const plain = { origin: 'http://so.intra.example', basePath: '', addedAt: 1 };
    expect(installOf('http://so.intra.example/admin/default.aspx', [plain])).toBeNull();
    expect(installOf('https://crm.customer.example/SuperOffice/admin/default.aspx', [i])).toBeNull();
  });
});

describe('onsite install bookkeeping', () => {
  const install = { origin: 'https://crm.customer.example', basePath: '/SuperOffice' };

  it('asks for exactly the host, registers the launcher there and remembers it, together', async () => {
    const f = fakeApis();
    expect(await addInstall(f.api, install, 5)).toEqual({ ok: true, install: { ...install, addedAt: 5 } });
    expect([...f.granted]).toEqual(['https://crm.customer.example/*']);
    expect(f.scripts.get('onsite:https://crm.customer.example/SuperOffice')).toEqual({ matches: ['https://crm.customer.example/SuperOffice/admin/*'], js: ['launcher.js'] });
    expect(await listInstalls(f.api)).toEqual([{ ...install, addedAt: 5 }]);
    expect(await addInstall(f.api, install)).toEqual({ ok: false, reason: 'exists' });
  });

  it('an install on a port of its own: the launcher is registered for that port where patterns take one, and pages on other ports are not the install', async () => {
    const onPort = { origin: 'https://crm.customer.example:8443', basePath: '' };
    const chrome = fakeApis();
    chrome.api.portsInPatterns = true;
    await addInstall(chrome.api, onPort, 5);
    expect(chrome.scripts.get('onsite:https://crm.customer.example:8443')?.matches).toEqual(['https://crm.customer.example:8443/admin/*']);
    const firefox = fakeApis();
    await addInstall(firefox.api, onPort, 5);
    expect(firefox.scripts.get('onsite:https://crm.customer.example:8443')?.matches).toEqual(['https://crm.customer.example/admin/*']);
    const installs = [{ ...onPort, addedAt: 5 }];
    expect(installOf('https://crm.customer.example:8443/admin/default.aspx', installs)).not.toBeNull();
    expect(installOf('https://crm.customer.example:9443/admin/default.aspx', installs)).toBeNull();
    expect(installOf('https://crm.customer.example/admin/default.aspx', installs)).toBeNull();
  });

  it('reconcile registers again a launcher an earlier version registered without the port', async () => {
    const f = fakeApis();
    const onPort = { origin: 'https://crm.customer.example:8443', basePath: '' };
    await addInstall(f.api, onPort, 5); // as before: no port in patterns
    f.api.portsInPatterns = true;
    expect(await reconcile(f.api)).toEqual({ registered: ['onsite:https://crm.customer.example:8443'], dropped: [] });
    expect(f.scripts.get('onsite:https://crm.customer.example:8443')?.matches).toEqual(['https://crm.customer.example:8443/admin/*']);
    expect(await reconcile(f.api)).toEqual({ registered: [], dropped: [] });
  });

  it('changes nothing when the consultant refuses the permission', async () => {
    const f = fakeApis({ grant: false });
    expect(await addInstall(f.api, install)).toEqual({ ok: false, reason: 'refused' });
    expect(f.scripts.size).toBe(0);
    expect(await listInstalls(f.api)).toEqual([]);
  });

  it('removes registration, entry and permission together; keeps a host another install still uses', async () => {
    const f = fakeApis();
    await addInstall(f.api, install);
    await addInstall(f.api, { origin: install.origin, basePath: '/Test' });
    expect(await removeInstall(f.api, install)).toEqual({ permissionKept: true });
    expect([...f.scripts.keys()]).toEqual(['onsite:https://crm.customer.example/Test']);
    expect(await removeInstall(f.api, { origin: install.origin, basePath: '/Test' })).toEqual({ permissionKept: false });
    expect(f.scripts.size).toBe(0);
    expect(f.granted.size).toBe(0);
    expect(await listInstalls(f.api)).toEqual([]);
  });

  it('still removes the launcher when the build itself requires the host', async () => {
    const f = fakeApis({ required: ['https://crm.customer.example/*'] });
    await addInstall(f.api, install);
    expect(await removeInstall(f.api, install)).toEqual({ permissionKept: true });
    expect(f.scripts.size).toBe(0);
  });

  it('reconciles after a restart or update: re-registers what is missing, drops what lost its permission', async () => {
    const f = fakeApis();
    await addInstall(f.api, install, 1);
    await addInstall(f.api, { origin: 'https://other.example', basePath: '' }, 2);
    f.scripts.clear(); // an update dropped the registrations
    f.scripts.set('onsite:https://gone.example', { matches: [], js: [] }); // a leftover
    f.granted.delete('https://other.example/*'); // revoked in the browser's settings
    expect(await reconcile(f.api)).toEqual({ registered: ['onsite:https://crm.customer.example/SuperOffice'], dropped: ['onsite:https://other.example'] });
    expect([...f.scripts.keys()]).toEqual(['onsite:https://crm.customer.example/SuperOffice']);
    expect(await listInstalls(f.api)).toEqual([{ ...install, addedAt: 1 }]);
    expect(await reconcile(f.api)).toEqual({ registered: [], dropped: [] });
  });
});
