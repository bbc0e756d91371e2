// Every test of this draft: when, from where, against which connector, the outcome, and whether
// the values have changed since.
import { formatWhen } from '../../lib/i18n/format';
import type { DraftSync } from '../../lib/wizard/draft-sync';
import type { WizardState } from '../../lib/wizard/model';

export function TestHistory({ state, sync }: { state: WizardState; sync: DraftSync }) {
  const t = state.texts.value;
  const entries = sync.history.value;
  if (entries.length === 0) return null;
  return (
    <details class="history" data-testid="test-history">
      <summary>
        {t.testHistory} ({entries.length})
      </summary>
      <ol>
        {entries.map((e, i) => (
          <li key={i} class={e.ok ? 'ok' : 'failed'}>
            {t.historyLine(formatWhen(e.at, state.lang, 'short', 'medium'), t.where[e.where], `${e.ok ? '✓' : '✗'} ${e.outcome}`)}
            <span class="help"> — {e.connectorUrl}</span>
            {e.valuesChangedSince !== null && <span class="help"> ({e.valuesChangedSince ? t.changedSince : t.sameValues})</span>}
          </li>
        ))}
      </ol>
    </details>
  );
}
