// The progress indicator: every step of the seed, the current one marked for screen readers.
import type { WizardState } from '../../lib/wizard/model';

export function StepList({ state }: { state: WizardState }) {
  const t = state.texts.value;
  return (
    <nav class="steps" aria-label={t.progress}>
      <ol>
        {t.steps.map((name, i) => (
          <li key={name} class={i === state.step.value ? 'current' : i < state.step.value ? 'done' : ''} aria-current={i === state.step.value ? 'step' : undefined}>
            <span class="num" aria-hidden="true">{i + 1}</span>
            <span class="name">{name}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
