// Under a field: its default is a placeholder to check (with a way to keep it), or a password
// default that is deliberately not filled in. Called as a function, not a component: a keystroke
// then still renders one component, the field typed in (npm run bench).
import type { ConfigField } from '../../lib/protocol';
import { VALUE_TEXTS } from '../../lib/i18n/value-texts';
import type { WizardState } from '../../lib/wizard/model';
import { confirmDefault } from '../../lib/wizard/placeholder-defaults';

export function defaultNotice(state: WizardState, field: ConfigField, id: string, note: 'placeholder' | 'password-default' | null) {
  const w = VALUE_TEXTS[state.lang];
  if (note === 'password-default') {
    return (
      <p class="help default-note" id={id} data-testid="password-default">
        {w.passwordDefault}
      </p>
    );
  }
  if (note !== 'placeholder') return null;
  return (
    <p class="warn default-note" id={id} data-testid="placeholder-default">
      {w.placeholderDefault}{' '}
      <button type="button" class="link" onClick={() => confirmDefault(state, field.FieldKey)}>
        {w.keepDefault}
      </button>
    </p>
  );
}
