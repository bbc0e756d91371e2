// The wizard's last step: Mark the connection Active (ToggleErpConnectionActive), with the
// documentation's warning that the mappings must be configured first, and the CRM's refusal in words.
import { useState } from 'preact/hooks';
import type { ExistingCrm } from '../../lib/existing/ports';
import type { WizardState } from '../../lib/wizard/model';

const TEXTS = {
  en: {
    button: 'Mark the connection Active',
    warning: 'Configure the mappings first (Sync tab → the connection → Mappings): an Active connection starts to sync with whatever mappings it has.',
    done: 'The connection is Active.',
    already: 'The connection was already Active.',
    refused: (m: string) => `The CRM did not activate the connection: ${m}`,
  },
  no: {
    button: 'Merk koblingen som aktiv',
    warning: 'Sett opp tilordningene først (Synk-fanen → koblingen → Tilordninger): en aktiv kobling begynner å synkronisere med de tilordningene den har.',
    done: 'Koblingen er aktiv.',
    already: 'Koblingen var allerede aktiv.',
    refused: (m: string) => `CRM-et aktiverte ikke koblingen: ${m}`,
  },
};

export function ActivateAfterSetup({ state, actions }: { state: WizardState; actions?: unknown }) {
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const crm = (actions as { existingCrm?: ExistingCrm } | undefined)?.existingCrm;
  const status = state.applyStatus.value;
  if (!crm || status.state !== 'done') return null;
  const t = TEXTS[state.lang];
  const id = status.applied.erpConnectionId;
  async function activate() {
    if (!crm) return;
    setBusy(true);
    // A toggle: read first, so a connection someone already activated is not switched off.
    const cur = await crm.getConnection(id);
    if (cur.ok && cur.value.Active) setSaid({ ok: true, text: t.already });
    else if (!cur.ok) setSaid({ ok: false, text: t.refused(cur.error.message[state.lang]) });
    else {
      const r = await crm.toggleConnectionActive(id);
      setSaid(r.ok && r.value.length === 0 ? { ok: true, text: t.done } : { ok: false, text: t.refused(r.ok ? r.value.join(' ') : r.error.message[state.lang]) });
    }
    setBusy(false);
  }
  return (
    <div class="activate" data-testid="activate-after-setup">
      <p class="help" id="erp-activate-warning">
        {t.warning}
      </p>
      <button type="button" aria-describedby="erp-activate-warning" disabled={busy || said?.ok === true} onClick={() => void activate()}>
        {t.button}
      </button>
      {said && (
        <p role={said.ok ? 'status' : 'alert'} data-ok={String(said.ok)}>
          {said.text}
        </p>
      )}
    </div>
  );
}
