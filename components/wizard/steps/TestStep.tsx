// Step 4: Test ERP connection, from this browser and from the CRM, with both results, what a
// disagreement usually means, and the values tested shown with the fields a failure concerns: as
// the consultant chose them, in their language; the wire form in a technical detail.
import { fieldLabel, sortByRank } from '../../../lib/protocol';
import type { WizardActions } from '../../../lib/wizard/actions';
import { concernedFields } from '../../../lib/wizard/concerned-fields';
import { disagreement } from '../../../lib/wizard/disagreement';
import type { WizardState } from '../../../lib/wizard/model';
import { displayValue } from '../../../lib/wizard/display-value';
import { CrmConnectorNotice } from '../CrmConnectorNotice';
import { InsecureNotice } from '../InsecureNotice';
import { BrowserResult, CrmResult, WireValues } from '../TestResult';

export function TestStep({ state, actions }: { state: WizardState; actions: WizardActions }) {
  const t = state.texts.value;
  const key = state.currentKey.value;
  const b = state.browserTest.value;
  const c = state.crmTest.value;
  const fields = state.fields.value?.list ?? [];
  const concerned = new Set(concernedFields(b?.outcome ?? null, fields, state.lang));
  const why = disagreement(state);
  const access = state.access.value;
  return (
    <>
      <p>{t.testIntro}</p>
      <CrmConnectorNotice state={state} />
      <InsecureNotice state={state} />
      <div class="test-actions">
        {/* aria-disabled, not disabled, while it runs: a disabled button would drop keyboard
            focus to the CRM's page. A second press is ignored by runTest itself. */}
        <button type="button" class="primary" onClick={() => void actions.runTest()} aria-disabled={state.testing.value || undefined} aria-describedby="erp-test-status">
          {state.testing.value ? t.testing : t.testButton}
        </button>
        {state.testing.value && (
          <button type="button" onClick={() => void actions.cancelTest()}>
            {t.cancel}
          </button>
        )}
      </div>
      {access && !access.granted && (
        <div class="notice">
          <p>{t.fieldsNeedAccess(access.host)}</p>
          <button type="button" onClick={() => void actions.requestAccess()}>
            {t.allowHost(access.host)}
          </button>
        </div>
      )}
      <div id="erp-test-status" role="status" aria-live="polite" class="results">
        <h4>{t.fromBrowser}</h4>
        <BrowserResult state={state} outcome={b?.outcome ?? null} stale={Boolean(b && b.key !== state.browserKey.value)} />
        <h4>{t.fromCrm}</h4>
        <CrmResult state={state} test={c} stale={Boolean(c && c.key !== key)} />
        {why && <p class="disagree">{why}</p>}
      </div>
      {fields.length > 0 && (
        <dl class="tested-values">
          {sortByRank(fields)
            .filter((f) => f.FieldType !== 'Label')
            .map((f) => (
              <div key={f.FieldKey} class={concerned.has(f.FieldKey) ? 'concerned' : ''} data-field={f.FieldKey}>
                <dt>
                  {fieldLabel(f, state.lang)}
                  {concerned.has(f.FieldKey) && <span class="concerned-mark"> — {t.concerned}</span>}
                </dt>
                <dd>{displayValue(f, state.values.value[f.FieldKey], f.ListName ? state.fields.value?.items[f.ListName] : undefined, state.lang)}</dd>
              </div>
            ))}
        </dl>
      )}
      {fields.length > 0 && <WireValues state={state} fields={fields} />}
    </>
  );
}
