import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRM_LABEL_NUMBER, fromCrmFieldType, normaliseFieldType, toCrmFieldType } from '../../lib/protocol/field-type';
import { decodeDefault, decodeFields, effectiveMaxLength, fieldDescription, fieldLabel, MAX_FIELDS } from '../../lib/protocol/fields';
import { readSoapResponse } from '../../lib/protocol/response';
import { child, parseXml } from '../../lib/protocol/xml';

const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'tests/fixtures/protocol', name), 'utf8');

function fieldsFrom(name: string) {
  const r = readSoapResponse(fixture(name), 'WSGetConfigData');
  if (r.kind !== 'result') throw new Error(r.kind);
  return decodeFields(child(r.payload, 'FieldMetaDataObjects'));
}

/** A FieldMetaDataObjects container from a list of field parts. */
function container(items: Array<Record<string, string | null>>) {
  const xml = items
    .map((it) => `<F>${Object.entries(it).map(([k, v]) => (v === null ? `<${k} i:nil="true"/>` : `<${k}>${v}</${k}>`)).join('')}</F>`)
    .join('');
  const r = parseXml(`<FieldMetaDataObjects xmlns:i="http://www.w3.org/2001/XMLSchema-instance">${xml}</FieldMetaDataObjects>`);
  if (!r.ok) throw new Error(r.error.message);
  return r.root;
}
const base = { FieldKey: 'K', Rank: '1', DisplayName: 'K', FieldType: 'Text', MaxLength: '0', Access: 'Normal' };

