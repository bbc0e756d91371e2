// A draft that had added a Sync Connector to the CRM at its test step was deleted before OK: offer
// to remove that connector again (CanDeleteErpSyncConnectorEntity → DeleteErpSyncConnectorEntity),
// and say exactly what the CRM holds afterwards.
import { useSignal } from '@preact/signals';
import { CRM_TEXTS } from '../../lib/i18n/crm-texts';
import type { WizardActions } from '../../lib/wizard/actions';
import type { RemoveOutcome } from '../../lib/wizard/crm-connector';
import type { DraftSync } from '../../lib/wizard/draft-sync';
import type { WizardState } from '../../lib/wizard/model';

export function RemoveConnectorOffer({ state, sync, actions }: { state: WizardState; sync: DraftSync; actions: WizardActions }) {
  const ct = CRM_TEXTS[state.lang];
  const answered = useSignal<{ id: number; outcome: RemoveOutcome | 'kept' | 'removing' } | null>(null);
  const added = sync.removed.value?.addedConnector;
  if (!added) return null;
  const mine = answered.value?.id === added.id ? answered.value.outcome : null;
  const remove = async () => {
    answered.value = { id: added.id, outcome: 'removing' };
    answered.value = { id: added.id, outcome: await actions.removeConnector(added.id) };
  };
  if (mine === 'kept') return null;
  if (mine && mine !== 'removing') {
    const text =
      mine.state === 'removed' ? ct.removed(added.name)
        : mine.state === 'has-connections' ? ct.removeHasConnections(added.name)
          : mine.state === 'gone' ? ct.removeGone(added.name)
            : ct.removeFailed(added.name, mine.error.message[state.lang]);
    return (
      <p class={`notice${mine.state === 'failed' ? ' error' : ''}`} role="status" data-testid="connector-removal" data-state={mine.state}>
        {text}
      </p>
    );
  }
  return (
    <div class="notice" role="group" aria-labelledby="erp-remove-connector" data-testid="remove-connector-offer">
      <p id="erp-remove-connector">{ct.removeQuestion(added.name, added.id)}</p>
      <div class="buttons">
        <button type="button" aria-disabled={mine === 'removing' || undefined} onClick={() => mine !== 'removing' && void remove()}>
          {mine === 'removing' ? ct.removing : ct.removeYes}
        </button>
        <button type="button" onClick={() => (answered.value = { id: added.id, outcome: 'kept' })}>
          {ct.removeNo}
        </button>
      </div>
    </div>
  );
}
