// The progress indicator: every step of the seed, each reachable, the current one marked for screen
// readers, each with a mark of its real state (done, failed, stale, not yet), in symbol and words.
import { useComputed } from '@preact/signals';
import { VALUE_TEXTS } from '../../lib/i18n/value-texts';
import type { WizardState } from '../../lib/wizard/model';
import { goTo, stepState, type StepState } from '../../lib/wizard/navigation';

const SYMBOL: Record<StepState, string | null> = { done: '✓', failed: '✗', stale: '!', todo: null };
const STEPS = [0, 1, 2, 3, 4, 5];

export function StepList({ state }: { state: WizardState }) {
  const t = state.texts.value;
  const marks = VALUE_TEXTS[state.lang].marks;
  const current = state.step.value;
  // One computed for all marks: a keystroke re-renders the list only when a mark changes (npm run bench).
  const states = useComputed(() => STEPS.map((i) => stepState(state, i)).join(' ')).value.split(' ') as StepState[];
  return (
    <nav class="steps" aria-label={t.progress}>
      <ol>
        {t.steps.map((name, i) => {
          const mark = states[i] ?? 'todo';
          return (
            <li key={name} class={`${i === current ? 'current ' : ''}${mark}`} data-mark={mark}>
              {/* The mark is the button's description, so its name stays what it was ("Step 4 of 6: …"). */}
              <button type="button" aria-current={i === current ? 'step' : undefined} aria-label={`${t.stepOf(i + 1, t.steps.length)}: ${name}`} aria-describedby={`erp-step-mark-${i}`} onClick={() => goTo(state, i)}>
                {/* The numeral or mark is drawn by CSS: the button's visible text is then just the
                    step's name, which its label contains, so speech input can say what it sees. */}
                <span class="num" aria-hidden="true" data-num={SYMBOL[mark] ?? String(i + 1)} />
                <span class="name">{name}</span>
              </button>
              <span class="sr" id={`erp-step-mark-${i}`}>
                {marks[mark]}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
