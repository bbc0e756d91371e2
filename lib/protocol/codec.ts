// CultureDataFormatter values: how configuration values and defaults travel as strings.
//   Integer `[I:12345]`, Double `[F:12345.6789]`, Datetime `[DT:12/31/2013 23:59:59.0000000]`,
//   Checkbox `[I:1]`/`[I:0]`, List = the item's key, Text/Password/Label as they are.
// decode(encode(v)) equals v for every valid value; encode(decode(w)) equals w for every
// canonical w. Tolerated non-canonical input (bare `123`, `True`, `1E21`) decodes, and re-encodes
// canonically. Nothing here throws: problems come back as a CodecError.
import type { FieldType } from './field-type';
import { formatWireDateTime, isValidDateTime, parseWireDateTime, type DateTimeParts } from './datetime';
import { formatInvariantDouble, parseInvariantDouble } from './number-format';

export type TypedValue =
  | { type: 'Checkbox'; value: boolean }
  | { type: 'Integer'; value: number }
  | { type: 'Double'; value: number }
  | { type: 'Datetime'; value: DateTimeParts }
  | { type: 'List' | 'Text' | 'Password' | 'Label'; value: string }
  /** An empty string on the wire for a non-text field: "no value". */
  | { type: FieldType; value: null };

export type CodecErrorCode = 'malformed' | 'out-of-range' | 'invalid-date' | 'wrong-type';
export interface CodecError {
  code: CodecErrorCode;
  message: string;
}
export type CodecResult<T> = { ok: true; value: T } | { ok: false; error: CodecError };

const ok = <T>(value: T): CodecResult<T> => ({ ok: true, value });
const fail = (code: CodecErrorCode, message: string): CodecResult<never> => ({ ok: false, error: { code, message } });

// Linear by construction: \s and \d never overlap here. `[F:…]` and `[DT:…]` are cut by hand, not
// by a pattern: `\s*([^\]]*?)\s*` backtracked cubically on a run of whitespace (issue 15).
const INT = /^\[I:\s*([+-]?\d+)\s*\]$/i;

/** The trimmed inside of `[TAG:…]` (no `]` inside), or undefined. `t` is already trimmed. */
function bracketed(t: string, tag: 'F' | 'DT'): string | undefined {
  const head = `[${tag}:`;
  if (t.length < head.length + 1 || !t.startsWith(head) || !t.endsWith(']')) return undefined;
  const inner = t.slice(head.length, -1);
  return inner.includes(']') ? undefined : inner.trim();
}

export function decodeValue(type: FieldType, wire: string): CodecResult<TypedValue> {
  const t = wire.trim();
  if (type === 'Text' || type === 'Password' || type === 'Label' || type === 'List') return ok({ type, value: wire });
  if (t === '') return ok({ type, value: null });
  switch (type) {
    case 'Checkbox': {
      const lower = t.toLowerCase();
      // 0 and 1 in any spelling an integer field takes ([i:1], [I: 01 ], +1, ...), or True/False.
      const digits = integerDigits(t);
      if (lower === 'true' || (digits !== null && Number(digits) === 1)) return ok({ type, value: true });
      if (lower === 'false' || (digits !== null && Number(digits) === 0)) return ok({ type, value: false });
      return fail('malformed', `A checkbox value must be [I:1] or [I:0], not "${clip(wire)}"`);
    }
    case 'Integer': {
      const digits = integerDigits(t);
      if (digits === null) return fail('malformed', `An integer must look like [I:12345], not "${clip(wire)}"`);
      const n = Number(digits);
      if (!Number.isSafeInteger(n)) return fail('out-of-range', `The integer ${clip(digits)} is too large to handle exactly`);
      return ok({ type, value: n === 0 ? 0 : n });
    }
    case 'Double': {
      const inner = bracketed(t, 'F') ?? t;
      const n = parseInvariantDouble(inner);
      if (n === null) return fail('malformed', `A decimal number must look like [F:12345.6789] (dot as decimal separator), not "${clip(wire)}"`);
      return ok({ type, value: n });
    }
    case 'Datetime': {
      const inner = bracketed(t, 'DT');
      if (inner === undefined) return fail('malformed', `A date must look like [DT:12/31/2013 23:59:59.0000000], not "${clip(wire)}"`);
      const parts = parseWireDateTime(inner);
      if (!parts) return fail('invalid-date', `"${clip(inner)}" is not a valid date (month/day/year hour:minute:second)`);
      return ok({ type, value: parts });
    }
  }
}

export function encodeValue(v: TypedValue): CodecResult<string> {
  if (v.value === null) return ok('');
  switch (v.type) {
    case 'Checkbox':
      return typeof v.value === 'boolean' ? ok(v.value ? '[I:1]' : '[I:0]') : wrong(v);
    case 'Integer':
      if (typeof v.value !== 'number') return wrong(v);
      if (!Number.isSafeInteger(v.value)) return fail('out-of-range', `${v.value} is not an integer that can be sent exactly`);
      return ok(`[I:${v.value === 0 ? 0 : v.value}]`);
    case 'Double': {
      if (typeof v.value !== 'number') return wrong(v);
      const text = formatInvariantDouble(v.value);
      return text === null ? fail('out-of-range', `${v.value} cannot be sent as a decimal number`) : ok(`[F:${text}]`);
    }
    case 'Datetime':
      if (typeof v.value !== 'object' || !isValidDateTime(v.value)) return fail('invalid-date', 'Not a valid date');
      return ok(`[DT:${formatWireDateTime(v.value)}]`);
    default:
      return typeof v.value === 'string' ? ok(v.value) : wrong(v);
  }
}

/** The digits of `[I:n]` or of bare digits (trimmed input), else null. */
function integerDigits(t: string): string | null {
  return INT.exec(t)?.[1] ?? (/^[+-]?\d+$/.test(t) ? t : null);
}

function wrong(v: TypedValue): CodecResult<never> {
  return fail('wrong-type', `A ${v.type} field cannot hold ${typeof v.value}`);
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
