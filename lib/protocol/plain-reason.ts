// Why a typed value does not fit its field, as a code the panel words in its own language (the
// codec's messages are English, for logs and the CLI). In Norwegian a number may be typed the
// Norwegian way (see localPlain), so a decimal comma is a reason only in English.
import type { FieldType } from './field-type';
import { normalizeNorwegianNumber } from './number-format';
import { parsePlain } from './plain';

/** The panel's languages (lib/i18n is above this layer). */
type Lang = 'en' | 'no';

export type PlainReason =
  | { code: 'use-dot'; suggestion: string }
  | { code: 'separators' }
  | { code: 'not-a-number' }
  | { code: 'not-whole' }
  | { code: 'too-large' }
  | { code: 'not-yes-no' }
  | { code: 'not-a-date' };

/** What the consultant typed, as parsePlain reads it: a Norwegian number becomes invariant text. */
export function localPlain(type: FieldType, text: string, lang: Lang | undefined): string {
  if (lang !== 'no' || (type !== 'Double' && type !== 'Integer')) return text;
  return normalizeNorwegianNumber(text) ?? text;
}

export function plainReason(type: FieldType, text: string, lang: Lang): PlainReason | null {
  const parsed = parsePlain(type, localPlain(type, text, lang));
  if (parsed.ok) return null;
  const t = text.trim();
  switch (type) {
    case 'Checkbox':
      return { code: 'not-yes-no' };
    case 'Datetime':
      return { code: 'not-a-date' };
    case 'Integer':
      if (parsed.error.code === 'out-of-range') return { code: 'too-large' };
      return /^[+-]?[\d \u00a0\u202f]*[.,]\d+$/.test(t) ? { code: 'not-whole' } : separatorsOr(t);
    case 'Double':
      if (lang === 'en' && /^[+-]?\d+,\d+$/.test(t)) return { code: 'use-dot', suggestion: t.replace(',', '.') };
      return separatorsOr(t);
    default:
      return null;
  }
}

/** Digits with separators in a way neither language reads ("1.234,5", "12 34"): say so. */
function separatorsOr(t: string): PlainReason {
  return /^[+\-\u2212]?[\d., \u00a0\u202f]+$/.test(t) && /\d/.test(t) ? { code: 'separators' } : { code: 'not-a-number' };
}
