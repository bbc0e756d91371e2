// The prepared values with a copy button per field; a password is shown and copied only after
// an explicit click.
import { useSignal } from '@preact/signals';
import { manualValues, type ManualValue } from '../../lib/wizard/manual-values';
import type { WizardState } from '../../lib/wizard/model';

function Row({ state, item, reveal }: { state: WizardState; item: ManualValue; reveal: boolean }) {
  const t = state.texts.value;
  const copied = useSignal(false);
  const hidden = item.secret && !reveal;
  const copy = async () => {
    await navigator.clipboard.writeText(item.value).catch(() => undefined);
    copied.value = true;
    setTimeout(() => (copied.value = false), 1500);
  };
  return (
    <div class="manual-row" data-manual={item.id}>
      <dt>{item.label}</dt>
      <dd>
        <span class="manual-value">{hidden ? `•••••• (${t.passwordHidden})` : item.value || '—'}</span>
        <button type="button" disabled={hidden || !item.value} onClick={() => void copy()} aria-label={`${t.copy}: ${item.label}`}>
          {copied.value ? t.copied : t.copy}
        </button>
      </dd>
    </div>
  );
}

export function ManualValuesView({ state }: { state: WizardState }) {
  const t = state.texts.value;
  const reveal = useSignal(false);
  const m = manualValues(state);
  const hasSecret = m.connection.some((x) => x.secret);
  return (
    <section class="manual" aria-labelledby="erp-manual-title">
      <h4 id="erp-manual-title">{t.manualIntro}</h4>
      {m.connector && (
        <>
          <h5>{t.manualConnector}</h5>
          <dl>
            {m.connector.map((item) => (
              <Row key={item.id} state={state} item={item} reveal={reveal.value} />
            ))}
          </dl>
        </>
      )}
      <h5>{t.manualConnection}</h5>
      <dl>
        {m.connection.map((item) => (
          <Row key={item.id} state={state} item={item} reveal={reveal.value} />
        ))}
      </dl>
      {hasSecret && (
        <label class="choice">
          <input type="checkbox" checked={reveal.value} onChange={(e) => (reveal.value = e.currentTarget.checked)} />
          {t.showPassword}
        </label>
      )}
    </section>
  );
}
