// The configuration after OK as six steps of their own (issue 18): a named list of the steps with
// their state, one step shown at a time, Back / Skip / Next, focus to the step's heading on change.
// Where the consultant is and the choices not yet saved go into the draft (lib/configure/draft.ts).
import { useComputed } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { activationProblems } from '../../lib/configure/mapping-actions';
import { listStates } from '../../lib/configure/list-model';
import { watchSaves, type ConfigureModels } from '../../lib/configure/models';
import type { ConfigurePorts } from '../../lib/configure/port';
import { startConfigure } from '../../lib/configure/start';
import { backStep, CONFIGURE_STEPS, goToStep, nextStep, skipStep, type ConfigureStepName } from '../../lib/configure/steps';
import type { Problem } from '../../lib/configure/checks';
import { CONFIGURE_TEXTS } from '../../lib/i18n/configure-texts';
import type { Lang } from '../../lib/i18n/lang';
import { ActivateConnection } from './ActivateConnection';
import { ActorDefaults } from './DefaultsStep';
import { ListMappingStep } from './ListMappingStep';
import { MappingsStep } from './MappingsStep';
import { FieldOrder, SyncPriority } from './OrderSteps';
import { StepNav } from './StepNav';

function StepContent({ name, m, ports, lang, onGoTo }: { name: ConfigureStepName; m: ConfigureModels; ports: ConfigurePorts; lang: Lang; onGoTo: (step: ConfigureStepName, focusId: string | null) => void }) {
  const t = CONFIGURE_TEXTS[lang];
  const actors = m.mappings.actors.value;
  const loaded = m.mappings.load.value.state === 'loaded';
  if (name === 'mappings') return <MappingsStep model={m.mappings} port={ports.mappings} lang={lang} inStepper />;
  if (name === 'priority') return <SyncPriority p={m.priority} crm={ports.crm} order={ports.order} t={t} lang={lang} />;
  if (!loaded) return <p role="status">{t.loading}</p>;
  if (actors.length === 0) return <p>{t.noActors}</p>;
  if (name === 'lists') return <ListMappingStep model={m.lists} port={ports.lists} savedCount={m.mappings.savedCount.value} t={t} lang={lang} inStepper />;
  if (name === 'defaults') return <>{actors.map((a) => <ActorDefaults key={a.read.ActorTypeErp} actor={a} ui={m.defaults.value[a.read.ActorTypeErp]} port={ports.defaults} t={t} lang={lang} />)}</>;
  if (name === 'order') return <>{actors.map((a) => <FieldOrder key={a.read.ActorTypeErp} actor={a} o={m.orders.value[a.read.ActorTypeErp]} erpConnectionId={m.mappings.erpConnectionId} order={ports.order} mappings={ports.mappings} t={t} lang={lang} />)}</>;
  return <ActivateConnection model={m.mappings} port={ports.mappings} t={t} lang={lang} lists={m.lists} onGoTo={onGoTo} />;
}

export function ConfigureSteps({ m, ports, lang }: { m: ConfigureModels; ports: ConfigurePorts; lang: Lang }) {
  const t = CONFIGURE_TEXTS[lang];
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef<number | null>(null);
  useEffect(() => {
    void startConfigure(m, ports);
    return watchSaves(m);
  }, [m, ports]);
  const current = m.flow.current.value;
  // Focus follows a change of step (not the first showing: the panel's own focus stays).
  useEffect(() => {
    if (shown.current !== null && shown.current !== current) {
      const h = heading.current;
      const id = m.flow.focusId;
      m.flow.focusId = null;
      const target = (id && (h?.getRootNode() as Document | ShadowRoot | undefined)?.getElementById?.(id)) || h;
      target?.scrollIntoView?.({ block: 'center' });
      target?.focus();
    }
    shown.current = current;
  }, [current]);
  const problemsKey = useComputed(() => JSON.stringify(m.mappings.load.value.state === 'loaded' ? activationProblems(m.mappings, listStates(m.lists)) : []));
  const problems = JSON.parse(problemsKey.value) as Problem[];
  const name = CONFIGURE_STEPS[current] as ConfigureStepName;
  const last = current === CONFIGURE_STEPS.length - 1;
  return (
    <section class="configure" aria-labelledby="erp-config-title" data-testid="configure-steps">
      <h3 id="erp-config-title">{t.stepsLabel}</h3>
      <StepNav flow={m.flow} problems={problems} t={t} />
      <div class="config-step" data-testid={`config-step-${name}`}>
        <h4 id="erp-config-step-title" tabIndex={-1} ref={heading}>
          <span class="sr">{t.stepOf(current + 1, CONFIGURE_STEPS.length)}: </span>
          {t.stepNames[name]}
        </h4>
        <StepContent name={name} m={m} ports={ports} lang={lang} onGoTo={(s, id) => goToStep(m.flow, CONFIGURE_STEPS.indexOf(s), id)} />
      </div>
      <div class="buttons config-nav">
        <button type="button" disabled={current === 0} onClick={() => backStep(m.flow)}>
          {t.back}
        </button>
        {!last && (
          <button type="button" onClick={() => skipStep(m.flow)}>
            {t.skip}
          </button>
        )}
        {!last && (
          <button type="button" class="primary" onClick={() => nextStep(m.flow)}>
            {t.next}
          </button>
        )}
      </div>
      {m.flow.skipped.value.length > 0 && <p class="help">{t.skippedNote}</p>}
    </section>
  );
}
