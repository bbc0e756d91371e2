// One side of the test (from this browser, or from the CRM), in words a consultant can act on;
// and the values as sent, for the technical detail.
import { VALUE_TEXTS } from '../../lib/i18n/value-texts';
import { resolveText, sortByRank, type ConfigField, type Outcome } from '../../lib/protocol';
import { wireValue } from '../../lib/wizard/display-value';
import type { CrmTest, WizardState } from '../../lib/wizard/model';
import { CrmSaid } from './CrmSaid';

export function BrowserResult({ state, outcome, stale }: { state: WizardState; outcome: Outcome<null> | null; stale: boolean }) {
  const t = state.texts.value;
  if (!outcome) return <p class="help">{state.urlInfo.value.ok && state.urlInfo.value.kind !== 'http' ? t.browserOnlyHttp : t.notRun}</p>;
  const ok = outcome.kind === 'ok';
  const explanation = outcome.kind === 'connector-error' ? resolveText(outcome.UserExplanation ?? '', state.lang) : '';
  return (
    <div class={`result ${ok ? 'passed' : 'failed'}${stale ? ' stale' : ''}`} data-testid="browser-result" data-kind={outcome.kind}>
      <p class="verdict">
        {ok ? `✓ ${t.passed}` : `✗ ${t.failed}`} <span class="latency">({t.latency(Math.round(outcome.latencyMs))})</span>
      </p>
      {explanation && <p class="explanation">{explanation}</p>}
      <p>{outcome.hint[state.lang]}</p>
      {outcome.kind === 'connector-error' && outcome.ErrorCode && (
        <p class="help">
          {t.errorCode}: <code>{outcome.ErrorCode}</code>
        </p>
      )}
      {outcome.kind === 'connector-error' && outcome.TechExplanation && (
        <details>
          <summary>{t.techDetail}</summary>
          <p>{outcome.TechExplanation}</p>
        </details>
      )}
      {stale && <p class="warn">{t.stale}</p>}
    </div>
  );
}

export function CrmResult({ state, test, stale }: { state: WizardState; test: CrmTest | null; stale: boolean }) {
  const t = state.texts.value;
  if (state.crm.error.value) return <p class="help">{t.crmUnavailable}</p>;
  if (!test) return <p class="help">{t.notRun}</p>;
  const r = test.result;
  const ok = r.ok && r.value;
  const text = !r.ok ? null : test.kind === 'url' ? (r.value ? t.crmUrlOk : t.crmUrlFailed) : r.value ? t.crmConfigOk : t.crmConfigFailed;
  return (
    <div class={`result ${ok ? 'passed' : 'failed'}${stale ? ' stale' : ''}`} data-testid="crm-result" data-kind={`${test.kind}-${ok ? 'ok' : 'failed'}`}>
      <p class="verdict">{test.kind === 'url' ? (ok ? `✓ ${t.reachable}` : `✗ ${t.unreachable}`) : ok ? `✓ ${t.passed}` : `✗ ${t.failed}`}</p>
      {r.ok ? <p>{text}</p> : <CrmSaid state={state} error={r.error} />}
      {stale && <p class="warn">{t.stale}</p>}
    </div>
  );
}

/** The values as the connector gets them (FieldKey and CultureDataFormatter form), for whoever debugs it. */
export function WireValues({ state, fields }: { state: WizardState; fields: readonly ConfigField[] }) {
  const info = state.prepared.value.connectionInfo;
  return (
    <details class="wire-values" data-testid="wire-values">
      <summary>{VALUE_TEXTS[state.lang].wireValues}</summary>
      <dl>
        {sortByRank(fields)
          .filter((f) => f.FieldType !== 'Label')
          .map((f) => (
            <div key={f.FieldKey} data-field={f.FieldKey}>
              <dt>
                <code>{f.FieldKey}</code>
              </dt>
              <dd>
                <code>{wireValue(f, Object.hasOwn(info, f.FieldKey) ? info[f.FieldKey] : undefined)}</code>
              </dd>
            </div>
          ))}
      </dl>
    </details>
  );
}
