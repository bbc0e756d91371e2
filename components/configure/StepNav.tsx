// The list of the six configuration steps, each a button with its state (not yet / saved /
// skipped / needs attention); the current one is marked for assistive technology too.
import type { Problem } from '../../lib/configure/checks';
import { CONFIGURE_STEPS, goToStep, markOf, type ConfigureFlow } from '../../lib/configure/steps';
import type { ConfigureTexts } from '../../lib/i18n/configure-texts';

export function StepNav({ flow, problems, t }: { flow: ConfigureFlow; problems: Problem[]; t: ConfigureTexts }) {
  const current = flow.current.value;
  return (
    <nav aria-label={t.stepsLabel}>
      <ol class="config-steps" data-testid="config-steps">
        {CONFIGURE_STEPS.map((name, i) => {
          const mark = markOf(flow, name, problems);
          return (
            <li key={name} data-step={name} data-mark={mark}>
              <button type="button" aria-current={i === current ? 'step' : undefined} onClick={() => goToStep(flow, i)}>
                {i + 1}. {t.stepNames[name]} <span class={`mark mark-${mark}`}>({t.marks[mark]})</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
