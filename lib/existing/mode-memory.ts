// The panel's way in (set up new / check existing), remembered per tenant in the extension's own
// storage (never the CRM page's). A value that is not one of the two reads as "set up new".
import { browser } from 'wxt/browser';
import type { PanelMode } from './state';

const KEY = 'panelModeByTenant';
const MAX_TENANTS = 200;

type Store = Pick<typeof browser.storage.local, 'get' | 'set'>;

async function read(store: Store): Promise<unknown> {
  const got = (await store.get(KEY).catch(() => ({}))) as Record<string, unknown>;
  const v = got[KEY];
  return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

export async function rememberedMode(tenant: string, store: Store = browser.storage.local): Promise<PanelMode> {
  const all = (await read(store)) as Record<string, unknown> | undefined;
  return all?.[tenant] === 'existing' ? 'existing' : 'new';
}

export async function rememberMode(tenant: string, mode: PanelMode, store: Store = browser.storage.local): Promise<void> {
  const all = { ...((await read(store)) as Record<string, PanelMode> | undefined) };
  delete all[tenant];
  all[tenant] = mode;
  // Newest last: a long-lived browser does not collect tenants forever.
  const kept = Object.entries(all).slice(-MAX_TENANTS);
  await store.set({ [KEY]: Object.fromEntries(kept) }).catch(() => undefined);
}

/** The consultant's own choice for this tenant, or null when none was made yet (the panel then asks). */
export async function rememberedChoice(tenant: string, store: Store = browser.storage.local): Promise<PanelMode | null> {
  const v = ((await read(store)) as Record<string, unknown> | undefined)?.[tenant];
  return v === 'existing' || v === 'new' ? v : null;
}
