// A field's problem in the panel's words: the general one ("does not fit the field's type") and,
// for a value that does not parse, the specific reason (a decimal comma in English, a date not
// written year first...), the same wherever it is shown (the field, Next, OK's list).
import { reasonText } from '../i18n/value-texts';
import { plainReason, type ValueProblemCode } from '../protocol';
import type { WizardState } from './model';

export function problemText(s: WizardState, key: string, code: ValueProblemCode): string {
  const t = s.texts.value;
  const field = code === 'malformed' ? s.fields.value?.list.find((f) => f.FieldKey === key) : undefined;
  const values = s.values.value;
  const reason = field ? plainReason(field.FieldType, Object.hasOwn(values, key) ? (values[key] as string) : '', s.lang) : null;
  return reason ? `${t.fieldProblems[code]} ${reasonText(s.lang, reason)}` : t.fieldProblems[code];
}