describe('decodeFields', () => {
  it('decodes the WCF prefixed style, ordered by Rank', () => {
    const { fields, warnings } = fieldsFrom('getconfig-prefixed.xml');
    expect(warnings).toEqual([]);
    expect(fields.map((f) => f.FieldKey)).toEqual(['ReadOnly', 'FileName', 'Currency', 'Since']);
    expect(fields[1]).toEqual({
      FieldKey: 'FileName', Rank: 2, DisplayName: 'NO:"Filnavn";US:"File Name"', DisplayDescription: 'NO:"Sti til filen";US:"Path to the file"',
      FieldType: 'Text', ListName: null, DefaultValue: '', MaxLength: 255, Access: 'Mandatory', Default: { type: 'Text', value: '' },
    });
    expect(fieldLabel(fields[1]!, 'nb')).toBe('Filnavn');
    expect(fieldLabel(fields[1]!, 'en')).toBe('File Name');
    expect(fieldDescription(fields[1]!, 'no')).toBe('Sti til filen');
    expect(decodeDefault(fields[0]!)).toEqual({ type: 'Checkbox', value: true });
    expect(decodeDefault(fields[3]!)).toEqual({ type: 'Datetime', value: { year: 2013, month: 12, day: 31, hour: 23, minute: 59, second: 59, ticks: 0 } });
    expect(fields[2]).toMatchObject({ FieldType: 'List', ListName: 'Currencies', DefaultValue: 'nok' });
  });

  it('decodes the default-namespace style with the CRM-side Label (99) and CDATA', () => {
    const { fields, warnings } = fieldsFrom('getconfig-default-ns.xml');
    expect(warnings).toEqual([]);
    expect(fields.map((f) => [f.FieldKey, f.FieldType, f.Access])).toEqual([
      ['Info', 'Label', 'ReadOnly'],
      ['ApiKey', 'Password', 'Mandatory'],
      ['Rate', 'Double', 'Normal'],
    ]);
    expect(fields[1]!.DisplayName).toBe('API key <secret>');
    expect(decodeDefault(fields[2]!)).toEqual({ type: 'Double', value: 0.1 });
  });

  it('falls back to read-only text, with a warning, for an unknown FieldType', () => {
    const { fields, warnings } = decodeFields(container([{ ...base, FieldType: 'TextArea', Access: 'Mandatory' }]));
    expect(fields[0]).toMatchObject({ FieldType: 'Text', Access: 'ReadOnly', SentFieldType: 'TextArea' });
    expect(warnings).toEqual([expect.objectContaining({ code: 'unknown-type', FieldKey: 'K' })]);
  });

  it('keeps the first of duplicate keys', () => {
    const { fields, warnings } = decodeFields(container([{ ...base, DisplayName: 'first' }, { ...base, DisplayName: 'second' }]));
    expect(fields.map((f) => f.DisplayName)).toEqual(['first']);
    expect(warnings.map((w) => w.code)).toEqual(['duplicate-key']);
  });

  it.each(['-1', '1024', '99999999999', 'abc', '1.5'])('caps an absurd MaxLength %s at 1023 with a warning', (max) => {
    const { fields, warnings } = decodeFields(container([{ ...base, MaxLength: max }]));
    expect(fields[0]!.MaxLength).toBe(1023);
    expect(warnings.map((w) => w.code)).toEqual(['bad-max-length']);
  });

  it('treats MaxLength 0 (and absent) as unlimited up to the CRM cap', () => {
    const { fields } = decodeFields(container([{ ...base, MaxLength: '0' }, { ...base, FieldKey: 'B', MaxLength: null }, { ...base, FieldKey: 'C', MaxLength: '10' }]));
    expect(fields.map(effectiveMaxLength)).toEqual([1023, 1023, 10]);
  });

  it('skips fields without a key or with an absurdly long key', () => {
    const { fields, warnings } = decodeFields(container([{ ...base, FieldKey: '' }, { ...base, FieldKey: null }, { ...base, FieldKey: 'x'.repeat(256) }, base]));
    expect(fields.map((f) => f.FieldKey)).toEqual(['K']);
    expect(warnings.map((w) => w.code)).toEqual(['missing-key', 'missing-key', 'key-too-long']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('leaves out a field keyed %s with a warning (no message could carry it)', (key) => {
    const { fields, warnings } = decodeFields(container([{ ...base, FieldKey: key }, { ...base, FieldKey: 'ok' }]));
    expect(fields.map((f) => f.FieldKey)).toEqual(['ok']);
    expect(warnings).toEqual([expect.objectContaining({ code: 'reserved-key', FieldKey: key, sent: key })]);
  });

  it('decodes each default once, onto the field; a default longer than the CRM keeps is dropped with a warning', () => {
    const { fields, warnings } = decodeFields(container([
      { ...base, FieldKey: 'n', FieldType: 'Integer', DefaultValue: '[I: 42 ]' },
      { ...base, FieldKey: 'long', DefaultValue: 'x'.repeat(1024) },
      { ...base, FieldKey: 'bad', FieldType: 'Double', DefaultValue: '[F:1,5]' },
    ]));
    expect(fields.map((f) => [f.FieldKey, f.Default])).toEqual([['n', { type: 'Integer', value: 42 }], ['long', { type: 'Text', value: '' }], ['bad', null]]);
    expect(fields[1]!.DefaultValue).toBe('');
    expect(warnings.map((w) => [w.code, w.FieldKey])).toEqual([['bad-default', 'long'], ['bad-default', 'bad']]);
    // What decodeDefault answers is what was stored: not decoded again.
    const n = { ...fields[0]!, DefaultValue: '[I:7]' };
    expect(decodeDefault(n)).toEqual({ type: 'Integer', value: 42 });
  });

  it('fills missing parts with safe defaults', () => {
    const { fields, warnings } = decodeFields(container([{ FieldKey: 'Only', FieldType: 'Integer' }]));
    expect(fields[0]).toEqual({ FieldKey: 'Only', Rank: null, DisplayName: 'Only', DisplayDescription: null, FieldType: 'Integer', ListName: null, DefaultValue: '', MaxLength: 0, Access: 'Normal', Default: { type: 'Integer', value: null } });
    expect(warnings).toEqual([]);
  });

  it('warns about a missing type, unknown access, bad rank, a bad default and a List without ListName', () => {
    const { fields, warnings } = decodeFields(container([
      { ...base, FieldKey: 'A', FieldType: null },
      { ...base, FieldKey: 'B', Access: 'Hidden' },
      { ...base, FieldKey: 'C', Rank: 'first' },
      { ...base, FieldKey: 'D', FieldType: 'Integer', DefaultValue: 'twelve' },
      { ...base, FieldKey: 'E', FieldType: 'List', ListName: null },
    ]));
    expect(warnings.map((w) => [w.FieldKey, w.code])).toEqual([
      ['A', 'unknown-type'], ['B', 'bad-access'], ['C', 'bad-rank'], ['D', 'bad-default'], ['E', 'missing-list-name'],
    ]);
    expect(fields.find((f) => f.FieldKey === 'B')!.Access).toBe('Normal');
    expect(fields.find((f) => f.FieldKey === 'E')!.FieldType).toBe('Text');
    expect(fields.at(-1)!.FieldKey).toBe('C'); // no usable Rank: last
  });

  it('sorts by Rank stably, fields without Rank last in the order sent', () => {
    const { fields } = decodeFields(container([
      { ...base, FieldKey: 'a', Rank: '2' }, { ...base, FieldKey: 'b', Rank: null }, { ...base, FieldKey: 'c', Rank: '1' },
      { ...base, FieldKey: 'd', Rank: '2' }, { ...base, FieldKey: 'e', Rank: null }, { ...base, FieldKey: 'f', Rank: '-5' },
    ]));
    expect(fields.map((f) => f.FieldKey)).toEqual(['f', 'c', 'a', 'd', 'b', 'e']);
  });

  it('caps the number of fields', () => {
    const many = Array.from({ length: MAX_FIELDS + 5 }, (_, i) => ({ ...base, FieldKey: `k${i}` }));
    const { fields, warnings } = decodeFields(container(many));
    expect(fields).toHaveLength(MAX_FIELDS);
    expect(warnings.map((w) => w.code)).toEqual(['too-many-fields']);
  });

  it('returns no fields for a nil or absent container', () => {
    expect(decodeFields(undefined)).toEqual({ fields: [], warnings: [] });
    const nil = parseXml('<F xmlns:i="http://www.w3.org/2001/XMLSchema-instance" i:nil="true"/>');
    expect(nil.ok && decodeFields(nil.root)).toEqual({ fields: [], warnings: [] });
  });
});

describe('field types', () => {
  it('normalises both sides\' spellings', () => {
    expect(normaliseFieldType('Date')).toBe('Datetime');
    expect(normaliseFieldType('datetime')).toBe('Datetime');
    expect(normaliseFieldType(99)).toBe('Label');
    expect(normaliseFieldType('99')).toBe('Label');
    expect(normaliseFieldType('CHECKBOX')).toBe('Checkbox');
    expect(normaliseFieldType('InputText')).toBeNull();
    expect(normaliseFieldType('')).toBeNull();
    expect(toCrmFieldType('Datetime')).toBe('Date');
    expect(toCrmFieldType('Label')).toBe('Label');
    expect(fromCrmFieldType(CRM_LABEL_NUMBER)).toBe('Label');
    expect(fromCrmFieldType('Date')).toBe('Datetime');
  });
});
