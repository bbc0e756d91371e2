// The wizard panel: a labelled, non-modal dialog docked to the right of the CRM page.
import { useEffect, useRef } from 'preact/hooks';
import type { WizardState } from '../../lib/wizard/model';
import { BackgroundStatus } from './BackgroundStatus';
import { InstallStep } from './InstallStep';
import { StepList } from './StepList';

export function Panel({ state, onClose }: { state: WizardState; onClose: () => void }) {
  const t = state.texts.value;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const open = state.open.value;
  // Opening moves focus into the panel, so keyboard users land where the work is.
  useEffect(() => {
    if (open) titleRef.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div
      class="panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="erp-panel-title"
      lang={state.lang === 'no' ? 'nb' : 'en'}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header>
        <h2 id="erp-panel-title" ref={titleRef} tabIndex={-1}>
          {t.panelTitle}
        </h2>
        <button type="button" class="close" aria-label={t.close} title={t.close} onClick={onClose}>
          ×
        </button>
      </header>
      <StepList state={state} />
      <main class="body">
        <p class="step-of">{t.stepOf(state.step.value + 1, t.steps.length)}</p>
        <InstallStep state={state} />
      </main>
      <footer>
        <BackgroundStatus state={state} />
      </footer>
    </div>
  );
}
