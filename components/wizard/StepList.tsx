// The progress indicator: every step of the seed; earlier steps reachable, the current one
// marked for screen readers.
import type { WizardState } from '../../lib/wizard/model';
import { goTo } from '../../lib/wizard/navigation';

export function StepList({ state }: { state: WizardState }) {
  const t = state.texts.value;
  const current = state.step.value;
  return (
    <nav class="steps" aria-label={t.progress}>
      <ol>
        {t.steps.map((name, i) => (
          <li key={name} class={i === current ? 'current' : i < current ? 'done' : ''}>
            <button type="button" aria-current={i === current ? 'step' : undefined} aria-label={`${t.stepOf(i + 1, t.steps.length)}: ${name}`} onClick={() => goTo(state, i)}>
              {/* The numeral is drawn by CSS: the button's visible text is then just the step's
                  name, which its label contains, so speech input can say what it sees. */}
              <span class="num" aria-hidden="true" data-num={i < current ? '✓' : String(i + 1)} />
              <span class="name">{name}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
