// One existing-connections state per wizard panel, made on first use (the panel's own model stays
// as it is: this view is a capability beside the wizard, not more branches in it).
import { crmLocationFromUrl } from '../crm/session';
import type { Lang } from '../i18n/lang';
import { backgroundProbe } from './background-probe';
import type { ExistingCrm } from './ports';
import { rememberedMode, rememberMode } from './mode-memory';
import { createExistingState, type ExistingState } from './state';

const byPanel = new WeakMap<object, ExistingState>();

/**
 * `boundTenant`: the tenant the background bound the panel's frame to (its address, e.g.
 * `https://online.superoffice.com/Cust12345`): the frame's own location is the extension's page.
 */
export function existingFor(panel: { lang: Lang }, crm: ExistingCrm | undefined, boundTenant: string): ExistingState {
  let ex = byPanel.get(panel);
  if (!ex) {
    const tenant = crmLocationFromUrl(`${boundTenant}/admin/`)?.custId ?? boundTenant;
    const made = createExistingState(crm, backgroundProbe, tenant, () => panel.lang);
    ex = made;
    byPanel.set(panel, made);
    // The last way in for this tenant; the consultant's choice is stored as it changes.
    void rememberedMode(tenant).then((m) => {
      if (m === 'existing' && made.mode.value === 'new') {
        made.mode.value = 'existing';
        void made.load();
      }
      made.mode.subscribe((v) => void rememberMode(tenant, v));
    });
  }
  return ex;
}
