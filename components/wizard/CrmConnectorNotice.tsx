// Step 4: says that the test adds a new Sync Connector to the CRM first (the native order:
// Sync Connectors → Add, then the connection's test), and once it did, that it did and what
// deleting the draft before OK will offer.
import { CRM_TEXTS } from '../../lib/i18n/crm-texts';
import { crmDecides } from '../../lib/wizard/crm-connector';
import type { WizardState } from '../../lib/wizard/model';

export function CrmConnectorNotice({ state }: { state: WizardState }) {
  const ct = CRM_TEXTS[state.lang];
  const added = state.addedConnector.value;
  const c = state.connector.value;
  if (added && c.mode === 'existing' && c.id === added.id)
    return (
      <p class="notice" data-testid="crm-connector-added">
        {ct.crmAddedConnector(added.name, added.id)}
      </p>
    );
  if (c.mode === 'new' && crmDecides(state) && state.urlInfo.value.ok && c.name.trim())
    return (
      <p class="help" data-testid="crm-connector-will-add">
        {ct.crmAddsConnector(c.name.trim())}
      </p>
    );
  return null;
}
