// The configuration that follows OK: per ERP actor the field mappings, then activation.
import { useEffect } from 'preact/hooks';
import { loadMappings } from '../../lib/configure/mapping-actions';
import type { MappingModel } from '../../lib/configure/mapping-model';
import type { ListsModel } from '../../lib/configure/list-model';
import type { ListMappingClient } from '../../lib/crm/list-mapping';
import type { MappingClient } from '../../lib/crm/mapping';
import { CONFIGURE_TEXTS } from '../../lib/i18n/configure-texts';
import type { Lang } from '../../lib/i18n/lang';
import { ActivateConnection } from './ActivateConnection';
import { ActorMapping } from './ActorMapping';
import { ListMappingStep } from './ListMappingStep';
import { FieldOrder, SyncPriority } from './OrderSteps';
import { ActorDefaults } from './DefaultsStep';
import { Disclosure } from './Disclosure';
import type { DefaultsClient } from '../../lib/crm/defaults';
import type { CrmClient } from '../../lib/crm/agent';
import type { OrderClient } from '../../lib/crm/order';
import type { PriorityUi } from '../../lib/configure/order-model';

export interface ListsPart {
  model: ListsModel;
  port: ListMappingClient;
}

export interface OrderPart {
  order: OrderClient;
  crm: CrmClient;
  priority: PriorityUi;
}

export function MappingsStep({ model, port, lang, lists, order, defaults }: { model: MappingModel; port: MappingClient; lang: Lang; lists?: ListsPart; order?: OrderPart; defaults?: DefaultsClient }) {
  const t = CONFIGURE_TEXTS[lang];
  const load = model.load.value;
  useEffect(() => {
    if (model.load.value.state === 'idle') void loadMappings(model, port);
  }, [model, port]);
  return (
    <section class="configure" aria-labelledby="erp-mappings-title" data-testid="mappings-step">
      <h3 id="erp-mappings-title">{t.heading}</h3>
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
      {lists && load.state === 'loaded' && model.actors.value.length > 0 && <ListMappingStep model={lists.model} port={lists.port} savedCount={model.savedCount.value} t={t} lang={lang} />}
      {defaults && load.state === 'loaded' && model.actors.value.length > 0 && (
        <Disclosure title={t.defaultsHeading} testId="defaults-step">
          {() => model.actors.value.map((a) => <ActorDefaults key={a.read.ActorTypeErp} actor={a} port={defaults} t={t} lang={lang} />)}
        </Disclosure>
      )}
      {order && load.state === 'loaded' && model.actors.value.length > 0 && (
        <Disclosure title={t.orderHeading} testId="order-step">
          {() => model.actors.value.map((a) => <FieldOrder key={`${a.read.ActorTypeErp}-${model.savedCount.value}`} actor={a} erpConnectionId={model.erpConnectionId} order={order.order} mappings={port} t={t} lang={lang} />)}
        </Disclosure>
      )}
      {order && load.state === 'loaded' && <SyncPriority p={order.priority} crm={order.crm} order={order.order} t={t} lang={lang} />}
      {load.state === 'loaded' && model.actors.value.length > 0 && <ActivateConnection model={model} port={port} t={t} lang={lang} lists={lists?.model} />}
    </section>
  );
}
