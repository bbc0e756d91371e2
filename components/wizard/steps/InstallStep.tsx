// Step 1 of the seed: what a sync app is, where to find one, what to have ready; and "already
// done" when the CRM already lists a Sync Connector.
import { APP_STORE_SEARCH_URL } from '../../../lib/i18n/texts';
import type { WizardState } from '../../../lib/wizard/model';

export function InstallStep({ state }: { state: WizardState; actions?: unknown }) {
  const t = state.texts.value;
  const connectors = state.crm.connectors.value;
  return (
    <>
      <p>{t.installIntro}</p>
      {connectors === null && <p class="help">{t.crmLoading}</p>}
      {connectors && connectors.length > 0 && (
        <p class="done" data-testid="install-done">
          ✓ {t.installDone(connectors.length)}
        </p>
      )}
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
    </>
  );
}
