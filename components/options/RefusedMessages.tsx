// Diagnostics: how many messages the background refused since the browser started, by reason.
import { signal } from '@preact/signals';
import type { DiagnosticsTexts } from '../../lib/i18n/diagnostics-texts';
import { ask } from '../../lib/messages/send';
import { REFUSAL_KINDS, type RefusalCounts } from '../../lib/messages/protocol';

export function createRefusalsState(read = () => ask({ type: 'ui/refusals' })) {
  const counts = signal<RefusalCounts | null>(null);
  const failed = signal(false);
  async function load() {
    const r = await read();
    failed.value = !r.ok;
    counts.value = r.ok ? r.value : null;
  }
  return { counts, failed, load };
}

export function RefusedMessages({ state, t, when }: { state: ReturnType<typeof createRefusalsState>; t: DiagnosticsTexts; when: (ms: number) => string }) {
  const c = state.counts.value;
  const total = c ? REFUSAL_KINDS.reduce((n, k) => n + c.counts[k], 0) : 0;
  return (
    <section aria-labelledby="refusals-title">
      <h2 id="refusals-title">{t.title}</h2>
      <p class="hint" id="refusals-help">
        {t.help}
      </p>
      {c && (
        <table class="counts" data-testid="refusal-counts" aria-describedby="refusals-help">
          <thead>
            <tr>
              <th scope="col">{t.reason}</th>
              <th scope="col">{t.count}</th>
            </tr>
          </thead>
          <tbody>
            {REFUSAL_KINDS.map((k) => (
              <tr key={k} data-kind={k}>
                <th scope="row">{t.kinds[k]}</th>
                <td>{c.counts[k]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status">
        {c ? `${t.total(total)}${c.lastAt !== null ? ` ${t.last(when(c.lastAt))}` : ''}` : ''}
        {state.failed.value ? t.unavailable : ''}
      </p>
      <button type="button" onClick={() => void state.load()}>
        {t.refresh}
      </button>
    </section>
  );
}
