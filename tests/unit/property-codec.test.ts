// Property-based tests of the value codec (CultureDataFormatter strings), the invariant-culture
// number format, the date-time forms, what a consultant types, and preparing ConnectionInfo:
// for generated values of every field type, what is encoded decodes back to exactly the value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue, type TypedValue } from '../../lib/protocol/codec';
import { formatIsoDateTime, formatWireDateTime, parseIsoDateTime, parseWireDateTime, type DateTimeParts } from '../../lib/protocol/datetime';
import { FIELD_TYPES, type FieldType } from '../../lib/protocol/field-type';
import type { ConfigField } from '../../lib/protocol/fields';
import { formatInvariantDouble, parseInvariantDouble } from '../../lib/protocol/number-format';
import { formatPlain, parsePlain } from '../../lib/protocol/plain';
import { hasForbiddenXmlChars } from '../../lib/protocol/soap';
import { prepareConnectionInfo } from '../../lib/protocol/values';

const RUNS = { numRuns: 1000 };

/** Is this a real calendar day? Asked of the JS Date in UTC, independently of the code under test. */
function realDay(year: number, month: number, day: number): boolean {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const dateParts: fc.Arbitrary<DateTimeParts> = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    ticks: fc.oneof(fc.integer({ min: 0, max: 9_999_999 }), fc.constantFrom(0, 1, 9_999_999)),
  })
  .filter((p) => realDay(p.year, p.month, p.day));

