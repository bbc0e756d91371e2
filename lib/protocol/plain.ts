// What a consultant types (plain text) ↔ typed values. The wizard form and the CLI both read
// plain input through here, then encode with the codec. Dates are typed ISO-style (year first)
// because the wire's month/day order is a trap for Norwegian users.
import type { FieldType } from './field-type';
import type { CodecResult, TypedValue } from './codec';
import { formatIsoDateTime, parseIsoDateTime } from './datetime';
import { formatInvariantDouble, parseInvariantDouble } from './number-format';

const TRUE = ['1', 'true', 'yes', 'y', 'on', 'ja', 'j', 'x'];
const FALSE = ['0', 'false', 'no', 'n', 'off', 'nei', ''];

export function parsePlain(type: FieldType, text: string): CodecResult<TypedValue> {
  const t = text.trim();
  const fail = (message: string): CodecResult<never> => ({ ok: false, error: { code: 'malformed', message } });
  switch (type) {
    case 'Checkbox': {
      const lower = t.toLowerCase();
      if (TRUE.includes(lower)) return { ok: true, value: { type, value: true } };
      if (FALSE.includes(lower)) return { ok: true, value: { type, value: false } };
      return fail(`"${t}" is not a yes/no value (use 1 or 0, true or false)`);
    }
    case 'Integer': {
      if (t === '') return { ok: true, value: { type, value: null } };
      if (!/^[+-]?\d+$/.test(t)) return fail(`"${t}" is not a whole number`);
      const n = Number(t);
      if (!Number.isSafeInteger(n)) return { ok: false, error: { code: 'out-of-range', message: `${t} is too large` } };
      return { ok: true, value: { type, value: n === 0 ? 0 : n } };
    }
    case 'Double': {
      if (t === '') return { ok: true, value: { type, value: null } };
      if (/^[+-]?\d+,\d+$/.test(t)) return fail(`Use a dot as decimal separator: ${t.replace(',', '.')}`);
      const n = parseInvariantDouble(t);
      return n === null ? fail(`"${t}" is not a number`) : { ok: true, value: { type, value: n } };
    }
    case 'Datetime': {
      if (t === '') return { ok: true, value: { type, value: null } };
      const p = parseIsoDateTime(t);
      return p ? { ok: true, value: { type, value: p } } : fail(`"${t}" is not a date; write it as 2013-12-31 or 2013-12-31 23:59:59`);
    }
    default:
      // Text, Password, List (the item key) and Label go as typed, untrimmed.
      return { ok: true, value: { type, value: text } };
  }
}

/** A typed value as a consultant reads it (and could type it back). */
export function formatPlain(v: TypedValue): string {
  if (v.value === null) return '';
  if (typeof v.value === 'boolean') return v.value ? 'true' : 'false';
  if (typeof v.value === 'number') return v.type === 'Double' ? (formatInvariantDouble(v.value) ?? String(v.value)) : String(v.value);
  if (typeof v.value === 'object') return formatIsoDateTime(v.value);
  return v.value;
}
