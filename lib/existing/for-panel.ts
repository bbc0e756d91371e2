// One existing-connections state per wizard panel, made on first use (the panel's own model stays
// as it is: this view is a capability beside the wizard, not more branches in it).
import { crmLocationFromUrl } from '../crm/session';
import type { Lang } from '../i18n/lang';
import { browser } from 'wxt/browser';
import { backgroundProbe } from './background-probe';
import { lastCheckMemory } from './last-check';
import type { ExistingCrm } from './ports';
import type { EditDraftsPort } from './edit-draft';
import { rememberMode } from './mode-memory';
import { createExistingState, type ExistingState, type PanelMode } from './state';

const byPanel = new WeakMap<object, ExistingState>();
/** The wizard's panel state, as far as this view reads it: its language and the CRM's users and groups. */
type Panel = { lang: Lang; crm?: { users: { value: Array<{ associateId: number; name: string }> }; groups: { value: Array<{ id: number; name: string }> } } };

/** The tenant's key for the remembered choice and the report (`Cust12345` online, else the bound address). */
export const tenantKey = (boundTenant: string) => crmLocationFromUrl(`${boundTenant}/admin/`)?.custId ?? boundTenant;

/**
 * Made before the panel's first render (entrypoints/wizard-frame.tsx), so it opens on the right way
 * in without a flash of the other: `initial` null shows the choice screen (lib/existing/open-mode.ts).
 */
export function prepareExisting(panel: Panel, crm: ExistingCrm | undefined, boundTenant: string, initial: PanelMode | null, drafts?: EditDraftsPort): ExistingState {
  const tenant = tenantKey(boundTenant);
  const directory = () => ({ users: (panel.crm?.users.value ?? []).map((u) => ({ id: u.associateId, name: u.name })), groups: panel.crm?.groups.value ?? [] });
  // A page without the extension's APIs (the bench's harness) keeps no last check.
  const storage = (browser as { storage?: typeof browser.storage }).storage?.local;
  const made = createExistingState(crm, backgroundProbe, tenant, () => panel.lang, undefined, drafts, directory, storage ? lastCheckMemory(storage) : undefined);
  made.mode.value = initial;
  if (initial === 'existing') void made.load();
  // Only the consultant's own choice is remembered, not a way in the panel took by itself.
  made.onChosen((m) => void rememberMode(tenant, m));
  byPanel.set(panel, made);
  return made;
}

/**
 * `boundTenant`: the tenant the background bound the panel's frame to (its address, e.g.
 * `https://online.superoffice.com/Cust12345`): the frame's own location is the extension's page.
 */
export function existingFor(panel: Panel, crm: ExistingCrm | undefined, boundTenant: string): ExistingState {
  return byPanel.get(panel) ?? prepareExisting(panel, crm, boundTenant, 'new');
}
