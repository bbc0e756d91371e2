// A CRM failure in the consultant's words, with what SuperOffice itself said (its `Message` or
// `ErrorMessage`, and `MessageDetail`) behind a disclosure, never as a raw JSON snippet.
import { CRM_TEXTS } from '../../lib/i18n/crm-texts';
import type { WizardState } from '../../lib/wizard/model';
import type { PortError } from '../../lib/wizard/ports';

export function CrmSaid({ state, error }: { state: WizardState; error: PortError }) {
  const said = error.crm;
  return (
    <>
      <p data-testid="crm-error" data-kind={error.kind}>
        {error.message[state.lang]}
      </p>
      {said && (
        <details class="crm-said">
          <summary>{CRM_TEXTS[state.lang].crmSaid}</summary>
          <p>{said.message}</p>
          {said.detail && <p>{said.detail}</p>}
        </details>
      )}
    </>
  );
}
