import { describe, expect, it } from 'vitest';
import type { ConfigField } from '../../lib/protocol/fields';
import { prepareConnectionInfo } from '../../lib/protocol/values';

const f = (over: Partial<ConfigField>): ConfigField => ({
  FieldKey: 'K', Rank: 1, DisplayName: 'K', DisplayDescription: null, FieldType: 'Text', ListName: null, DefaultValue: '', MaxLength: 0, Access: 'Normal', ...over,
});
const fields: ConfigField[] = [
  f({ FieldKey: 'User', Access: 'Mandatory', MaxLength: 10 }),
  f({ FieldKey: 'Pass', FieldType: 'Password', Access: 'Mandatory' }),
  f({ FieldKey: 'Port', FieldType: 'Integer', DefaultValue: '[I:8080]' }),
  f({ FieldKey: 'Rate', FieldType: 'Double' }),
  f({ FieldKey: 'Since', FieldType: 'Datetime' }),
  f({ FieldKey: 'Active', FieldType: 'Checkbox', DefaultValue: '[I:0]' }),
  f({ FieldKey: 'Currency', FieldType: 'List', ListName: 'Currencies', DefaultValue: 'nok' }),
  f({ FieldKey: 'Info', FieldType: 'Label', DefaultValue: 'static' }),
  f({ FieldKey: 'Fixed', Access: 'ReadOnly', DefaultValue: 'v1' }),
];

describe('prepareConnectionInfo', () => {
  it('encodes typed values per field type and fills the rest with defaults', () => {
    const r = prepareConnectionInfo(fields, { User: 'sync', Pass: 'p&<>"', Port: '9000', Rate: '0.25', Since: '2024-02-29', Active: 'yes' });
    expect(r.problems).toEqual([]);
    expect(r.connectionInfo).toEqual({
      User: 'sync', Pass: 'p&<>"', Port: '[I:9000]', Rate: '[F:0.25]', Since: '[DT:02/29/2024 00:00:00.0000000]', Active: '[I:1]', Currency: 'nok', Fixed: 'v1',
    });
  });

  it('reports every problem by FieldKey, without throwing', () => {
    const r = prepareConnectionInfo(fields, { User: 'x'.repeat(11), Port: 'eighty', Rate: '1,5', Since: '31.12.2013', Currency: 'usd', Fixed: 'v2', Nope: '1', Pass: 'a\u0001b' }, { listKeys: { Currencies: ['nok', 'eur'] } });
    expect(r.problems.map((p) => [p.FieldKey, p.code])).toEqual([
      ['Nope', 'unknown-field'], ['User', 'too-long'], ['Pass', 'forbidden-chars'], ['Port', 'malformed'], ['Rate', 'malformed'], ['Since', 'malformed'], ['Currency', 'not-in-list'], ['Fixed', 'read-only'],
    ]);
    expect(r.connectionInfo.Fixed).toBe('v1');
  });

  it('flags mandatory fields left empty or absent', () => {
    const r = prepareConnectionInfo(fields, { User: '  ' });
    expect(r.problems.map((p) => [p.FieldKey, p.code])).toEqual([['User', 'missing-mandatory'], ['Pass', 'missing-mandatory']]);
  });
});
