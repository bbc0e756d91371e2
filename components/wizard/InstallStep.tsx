// Step 1 of the seed: what a sync app is, where to find one, and what to have ready.
import { APP_STORE_SEARCH_URL } from '../../lib/i18n/texts';
import type { WizardState } from '../../lib/wizard/model';

export function InstallStep({ state }: { state: WizardState }) {
  const t = state.texts.value;
  return (
    <section aria-labelledby="erp-step-title">
      <h3 id="erp-step-title" tabIndex={-1}>
        {t.steps[0]}
      </h3>
      <p>{t.installIntro}</p>
      <p>
        <a href={APP_STORE_SEARCH_URL} target="_blank" rel="noopener noreferrer">
          {t.installAppStore}
        </a>
      </p>
      <ol class="checklist">
        {t.installCheck.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </section>
  );
}
