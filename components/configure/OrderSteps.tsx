// Rank Fields (per actor) and Set Sync Priority (among the tenant's connections).
import { useEffect, useMemo } from 'preact/hooks';
import { fieldOrderFrom, moveField, savePriority, type FieldOrderUi, type PriorityUi } from '../../lib/configure/order-model';
import type { ActorState } from '../../lib/configure/mapping-model';
import { move } from '../../lib/configure/order';
import type { CrmClient } from '../../lib/crm/agent';
import type { MappingClient } from '../../lib/crm/mapping';
import type { OrderClient } from '../../lib/crm/order';
import type { ConfigureTexts } from '../../lib/i18n/configure-texts';
import type { Lang } from '../../lib/i18n/lang';
import { UpDownList } from './UpDownList';

/** `o`: the actor's order kept by the configuration (moves already read back survive leaving the step). */
export function FieldOrder({ actor, o: kept, erpConnectionId, order, mappings, t, lang }: { actor: ActorState; o?: FieldOrderUi | undefined; erpConnectionId: number; order: OrderClient; mappings: MappingClient; t: ConfigureTexts; lang: Lang }) {
  const own = useMemo(() => fieldOrderFrom(actor.read.ActorTypeErp, actor.read.FieldMappings), [actor]);
  const o = kept ?? own;
  const status = o.status.value;
  return (
    <div class="field-order" data-testid={`order-${o.actor}`}>
      <h5>{t.orderOf(o.actor)}</h5>
      <UpDownList prefix={`erp-order-${o.actor}`} items={o.items.value} busy={status.state === 'saving'} up={t.moveUp} down={t.moveDown} onMove={(i, d) => moveField(o, erpConnectionId, i, d, order, mappings)} />
      {status.state === 'saved' && (
        <p role="status" class="done" data-testid="order-saved">
          ✓ {t.orderSaved}
        </p>
      )}
      {(status.state === 'failed' || status.state === 'differs') && (
        <p role="alert">
          {t.orderFailed} {status.state === 'failed' ? status.message[lang] : ''}
        </p>
      )}
    </div>
  );
}

export function SyncPriority({ p, crm, order, t, lang }: { p: PriorityUi; crm: CrmClient; order: OrderClient; t: ConfigureTexts; lang: Lang }) {
  useEffect(() => {
    void crm.getAllConnections().then((r) => {
      if (r.ok && p.items.value.length === 0) p.items.value = r.value.filter((c) => !c.Deleted).map((c) => ({ id: c.ErpConnectionId, key: String(c.ErpConnectionId), name: c.DisplayName }));
    });
  }, [p, crm]);
  const status = p.status.value;
  return (
    <section aria-labelledby="erp-priority-title" data-testid="priority-step">
      <h4 id="erp-priority-title">{t.priorityHeading}</h4>
      <p class="help">{t.priorityIntro}</p>
      <UpDownList
        prefix="erp-priority"
        items={p.items.value}
        busy={status.state === 'saving'}
        up={t.moveConnUp}
        down={t.moveConnDown}
        onMove={async (i, d) => {
          p.items.value = move(p.items.value, i, d);
          p.status.value = { state: 'idle' };
        }}
      />
      <div class="buttons">
        <button type="button" class="primary" disabled={status.state === 'saving' || p.items.value.length === 0} onClick={() => void savePriority(p, order)}>
          {t.savePriority}
        </button>
      </div>
      {status.state === 'saved' && (
        <p role="status" class="done" data-testid="priority-saved">
          ✓ {t.prioritySaved}
        </p>
      )}
      {status.state === 'refused' && <p role="alert">{t.priorityRefused}</p>}
      {status.state === 'failed' && <p role="alert">{status.message[lang]}</p>}
    </section>
  );
}