/** Any UTF-16 text: astral characters, lone surrogates, control characters, brackets, quotes. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.constantFrom('', ' ', '[I:1]', '[F:1.5]', '[DT:12/31/2013 23:59:59.0000000]', ' padded ', '\t\r\n'),
);
const double = fc.double({ noNaN: true, noDefaultInfinity: true });

const valueOf: { [T in FieldType]: fc.Arbitrary<TypedValue> } = {
  Checkbox: fc.option(fc.boolean()).map((value) => ({ type: 'Checkbox', value })),
  Integer: fc.option(fc.maxSafeInteger()).map((value) => ({ type: 'Integer', value })),
  Double: fc.option(double).map((value) => ({ type: 'Double', value })),
  Datetime: fc.option(dateParts).map((value) => ({ type: 'Datetime', value })),
  Text: anyText.map((value) => ({ type: 'Text', value })),
  Password: anyText.map((value) => ({ type: 'Password', value })),
  Label: anyText.map((value) => ({ type: 'Label', value })),
  List: anyText.map((value) => ({ type: 'List', value })),
};
const anyValue = fc.oneof(...FIELD_TYPES.map((t) => valueOf[t]));

function encoded(v: TypedValue): string {
  const r = encodeValue(v);
  if (!r.ok) throw new Error(`could not encode ${JSON.stringify(v)}: ${r.error.message}`);
  return r.value;
}

describe('value codec: round trips', () => {
  it.each(FIELD_TYPES)('decode(encode(v)) is v for every %s value, and the wire form is stable', (type) => {
    fc.assert(
      fc.property(valueOf[type], (v) => {
        const wire = encoded(v);
        expect(decodeValue(type, wire)).toEqual({ ok: true, value: v });
        // Decoding and encoding again gives the very same string (canonical form).
        const again = decodeValue(type, wire);
        expect(again.ok && encodeValue(again.value)).toEqual({ ok: true, value: wire });
      }),
      RUNS,
    );
  });

  it('decodes any string for any type without throwing; what it accepts re-encodes canonically', () => {
    const wireish = fc.oneof(
      anyText,
      fc.stringMatching(/^\s*\[(I|F|DT):[\s\d.,:/+eE-]{0,30}\]\s*$/),
      fc.stringMatching(/^[+-]?\d{0,25}(\.\d{0,20})?([eE][+-]?\d{1,4})?$/),
    );
    fc.assert(
      fc.property(fc.constantFrom(...FIELD_TYPES), wireish, (type, wire) => {
        const r = decodeValue(type, wire);
        if (!r.ok) {
          expect(['malformed', 'out-of-range', 'invalid-date']).toContain(r.error.code);
          expect(r.error.message.length).toBeGreaterThan(0);
          return;
        }
        expect(r.value.type).toBe(type);
        const canonical = encoded(r.value);
        expect(decodeValue(type, canonical)).toEqual(r);
        expect(encodeValue((decodeValue(type, canonical) as { value: TypedValue }).value)).toEqual({ ok: true, value: canonical });
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on values of the wrong JS type: a typed error instead', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELD_TYPES), fc.anything(), (type, value) => {
        const r = encodeValue({ type, value } as TypedValue);
        if (r.ok) expect(typeof r.value).toBe('string');
        else expect(['wrong-type', 'out-of-range', 'invalid-date']).toContain(r.error.code);
      }),
      RUNS,
    );
  });
});

describe('integers', () => {
  it('tolerate a sign, leading zeros and spaces, and bare digits', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.nat(5), fc.boolean(), fc.boolean(), (n, zeros, bracket, spaces) => {
        const digits = `${n < 0 ? '-' : n > 0 && zeros % 2 ? '+' : ''}${'0'.repeat(zeros)}${Math.abs(n)}`;
        const sp = spaces ? '  ' : '';
        const wire = bracket ? `${sp}[I:${sp}${digits}${sp}]${sp}` : `${sp}${digits}${sp}`;
        expect(decodeValue('Integer', wire)).toEqual({ ok: true, value: { type: 'Integer', value: n } });
      }),
      RUNS,
    );
  });

  it('a checkbox reads 0 and 1 in every spelling an integer field reads, and nothing else but True/False', () => {
    const spelled = fc.oneof(
      fc.tuple(fc.integer({ min: -3, max: 3 }), fc.nat(3), fc.constantFrom('[I:', '[i:', '[I: ', ''), fc.constantFrom('+', '-', '')).map(([n, zeros, open, sign]) => {
        const digits = `${n < 0 ? '-' : sign === '-' ? '' : sign}${'0'.repeat(zeros)}${Math.abs(n)}`;
        return open ? `${open}${digits}]` : digits;
      }),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(spelled, (wire) => {
        const asInteger = decodeValue('Integer', wire);
        const asCheckbox = decodeValue('Checkbox', wire);
        const word = wire.trim().toLowerCase();
        if (word === 'true' || word === 'false') return void expect(asCheckbox).toEqual({ ok: true, value: { type: 'Checkbox', value: word === 'true' } });
        const n = asInteger.ok ? asInteger.value.value : undefined;
        if (n === 0 || n === 1) expect(asCheckbox).toEqual({ ok: true, value: { type: 'Checkbox', value: n === 1 } });
        else if (n === null) expect(asCheckbox).toEqual({ ok: true, value: { type: 'Checkbox', value: null } });
        else expect(asCheckbox).toMatchObject({ ok: false, error: { code: 'malformed' } });
      }),
      { ...RUNS, examples: [['[I: 1 ]'], ['[i:0]'], ['+01'], ['[I:-0]'], ['[I:2]']] },
    );
  });

  it('beyond 2^53 are refused as out of range, never rounded', () => {
    const big = fc.oneof(fc.bigInt({ min: 2n ** 53n, max: 10n ** 40n }), fc.bigInt({ min: -(10n ** 40n), max: -(2n ** 53n) }));
    fc.assert(
      fc.property(big, (b) => {
        const r = decodeValue('Integer', `[I:${b}]`);
        expect(r.ok ? r : r.error.code).toBe('out-of-range');
        expect(encodeValue({ type: 'Integer', value: Number(b) })).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
      }),
      RUNS,
    );
  });
});

describe('doubles in the invariant culture', () => {
  it('are written as .NET writes them: shortest digits, plain from 0.0001 to below 1E+15, else an exponent of 2+ digits', () => {
    fc.assert(
      fc.property(double, (n) => {
        const text = formatInvariantDouble(n) as string;
        expect(Object.is(Number(text), n)).toBe(true); // bit-exact, -0 included
        expect(text).toMatch(/^-?(?:\d+(?:\.\d+)?|\d(?:\.\d+)?E[+-]\d{2,3})$/);
        expect(text).not.toMatch(/\.\d*0(?:E|$)/); // no trailing zeros in the fraction
        const abs = Math.abs(n);
        expect(text.includes('E')).toBe(abs !== 0 && (abs < 1e-4 || abs >= 1e15));
        // As few significant digits as JS needs to read the same number back.
        const digitsOf = (s: string) => s.replace(/E.*$/, '').replace(/[-.]/g, '').replace(/^0+/, '').replace(/0+$/, '').length || 1;
        expect(digitsOf(text)).toBe(digitsOf(abs.toExponential().replace(/e.*$/, '')));
      }),
      { numRuns: 5000 },
    );
  });

  it('are read back from other invariant spellings, exactly', () => {
    fc.assert(
      fc.property(double, fc.constantFrom('toString', 'toExponential', 'toPrecision17', 'upper'), (n, how) => {
        const text = { toString: String(n), toExponential: n.toExponential(), toPrecision17: n.toPrecision(17), upper: n.toExponential().toUpperCase() }[how];
        const expected = n === 0 ? 0 : n; // JS writes -0 without its sign; "-0" itself is in the round trip above
        const r = decodeValue('Double', `[F: ${text} ]`);
        expect(r.ok && Object.is(r.value.value, expected)).toBe(true);
        expect(Object.is(parseInvariantDouble(text), expected)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never take a comma as decimal separator, nor anything that is not finite', () => {
    fc.assert(
      fc.property(double.filter((n) => !Number.isInteger(n) && Math.abs(n) >= 1e-4 && Math.abs(n) < 1e15), (n) => {
        const comma = (formatInvariantDouble(n) as string).replace('.', ',');
        expect(decodeValue('Double', `[F:${comma}]`)).toMatchObject({ ok: false, error: { code: 'malformed' } });
      }),
      RUNS,
    );
    for (const t of ['NaN', 'Infinity', '-Infinity', '1e400', '∞', '0x10', '1_000']) expect(parseInvariantDouble(t)).toBeNull();
    for (const n of [NaN, Infinity, -Infinity]) expect(encodeValue({ type: 'Double', value: n })).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
  });
});

describe('date-times', () => {
  it('round-trip through the wire form and the typed (ISO) form', () => {
    fc.assert(
      fc.property(dateParts, (p) => {
        const wire = formatWireDateTime(p);
        expect(wire).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}\.\d{7}$/);
        expect(parseWireDateTime(wire)).toEqual(p);
        expect(parseIsoDateTime(formatIsoDateTime(p))).toEqual(p);
      }),
      RUNS,
    );
  });

  it('refuse days that do not exist (31 April, 29 February outside leap years) with a typed error', () => {
    const impossible = fc
      .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 29, max: 32 }) })
      .filter((p) => !realDay(p.year, p.month, p.day));
    fc.assert(
      fc.property(impossible, ({ year, month, day }) => {
        const two = (n: number) => String(n).padStart(2, '0');
        const wire = `[DT:${two(month)}/${two(day)}/${String(year).padStart(4, '0')} 00:00:00.0000000]`;
        expect(decodeValue('Datetime', wire)).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
        expect(parseIsoDateTime(`${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`)).toBeNull();
      }),
      RUNS,
    );
  });
});

describe('what a consultant types', () => {
  it('reads back as the value it shows, for every type', () => {
    const shown = anyValue.filter((v) => !(v.type === 'Checkbox' && v.value === null)); // a checkbox is never "no value"
    fc.assert(
      fc.property(shown, (v) => {
        expect(parsePlain(v.type, formatPlain(v))).toEqual({ ok: true, value: v });
      }),
      RUNS,
    );
  });
});

describe('preparing ConnectionInfo', () => {
  const sendable = (v: TypedValue) => typeof v.value !== 'string' || (!hasForbiddenXmlChars(v.value) && v.value.length <= 1023);
  const field = (FieldKey: string, FieldType: FieldType): ConfigField => ({
    FieldKey,
    Rank: null,
    DisplayName: FieldKey,
    DisplayDescription: null,
    FieldType,
    ListName: null,
    DefaultValue: '',
    MaxLength: 0,
    Access: 'Normal',
  });

  it('encodes each typed value so that the connector decodes exactly that value', () => {
    const entries = fc.uniqueArray(
      fc.record({ key: fc.string({ minLength: 1, maxLength: 40 }), v: anyValue.filter((v) => v.type !== 'Label' && sendable(v)) }),
      { selector: (e) => e.key, maxLength: 12 },
    );
    fc.assert(
      fc.property(entries, (list) => {
        const fields = list.map(({ key, v }) => field(key, v.type));
        const plain = Object.fromEntries(list.map(({ key, v }) => [key, formatPlain(v)]));
        const { connectionInfo, problems } = prepareConnectionInfo(fields, plain);
        expect(problems).toEqual([]);
        for (const { key, v } of list) {
          const back = decodeValue(v.type, connectionInfo[key] as string);
          // "No value" of a checkbox is typed as unticked.
          const expected = v.type === 'Checkbox' && v.value === null ? { ...v, value: false } : v;
          expect(back).toEqual({ ok: true, value: expected });
        }
        expect(Object.keys(connectionInfo).sort()).toEqual(list.map((e) => e.key).sort());
      }),
      // A field named __proto__ once lost its value (it set the object's prototype instead).
      { numRuns: 500, examples: [[[{ key: '__proto__', v: { type: 'Text', value: 'kept' } }, { key: 'constructor', v: { type: 'Integer', value: 7 } }]]] },
    );
  });

  it('never throws on arbitrary typed input and names every refused field', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 20 }), type: fc.constantFrom(...FIELD_TYPES), access: fc.constantFrom('Normal', 'Mandatory', 'ReadOnly' as const), max: fc.integer({ min: 0, max: 1023 }) }), { selector: (f) => f.key, maxLength: 8 }),
        fc.dictionary(fc.string({ maxLength: 20 }), anyText, { maxKeys: 10 }),
        (specs, plain) => {
          const fields = specs.map((s) => ({ ...field(s.key, s.type), Access: s.access, MaxLength: s.max }));
          const { connectionInfo, problems } = prepareConnectionInfo(fields, plain);
          for (const p of problems) expect(fields.some((f) => f.FieldKey === p.FieldKey) || Object.hasOwn(plain, p.FieldKey)).toBe(true);
          // Whatever is sent is a valid wire value for its field, within the CRM's length.
          for (const [key, wire] of Object.entries(connectionInfo)) {
            const f = fields.find((x) => x.FieldKey === key) as ConfigField;
            expect(decodeValue(f.FieldType, wire).ok).toBe(true);
            expect(wire.length).toBeLessThanOrEqual(1023);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
