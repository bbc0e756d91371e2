// The panel's way in (set up new / check existing), remembered per tenant in the extension's own
// storage (never the CRM page's). A value that is not one of the two reads as "set up new".
import { browser } from 'wxt/browser';
import { byTenant, type TenantStore } from './by-tenant';
import type { PanelMode } from './state';

const modes = byTenant('panelModeByTenant', 200);

export async function rememberedMode(tenant: string, store: TenantStore = browser.storage.local): Promise<PanelMode> {
  return (await modes.get(store, tenant)) === 'existing' ? 'existing' : 'new';
}

export async function rememberMode(tenant: string, mode: PanelMode, store: TenantStore = browser.storage.local): Promise<void> {
  await modes.put(store, tenant, mode);
}

/** The consultant's own choice for this tenant, or null when none was made yet (the panel then asks). */
export async function rememberedChoice(tenant: string, store: TenantStore = browser.storage.local): Promise<PanelMode | null> {
  const v = await modes.get(store, tenant);
  return v === 'existing' || v === 'new' ? v : null;
}
