// Step 6: what the CRM still needs before the connection syncs, and a way back to the screen.
import { CRM_TEXTS } from '../../../lib/i18n/crm-texts';
import type { WizardState } from '../../../lib/wizard/model';
import { revealInPage } from '../../../lib/wizard/page-port';
import { ConfigureAfterOk } from '../../configure/ConfigureAfterOk';
import { configureDraftOf, configurePersistFor } from '../../../lib/wizard/configure-draft';

export function NextSteps({ state }: { state: WizardState; actions?: unknown }) {
  const t = state.texts.value;
  const status = state.applyStatus.value;
  const conf = configureDraftOf(state);
  // After OK now, or (after a reload) the connection the draft's OK saved: the configuration goes on.
  const configureId = status.state === 'done' ? status.applied.erpConnectionId : conf.appliedId.value;
  return (
    <>
      {status.state === 'done' && (
        <p class="done" role="status" data-testid="applied">
          ✓ {t.applied(state.name.value.trim())}
        </p>
      )}
      {status.state === 'done' && status.applied.notCompared?.length ? <p class="help" data-testid="not-compared">{CRM_TEXTS[state.lang].notCompared(status.applied.notCompared.map((k) => k.replace(/^ConfigFields\./, '')))}</p> : null}
      <p>{t.nextIntro}</p>
      <ul class="next-steps">
        {t.nextItems.map(([title, why]) => (
          <li key={title}>
            <label class="choice">
              <input type="checkbox" />
              <strong>{title}</strong>
            </label>
            <p class="help">{why}</p>
          </li>
        ))}
      </ul>
      <div class="buttons">
        <button type="button" onClick={() => void revealInPage(state.name.value.trim())}>
          {t.showInList}
        </button>
      </div>
      {configureId !== null && <ConfigureAfterOk erpConnectionId={configureId} lang={state.lang} persist={configurePersistFor(state, configureId) ?? { saved: undefined, save: conf.keep }} />}
    </>
  );
}
