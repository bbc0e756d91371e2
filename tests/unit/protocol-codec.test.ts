import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue, type TypedValue } from '../../lib/protocol/codec';
import { daysInMonth, type DateTimeParts } from '../../lib/protocol/datetime';
import type { FieldType } from '../../lib/protocol/field-type';
import { formatInvariantDouble, parseInvariantDouble } from '../../lib/protocol/number-format';
import { formatPlain, parsePlain } from '../../lib/protocol/plain';

// A small deterministic generator: the same "random" values on every run.
function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
}
const rnd = rng(7);
const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

function roundTrip(v: TypedValue) {
  const enc = encodeValue(v);
  if (!enc.ok) throw new Error(`encode failed: ${enc.error.message}`);
  const dec = decodeValue(v.type, enc.value);
  if (!dec.ok) throw new Error(`decode of ${enc.value} failed: ${dec.error.message}`);
  expect(dec.value).toEqual(v);
  const again = encodeValue(dec.value);
  expect(again.ok && again.value).toBe(enc.value);
  return enc.value;
}

describe('integers', () => {
  it('encodes as [I:n] and round-trips many values exactly, big and negative ones included', () => {
    expect(roundTrip({ type: 'Integer', value: 12345 })).toBe('[I:12345]');
    expect(roundTrip({ type: 'Integer', value: -42 })).toBe('[I:-42]');
    const special = [0, 1, -1, 2147483647, -2147483648, 4294967296, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];
    for (const n of special) roundTrip({ type: 'Integer', value: n });
    for (let i = 0; i < 2000; i++) roundTrip({ type: 'Integer', value: Math.round((rnd() - 0.5) * 2 * 10 ** int(0, 15)) + 0 });
  });

  it('tolerates bare digits, + and leading zeros, re-encoding canonically', () => {
    for (const [w, n] of [['123', 123], ['[I:+7]', 7], ['[I:007]', 7], ['[I:-0]', 0], [' [I:5] ', 5]] as const) {
      const d = decodeValue('Integer', w);
      expect(d.ok && d.value).toEqual({ type: 'Integer', value: n });
    }
  });

  it('gives typed errors for malformed or unsafe integers', () => {
    expect(decodeValue('Integer', '[I:12.5]')).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(decodeValue('Integer', '[F:1]')).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(decodeValue('Integer', '[I:]')).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(decodeValue('Integer', '[I:99999999999999999999]')).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
    expect(encodeValue({ type: 'Integer', value: 1.5 })).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
    expect(encodeValue({ type: 'Integer', value: 2 ** 60 })).toMatchObject({ ok: false });
  });
});

describe('doubles', () => {
  it.each([
    [12345.6789, '12345.6789'], [0.1, '0.1'], [-0.5, '-0.5'], [0, '0'], [-0, '-0'], [1e21, '1E+21'],
    [1e15, '1E+15'], [123456789012345, '123456789012345'], [1e-5, '1E-05'], [0.0001, '0.0001'],
    [1.7976931348623157e308, '1.7976931348623157E+308'], [5e-324, '5E-324'], [0.1 + 0.2, '0.30000000000000004'], [100, '100'],
  ])('formats %s invariantly as %s (.NET "R" layout) and round-trips', (n, text) => {
    expect(formatInvariantDouble(n)).toBe(text);
    expect(roundTrip({ type: 'Double', value: n })).toBe(`[F:${text}]`);
  });

  it('round-trips thousands of doubles bit-exactly', () => {
    const buf = new DataView(new ArrayBuffer(8));
    let n = 0;
    while (n < 3000) {
      buf.setUint32(0, Math.floor(rnd() * 2 ** 32));
      buf.setUint32(4, Math.floor(rnd() * 2 ** 32));
      const d = buf.getFloat64(0);
      if (!Number.isFinite(d)) continue;
      roundTrip({ type: 'Double', value: d });
      n++;
    }
    for (let i = 0; i < 2000; i++) roundTrip({ type: 'Double', value: Number((rnd() * 10 ** int(-8, 22) * (rnd() < 0.5 ? -1 : 1)).toPrecision(int(1, 17))) });
  });

  it('decodes other invariant spellings (exponents, no leading digit) but never a comma', () => {
    expect(decodeValue('Double', '[F:1e21]')).toEqual({ ok: true, value: { type: 'Double', value: 1e21 } });
    expect(decodeValue('Double', '[F:.5]')).toEqual({ ok: true, value: { type: 'Double', value: 0.5 } });
    expect(decodeValue('Double', '2.5')).toEqual({ ok: true, value: { type: 'Double', value: 2.5 } });
    for (const bad of ['[F:1,5]', '[F:NaN]', '[F:Infinity]', '[F:1e999]', '[F:]', '[F:0x10]', '[F:1 000]']) {
      expect(decodeValue('Double', bad)).toMatchObject({ ok: false, error: { code: 'malformed' } });
    }
    expect(encodeValue({ type: 'Double', value: NaN })).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
    expect(parseInvariantDouble('1.')).toBe(1);
  });
});

