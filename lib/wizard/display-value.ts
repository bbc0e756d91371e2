// A configuration value as the consultant chose it, in the panel's language: a list item's text,
// yes or no, numbers and dates written the local way. The wire form (what the connector gets) is
// shown apart, as a technical detail.
import { VALUE_TEXTS } from '../i18n/value-texts';
import type { Lang } from '../i18n/lang';
import { localPlain, parsePlain, resolveText, type ConfigField, type ListItem } from '../protocol';

const LOCALE: Record<Lang, string> = { en: 'en-GB', no: 'nb-NO' };
export const NO_VALUE = '—';
export const MASKED = '••••••';

export function displayValue(field: ConfigField, typed: string | undefined, items: readonly ListItem[] | undefined, lang: Lang): string {
  if (typed === undefined || typed === '') return NO_VALUE;
  if (field.FieldType === 'Password') return MASKED;
  if (field.FieldType === 'List') {
    const item = items?.find((i) => i.key === typed);
    return item ? resolveText(item.text, lang) : typed;
  }
  const parsed = parsePlain(field.FieldType, localPlain(field.FieldType, typed, lang));
  if (!parsed.ok) return typed; // shown as typed; the field itself says what is wrong
  const v = parsed.value;
  if (v.value === null) return NO_VALUE;
  if (typeof v.value === 'boolean') return v.value ? VALUE_TEXTS[lang].yes : VALUE_TEXTS[lang].no;
  if (typeof v.value === 'number') return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 20 }).format(v.value);
  if (typeof v.value === 'object') {
    const p = v.value;
    const at = new Date(Date.UTC(2000, p.month - 1, p.day, p.hour, p.minute, p.second));
    at.setUTCFullYear(p.year); // years below 100 are not shifted to 19xx
    const time = p.second ? { timeStyle: 'medium' as const } : p.hour || p.minute ? { timeStyle: 'short' as const } : {};
    return at.toLocaleString(LOCALE[lang], { timeZone: 'UTC', dateStyle: 'medium', ...time });
  }
  return v.value;
}

/** The value as the connector gets it, a password masked. */
export function wireValue(field: ConfigField, wire: string | undefined): string {
  if (wire === undefined || wire === '') return NO_VALUE;
  return field.FieldType === 'Password' ? MASKED : wire;
}
