// Step 5: OK, disabled until the test passed for exactly the current values and everything
// mandatory is filled, saying why; then applied to the CRM, or the values for its own dialogs.
import { CRM_TEXTS } from '../../../lib/i18n/crm-texts';
import { fieldLabel } from '../../../lib/protocol';
import type { WizardActions } from '../../../lib/wizard/actions';
import type { WizardState } from '../../../lib/wizard/model';
import { problemText } from '../../../lib/wizard/problem-text';
import { CrmSaid } from '../CrmSaid';
import { ManualValuesView } from '../ManualValues';
import { PlanForRefused } from '../../configure/PlanForRefused';

export function OkStep({ state, actions }: { state: WizardState; actions: WizardActions }) {
  const t = state.texts.value;
  const ct = CRM_TEXTS[state.lang];
  const blockers = state.blockers.value;
  const status = state.applyStatus.value;
  const fields = state.fields.value?.list ?? [];
  const labelOf = (key: string) => {
    const field = fields.find((f) => f.FieldKey === key);
    return field ? fieldLabel(field, state.lang) : key;
  };
  // Only a refusal (rights, Online restriction) ends in the native dialogs' values; an expired
  // session or token says "reload the page" instead (issue 13, point 3).
  const crmError = state.crm.error.value;
  const refused = crmError?.kind === 'forbidden' || (status.state === 'failed' && status.error.kind === 'forbidden');
  return (
    <>
      <p>{t.okIntro}</p>
      {blockers.length > 0 && (
        <div class="blockers" id="erp-ok-blockers">
          <p>{t.okDisabled}</p>
          <ul>
            {blockers.map((b, i) => (
              <li key={i}>
                {b.code === 'field' ? t.fieldBlocker(labelOf(b.problem.FieldKey), problemText(state, b.problem.FieldKey, b.problem.code)) : b.code === 'too-long' ? ct.blockers['too-long'][b.field] : b.code === 'crm-not-tested' ? ct.blockers[b.code] : t.blockers[b.code]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        class="primary ok"
        disabled={blockers.length > 0 || Boolean(state.crm.error.value)}
        // Pressed and applying: stays focusable (apply ignores a second press), so keyboard focus
        // is not dropped to the CRM's page while the CRM answers.
        aria-disabled={status.state === 'applying' || undefined}
        aria-describedby={blockers.length ? 'erp-ok-blockers' : undefined}
        onClick={() => void actions.apply()}
      >
        {t.okButton}
      </button>
      <div role="status" aria-live="polite" class="apply-status">
        {status.state === 'applying' && <p>{t.applying}</p>}
        {status.state === 'failed' && (
          <div class="notice error">
            <CrmSaid state={state} error={status.error} />
            <p>{t.applyFailed}</p>
          </div>
        )}
      </div>
      {crmError && (
        <div class="notice error">
          <CrmSaid state={state} error={crmError} />
        </div>
      )}
      {refused && <ManualValuesView state={state} />}
      {refused && <PlanForRefused url={state.connectorUrl.value} connectionName={state.name.value.trim()} lang={state.lang} />}
    </>
  );
}
