// A one-line status of the link to the extension's background worker, announced politely.
import type { WizardState } from '../../lib/wizard/model';

export function BackgroundStatus({ state }: { state: WizardState }) {
  const t = state.texts.value;
  const s = state.background.value;
  const text = s.state === 'checking' ? t.bgChecking : s.state === 'ok' ? t.bgOk(s.version, s.ms) : t.bgFailed(s.why);
  return (
    <p class={`bg-status ${s.state}`} role="status" data-state={s.state}>
      {text}
    </p>
  );
}
