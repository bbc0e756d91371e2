// Step 6: what the CRM still needs before the connection syncs, and a way back to the screen.
import { CRM_TEXTS } from '../../../lib/i18n/crm-texts';
import type { WizardState } from '../../../lib/wizard/model';
import { revealInPage } from '../../../lib/wizard/page-port';
import { ActivateAfterSetup } from '../../existing/ActivateAfterSetup';
import { ConfigureAfterOk } from '../../configure/ConfigureAfterOk';
import { configureDraftOf } from '../../../lib/wizard/configure-draft';
import type { ConfigureDraft } from '../../../lib/drafts/schema';

const keepers = new WeakMap<object, (d: ConfigureDraft) => void>();
/** One stable function per draft signal: it writes only a configuration that changed. */
function keepIn(sig: { value: ConfigureDraft | undefined; peek(): ConfigureDraft | undefined }): (d: ConfigureDraft) => void {
  let k = keepers.get(sig);
  if (!k) keepers.set(sig, (k = (d) => JSON.stringify(sig.peek()) !== JSON.stringify(d) && void (sig.value = d)));
  return k;
}

export function NextSteps({ state, actions }: { state: WizardState; actions?: unknown }) {
  const t = state.texts.value;
  const status = state.applyStatus.value;
  const conf = configureDraftOf(state);
  // After OK now, or (after a reload) the connection the draft's OK saved: the configuration goes on.
  const configureId = status.state === 'done' ? status.applied.erpConnectionId : conf.appliedId.value;
  const saved = conf.draft.peek();
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
      <ActivateAfterSetup state={state} actions={actions} />
      <div class="buttons">
        <button type="button" onClick={() => void revealInPage(state.name.value.trim())}>
          {t.showInList}
        </button>
      </div>
      {configureId !== null && <ConfigureAfterOk erpConnectionId={configureId} lang={state.lang} persist={{ saved: saved?.erpConnectionId === configureId ? saved : undefined, save: keepIn(conf.draft) }} />}
    </>
  );
}
