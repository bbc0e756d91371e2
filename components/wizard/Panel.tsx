// The wizard panel: a labelled, non-modal dialog docked to the right of the CRM page. One step
// at a time; focus moves to the step's heading so keyboard and screen-reader users follow along.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { htmlLang } from '../../lib/i18n/format';
import type { WizardActions } from '../../lib/wizard/actions';
import type { WizardState } from '../../lib/wizard/model';
import { goBack, goNext } from '../../lib/wizard/navigation';
import type { DraftSync } from '../../lib/wizard/draft-sync';
import { BackgroundStatus } from './BackgroundStatus';
import { DraftNotices } from './DraftNotices';
import { DraftsBar } from './DraftsBar';
import { RemoveConnectorOffer } from './RemoveConnectorOffer';
import { useKeepFocus } from './keep-focus';
import { StepList } from './StepList';
import { TestHistory } from './TestHistory';
import { ConnectionStep } from './steps/ConnectionStep';
import { ConnectorStep } from './steps/ConnectorStep';
import { InstallStep } from './steps/InstallStep';
import { NextSteps } from './steps/NextSteps';
import { OkStep } from './steps/OkStep';
import { TestStep } from './steps/TestStep';
import { existingFor } from '../../lib/existing/for-panel';
import { ExistingView } from '../existing/ExistingView';
import { ConfigureExisting } from '../configure/ConfigureExisting';
import { configuringFromList } from '../../lib/configure/from-list';
import { ModeChoice } from '../existing/ModeChoice';
import { ChoiceScreen } from '../existing/ChoiceScreen';

const STEPS = [InstallStep, ConnectorStep, ConnectionStep, TestStep, OkStep, NextSteps];

/** `tenant`: the tenant the background bound this panel's frame to (lib/background/frames.ts). */
export function Panel({ state, actions, sync, onClose, tenant = '' }: { state: WizardState; actions: WizardActions; sync: DraftSync; onClose: () => void; tenant?: string }) {
  const t = state.texts.value;
  const stepRef = useRef<HTMLHeadingElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const open = state.open.value;
  const step = state.step.value;
  const first = useRef(true);
  const ex = existingFor(state, actions.existingCrm, tenant);
  const mode = ex.mode.value;
  // A layout effect: focus moves in the same task as the step's DOM, so there is no moment where
  // the removed button's focus has fallen to the CRM page's body.
  useLayoutEffect(() => {
    if (!open) return;
    // The choice screen's heading, or the existing view's once its list is read (components/existing/).
    const other = mode === 'new' ? null : panelRef.current?.querySelector<HTMLElement>(mode === null ? '#erp-choice-title' : '#erp-existing-title');
    (other ?? (first.current || mode !== 'new' ? titleRef : stepRef).current)?.focus();
    first.current = false;
  }, [open, step, mode]);
  useEffect(() => {
    if (!open) first.current = true;
  }, [open]);
  useKeepFocus(panelRef, stepRef, open);
  // Entering a step that needs the connector's fields reads them (once per connector address). A
  // draft switched to or imported calls no connector by itself: only the consultant's own step (or
  // the button in ConfigFields) does, so a draft's address never makes the extension call anywhere.
  const draftId = sync.draft.value?.id ?? null;
  const seenDraft = useRef(draftId);
  useEffect(() => {
    if (seenDraft.current !== draftId) return void (seenDraft.current = draftId);
    if (step >= 2 && state.fields.value?.forUrl !== state.connectorUrl.value && state.fieldsStatus.value.state !== 'loading') void actions.loadFields();
  }, [step, state.connectorUrl.value, draftId]);
  if (!open) return null;
  const Step = STEPS[step] ?? InstallStep;
  const errors = state.stepErrors.value;
  return (
    <div ref={panelRef} class="panel" role="dialog" aria-modal="false" aria-labelledby="erp-panel-title" lang={htmlLang(state.lang)} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      {/* Plain divs, not header/main/footer: those would be a second banner, main and
          contentinfo landmark on the CRM's page; the dialog's label names this region. */}
      <div class="header">
        <h2 id="erp-panel-title" ref={titleRef} tabIndex={-1}>
          {t.panelTitle}
        </h2>
        <button type="button" class="close" aria-label={t.close} title={t.close} onClick={onClose}>
          ×
        </button>
      </div>
      <ModeChoice ex={ex} lang={state.lang} />
      {mode === null ? (
        <>
          <div class="body">
            <ChoiceScreen ex={ex} lang={state.lang} />
          </div>
          <div class="footer">
            <BackgroundStatus state={state} />
          </div>
        </>
      ) : mode === 'existing' ? (
        <div class="body">
          {configuringFromList.value ? <ConfigureExisting state={state} lang={state.lang} onBack={() => void ex.load()} /> : <ExistingView ex={ex} lang={state.lang} />}
        </div>
      ) : (
      <>
      <DraftsBar state={state} sync={sync} />
      <StepList state={state} />
      <div class="body">
        <DraftNotices state={state} sync={sync} />
        <RemoveConnectorOffer state={state} sync={sync} actions={actions} />
        <p class="step-of">{t.stepOf(step + 1, t.steps.length)}</p>
        <section aria-labelledby="erp-step-title" data-step={step}>
          <h3 id="erp-step-title" ref={stepRef} tabIndex={-1}>
            {t.steps[step]}
          </h3>
          <Step state={state} actions={actions} />
          {step === 3 && <TestHistory state={state} sync={sync} />}
        </section>
        {errors.length > 0 && (
          <div class="step-errors" role="alert">
            <p>{t.fixFirst}</p>
            <ul>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div class="footer">
        <div class="nav">
          <button type="button" onClick={() => goBack(state)} disabled={step === 0}>
            {t.back}
          </button>
          {step < 4 && (
            <button type="button" class="primary" onClick={() => goNext(state)}>
              {t.next}
            </button>
          )}
        </div>
        <BackgroundStatus state={state} />
      </div>
      </>
      )}
    </div>
  );
}
