// The Mappings step: per ERP actor the field mappings. On its own (the bench, unit tests) it ends
// with activation; inside the stepper (./ConfigureSteps.tsx) the stepper gives the heading and the
// Active step is a step of its own.
import { useEffect } from 'preact/hooks';
import { loadMappings } from '../../lib/configure/mapping-actions';
import type { MappingModel } from '../../lib/configure/mapping-model';
import type { MappingClient } from '../../lib/crm/mapping';
import { CONFIGURE_TEXTS } from '../../lib/i18n/configure-texts';
import type { Lang } from '../../lib/i18n/lang';
import { ActivateConnection } from './ActivateConnection';
import { ActorMapping } from './ActorMapping';

export function MappingsStep({ model, port, lang, inStepper = false }: { model: MappingModel; port: MappingClient; lang: Lang; inStepper?: boolean }) {
  const t = CONFIGURE_TEXTS[lang];
  const load = model.load.value;
  useEffect(() => {
    if (model.load.value.state === 'idle') void loadMappings(model, port);
  }, [model, port]);
  return (
    <section class="configure" aria-labelledby={inStepper ? 'erp-config-step-title' : 'erp-mappings-title'} data-testid="mappings-step">
      {!inStepper && <h3 id="erp-mappings-title">{t.heading}</h3>}
      <p class="help">{t.intro}</p>
      {load.state === 'loading' && <p role="status">{t.loading}</p>}
      {load.state === 'failed' && (
        <p role="alert" data-testid="mappings-failed">
          {load.message[lang]}
        </p>
      )}
      {load.state === 'loaded' && model.actors.value.length === 0 && <p>{t.noActors}</p>}
      {model.actors.value.map((a) => (
        <ActorMapping key={a.read.ActorTypeErp} actor={a} model={model} port={port} t={t} lang={lang} />
      ))}
      {!inStepper && load.state === 'loaded' && model.actors.value.length > 0 && <ActivateConnection model={model} port={port} t={t} lang={lang} />}
    </section>
  );
}
