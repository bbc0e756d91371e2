// Onsite installations the consultant added: the host permission, the launcher's runtime content
// script and the stored list always change together, and are reconciled at start-up (after a
// browser restart, an extension update, or a permission revoked in the browser's own settings).
import { adminPattern, permissionPattern, scriptId, type OnsiteInstall } from './address';

export interface OnsiteApis {
  storage: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]>;
    registerContentScripts(s: { id: string; matches: string[]; js: string[]; runAt: 'document_idle'; allFrames: boolean; persistAcrossSessions: boolean }[]): Promise<void>;
    unregisterContentScripts(f: { ids: string[] }): Promise<void>;
  };
  /** The browser's match patterns take a port (Chrome): registrations then name the install's own. */
  portsInPatterns?: boolean;
}

const KEY = 'onsiteInstalls';
export const LAUNCHER_JS = 'launcher.js';

export async function listInstalls(api: OnsiteApis): Promise<OnsiteInstall[]> {
  const raw = (await api.storage.get(KEY))[KEY];
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (x): x is OnsiteInstall =>
      typeof x === 'object' && x !== null && typeof x.origin === 'string' && typeof x.basePath === 'string' && typeof x.addedAt === 'number',
  );
}

const save = (api: OnsiteApis, installs: OnsiteInstall[]) => api.storage.set({ [KEY]: installs });
const registration = (i: OnsiteInstall, ports = false) => ({ id: scriptId(i), matches: [adminPattern(i, ports)], js: [LAUNCHER_JS], runAt: 'document_idle' as const, allFrames: true, persistAcrossSessions: true });

export type AddResult = { ok: true; install: OnsiteInstall } | { ok: false; reason: 'refused' | 'exists' | 'failed'; detail?: string };

/** Must run in the click's user gesture: asks the browser for exactly this host first. */
export async function addInstall(api: OnsiteApis, install: Omit<OnsiteInstall, 'addedAt'>, now = Date.now()): Promise<AddResult> {
  // First, while the click's user gesture still holds: browsers ask only then.
  const granted = await api.permissions.request({ origins: [permissionPattern(install)] }).catch(() => false);
  if (!granted) return { ok: false, reason: 'refused' };
  const installs = await listInstalls(api);
  if (installs.some((i) => scriptId(i) === scriptId(install))) return { ok: false, reason: 'exists' };
  const added = { ...install, addedAt: now };
  try {
    await api.scripting.registerContentScripts([registration(added, api.portsInPatterns)]);
  } catch (e) {
    return { ok: false, reason: 'failed', detail: String(e) };
  }
  await save(api, [...installs, added]);
  return { ok: true, install: added };
}

/** Removes the registration, the stored entry and the host permission (unless another install shares the host). */
export async function removeInstall(api: OnsiteApis, install: Pick<OnsiteInstall, 'origin' | 'basePath'>): Promise<{ permissionKept: boolean }> {
  const installs = await listInstalls(api);
  const rest = installs.filter((i) => scriptId(i) !== scriptId(install));
  const registered = (await api.scripting.getRegisteredContentScripts()).map((s) => s.id);
  if (registered.includes(scriptId(install))) await api.scripting.unregisterContentScripts({ ids: [scriptId(install)] });
  await save(api, rest);
  const pattern = permissionPattern(install);
  if (rest.some((i) => permissionPattern(i) === pattern)) return { permissionKept: true };
  // A permission the build itself declares cannot be removed; the launcher is gone all the same.
  const removed = await api.permissions.remove({ origins: [pattern] }).catch(() => false);
  return { permissionKept: !removed };
}

/** Bring registrations in line with the stored list and the permissions the browser still grants. */
export async function reconcile(api: OnsiteApis): Promise<{ registered: string[]; dropped: string[] }> {
  const installs = await listInstalls(api);
  const scripts = (await api.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith('onsite:'));
  const registered = new Set(scripts.map((s) => s.id));
  // Registered by an earlier version with other patterns (no port): registered again as they are now.
  const outdated = scripts.filter((s) => {
    const i = installs.find((x) => scriptId(x) === s.id);
    return i && s.matches && s.matches.join('\n') !== registration(i, api.portsInPatterns).matches.join('\n');
  });
  if (outdated.length) await api.scripting.unregisterContentScripts({ ids: outdated.map((s) => s.id) });
  for (const s of outdated) registered.delete(s.id);
  const keep: OnsiteInstall[] = [];
  const dropped: string[] = [];
  const toRegister: OnsiteInstall[] = [];
  for (const i of installs) {
    if (await api.permissions.contains({ origins: [permissionPattern(i)] })) {
      keep.push(i);
      if (!registered.has(scriptId(i))) toRegister.push(i);
      registered.delete(scriptId(i));
    } else dropped.push(scriptId(i));
  }
  // What is still in the set is registered without a granted, stored install.
  const stale = [...registered];
  if (stale.length) await api.scripting.unregisterContentScripts({ ids: stale });
  if (toRegister.length) await api.scripting.registerContentScripts(toRegister.map((i) => registration(i, api.portsInPatterns)));
  if (dropped.length) await save(api, keep);
  return { registered: toRegister.map(scriptId), dropped };
}