describe('dates', () => {
  it('encodes month/day/year with 7 fractional digits', () => {
    const v: TypedValue = { type: 'Datetime', value: { year: 2013, month: 12, day: 31, hour: 23, minute: 59, second: 59, ticks: 0 } };
    expect(roundTrip(v)).toBe('[DT:12/31/2013 23:59:59.0000000]');
    expect(roundTrip({ type: 'Datetime', value: { year: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0, ticks: 1 } })).toBe('[DT:01/01/0001 00:00:00.0000001]');
  });

  it('round-trips thousands of random date-times, leap days included', () => {
    for (let i = 0; i < 3000; i++) {
      const year = int(1, 9999);
      const month = int(1, 12);
      const p: DateTimeParts = { year, month, day: int(1, daysInMonth(year, month)), hour: int(0, 23), minute: int(0, 59), second: int(0, 59), ticks: int(0, 9_999_999) };
      roundTrip({ type: 'Datetime', value: p });
    }
    roundTrip({ type: 'Datetime', value: { year: 2024, month: 2, day: 29, hour: 0, minute: 0, second: 0, ticks: 0 } });
  });

  it('tolerates short forms and rejects impossible dates with a typed error', () => {
    expect(decodeValue('Datetime', '[DT:1/2/2020]')).toMatchObject({ ok: true, value: { value: { year: 2020, month: 1, day: 2, hour: 0 } } });
    expect(decodeValue('Datetime', '[DT:01/02/2020 3:04:05.5]')).toMatchObject({ ok: true, value: { value: { hour: 3, minute: 4, second: 5, ticks: 5_000_000 } } });
    for (const bad of ['[DT:02/29/2023 00:00:00.0000000]', '[DT:13/01/2020]', '[DT:31/12/2013 23:59:59.0000000]', '[DT:12/31/2013 24:00:00]', '[DT:2013-12-31]', '[DT:12/31/2013 23:59:59.00000001]']) {
      expect(decodeValue('Datetime', bad)).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    }
    expect(decodeValue('Datetime', '12/31/2013')).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(encodeValue({ type: 'Datetime', value: { year: 2023, month: 2, day: 29, hour: 0, minute: 0, second: 0, ticks: 0 } })).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
  });
});

describe('checkboxes, lists, text', () => {
  it('encodes checkboxes as [I:1]/[I:0] and tolerates True/False/1/0', () => {
    expect(roundTrip({ type: 'Checkbox', value: true })).toBe('[I:1]');
    expect(roundTrip({ type: 'Checkbox', value: false })).toBe('[I:0]');
    for (const [w, b] of [['True', true], ['false', false], ['1', true], ['0', false], ['[i:1]', true]] as const) {
      expect(decodeValue('Checkbox', w)).toEqual({ ok: true, value: { type: 'Checkbox', value: b } });
    }
    expect(decodeValue('Checkbox', '[I:2]')).toMatchObject({ ok: false, error: { code: 'malformed' } });
  });

  it('keeps list keys and text exactly as they are, whitespace and brackets included', () => {
    for (const type of ['List', 'Text', 'Password', 'Label'] as const) {
      for (const s of ['', ' padded ', '[I:1]', 'æøå "quoted" <x> & y', 'line\r\nbreak']) roundTrip({ type, value: s });
    }
  });

  it('reads an empty wire value as "no value" for non-text fields', () => {
    for (const type of ['Checkbox', 'Integer', 'Double', 'Datetime'] as FieldType[]) {
      expect(decodeValue(type, '')).toEqual({ ok: true, value: { type, value: null } });
      expect(encodeValue({ type, value: null })).toEqual({ ok: true, value: '' });
    }
  });

  it('refuses a value of the wrong JS type without throwing', () => {
    const wrong = { type: 'Checkbox', value: 'yes' } as unknown as TypedValue;
    expect(encodeValue(wrong)).toMatchObject({ ok: false, error: { code: 'wrong-type' } });
  });
});

describe('plain input (what a consultant types)', () => {
  it('parses per field type and formats back to the same text', () => {
    const cases: Array<[FieldType, string, string, string]> = [
      ['Integer', '12345', '[I:12345]', '12345'],
      ['Integer', '-7', '[I:-7]', '-7'],
      ['Double', '12345.6789', '[F:12345.6789]', '12345.6789'],
      ['Double', '1e21', '[F:1E+21]', '1E+21'],
      ['Checkbox', 'ja', '[I:1]', 'true'],
      ['Checkbox', 'false', '[I:0]', 'false'],
      ['Datetime', '2013-12-31 23:59:59', '[DT:12/31/2013 23:59:59.0000000]', '2013-12-31 23:59:59'],
      ['Datetime', '2013-12-31', '[DT:12/31/2013 00:00:00.0000000]', '2013-12-31'],
      ['Datetime', '2013-12-31T23:59:59.1234567', '[DT:12/31/2013 23:59:59.1234567]', '2013-12-31 23:59:59.1234567'],
      ['List', 'nok', 'nok', 'nok'],
      ['Text', ' C:\\data\\file.xlsx ', ' C:\\data\\file.xlsx ', ' C:\\data\\file.xlsx '],
    ];
    for (const [type, typed, wire, shown] of cases) {
      const p = parsePlain(type, typed);
      expect(p.ok, `${type} ${typed}`).toBe(true);
      if (!p.ok) continue;
      expect(encodeValue(p.value)).toEqual({ ok: true, value: wire });
      expect(formatPlain(p.value)).toBe(shown);
      const back = parsePlain(type, shown);
      expect(back.ok && back.value).toEqual(p.value);
    }
  });

  it('explains what is wrong with bad input', () => {
    expect(parsePlain('Double', '12,5')).toMatchObject({ ok: false, error: { message: expect.stringContaining('12.5') } });
    expect(parsePlain('Integer', '1.5')).toMatchObject({ ok: false });
    expect(parsePlain('Integer', '99999999999999999999')).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
    expect(parsePlain('Checkbox', 'maybe')).toMatchObject({ ok: false });
    expect(parsePlain('Datetime', '12/31/2013')).toMatchObject({ ok: false, error: { message: expect.stringContaining('2013-12-31') } });
    expect(parsePlain('Datetime', '2023-02-29')).toMatchObject({ ok: false });
  });
});
