// Said before the test, not after: the connector's address is plain http: and a password is typed.
import { insecurePasswordHost } from '../../lib/wizard/insecure';
import type { WizardState } from '../../lib/wizard/model';

export function InsecureNotice({ state }: { state: WizardState }) {
  const host = insecurePasswordHost(state.connectorUrl.value, state.fields.value?.list ?? [], state.values.value);
  if (!host) return null;
  return (
    <div class="notice warning" data-testid="insecure-password">
      <p>{state.texts.value.insecurePassword(host)}</p>
    </div>
  );
}
