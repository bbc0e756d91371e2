// Step 3: the ERP connection, in the order of the CRM's "Define new ERP connection" dialog.
import type { WizardActions } from '../../../lib/wizard/actions';
import type { WizardState } from '../../../lib/wizard/model';
import { ContractAdvanced } from '../../contract/ContractAdvanced';
import { ConfigFields } from '../ConfigFields';
import { VisibilityPicker } from '../VisibilityPicker';

export function ConnectionStep({ state, actions }: { state: WizardState; actions: WizardActions }) {
  const t = state.texts.value;
  const taken = state.crm.connections.value.find((x) => x.name.trim().toLowerCase() === state.name.value.trim().toLowerCase() && state.name.value.trim());
  return (
    <>
      <p>{t.connectionIntro}</p>
      <div class="field">
        <label for="erp-connection-name">
          {t.connectionName}
          <span class="req" title={t.mandatory}>
            {' '}*<span class="sr">({t.mandatory})</span>
          </span>
        </label>
        <input id="erp-connection-name" type="text" maxLength={255} aria-required="true" value={state.name.value} onInput={(e) => (state.name.value = e.currentTarget.value)} aria-describedby={taken ? 'erp-name-taken' : undefined} />
        {taken && (
          <p class="warn" id="erp-name-taken">
            {t.connectionNameTaken(taken.name)}
          </p>
        )}
      </div>
      <div class="field">
        <span class="label">{t.connectorLabel}</span>
        <p class="value" data-testid="chosen-connector">
          {state.connectorName.value} — {state.connectorUrl.value}
        </p>
      </div>
      <VisibilityPicker state={state} />
      <ConfigFields state={state} actions={actions} />
      <ContractAdvanced state={state} actions={actions} />
      <div class="field">
        <label for="erp-connection-description">{t.description}</label>
        <textarea id="erp-connection-description" rows={3} maxLength={1023} value={state.description.value} onInput={(e) => (state.description.value = e.currentTarget.value)} />
      </div>
    </>
  );
}
