// The prepared plan for SuperOffice's own dialogs when its agent is refused (issue 18): per
// dialog, in the native order, what to pick; Print (only the plan is printed: see panel.css,
// @media print) and Copy as text.
import { useSignal } from '@preact/signals';
import type { Plan } from '../../lib/configure/plan';
import { planAsText, planSections } from '../../lib/configure/plan-text';
import { CONFIGURE_TEXTS } from '../../lib/i18n/configure-texts';
import type { Lang } from '../../lib/i18n/lang';

export function ConfigurePlan({ plan, lang, notes = [] }: { plan: Plan; lang: Lang; notes?: string[] }) {
  const t = CONFIGURE_TEXTS[lang];
  const copied = useSignal<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(planAsText(plan, t, lang));
      copied.value = 'copied';
    } catch {
      copied.value = 'failed';
    }
  };
  return (
    <section class="configure-plan" aria-labelledby="erp-plan-title" data-testid="configure-plan">
      <h4 id="erp-plan-title">{t.plan.title(plan.connectionName)}</h4>
      <p class="help">{t.plan.intro}</p>
      {notes.map((n) => (
        <p key={n} class="help" data-testid="plan-note">
          {n}
        </p>
      ))}
      <div class="buttons plan-actions">
        <button type="button" onClick={() => window.print()}>
          {t.plan.print}
        </button>
        <button type="button" onClick={() => void copy()}>
          {t.plan.copy}
        </button>
        <span role="status">{copied.value === 'copied' ? t.plan.copied : copied.value === 'failed' ? t.plan.copyFailed : ''}</span>
      </div>
      <ol class="plan-sections">
        {planSections(plan, t, lang).map((s) => (
          <li key={s.id} data-plan={s.id}>
            <h5>{s.title}</h5>
            <ol class="plan-steps">
              {s.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            {s.groups.map((g) => (
              <div key={g.title} class="plan-group">
                <p class="plan-group-title">{g.title}</p>
                <ul>
                  {g.lines.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </div>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
