// Defaults that are not values. SuperOffice's own sample connector (Test.Excel) declares "[password]"
// and "[text]": square brackets that are not one of the value encodings ([I:…], [F:…], [DT:…]).
// The CRM's dialog prefills them as they are; the wizard prefills them too but says they look like
// placeholders until the consultant changes or confirms them. A Password field is never prefilled.
import { decodeDefault, formatPlain, type ConfigField } from '../protocol';
import type { WizardState } from './model';

const BRACKETED = /^\[[^]*\]$/;
const ENCODED = /^\[\s*(?:I|F|DT)\s*:/i;

/** A default in square brackets that is not a value encoding. */
export function isPlaceholderDefault(field: ConfigField): boolean {
  if (field.FieldType === 'Label' || field.FieldType === 'Password' || field.Access === 'ReadOnly') return false;
  const d = field.DefaultValue.trim();
  return BRACKETED.test(d) && !ENCODED.test(d);
}

/** A Password field whose connector declares a default: said, never filled in. */
export function hasUnusedPasswordDefault(field: ConfigField): boolean {
  return field.FieldType === 'Password' && field.Access !== 'ReadOnly' && field.DefaultValue !== '';
}

/** The placeholder default is still the field's value and the consultant has not confirmed it. */
export function placeholderUnchecked(s: WizardState, field: ConfigField): boolean {
  if (!isPlaceholderDefault(field) || s.confirmedDefaults.value.includes(field.FieldKey)) return false;
  const values = s.values.value;
  if (!Object.hasOwn(values, field.FieldKey)) return true; // not typed: the default is what is sent
  const d = decodeDefault(field);
  return values[field.FieldKey] === (d ? formatPlain(d) : field.DefaultValue);
}

export function confirmDefault(s: WizardState, key: string): void {
  if (!s.confirmedDefaults.peek().includes(key)) s.confirmedDefaults.value = [...s.confirmedDefaults.peek(), key];
}

/** What a field says about its default, if anything. */
export function defaultNote(s: WizardState, field: ConfigField): 'placeholder' | 'password-default' | null {
  if (hasUnusedPasswordDefault(field)) return 'password-default';
  return placeholderUnchecked(s, field) ? 'placeholder' : null;
}
