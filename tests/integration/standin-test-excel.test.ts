// @vitest-environment node
// The stand-in's "test-excel" profile: SuperOffice's sample connector Test.Excel
// (SuperOffice/integration-services, Source/ErpConnector/Connector.cs) as the client reads it.
import { describe, expect, it } from 'vitest';
import { getConfigData, getList, prepareConnectionInfo, resolveText, testConfigData } from '../../lib/protocol';
import { startStandin } from '../../standin/index';
import { useStandin } from '../../standin/testing';

let standin: Awaited<ReturnType<typeof startStandin>>;
useStandin((started) => (standin = started));

describe('profile test-excel', () => {
  it('declares the sample connector’s eight fields, in its order, without warnings', async () => {
    const o = await getConfigData(standin.connectorUrl('test-excel'));
    if (o.kind !== 'ok') throw new Error(o.kind);
    expect(o.value.warnings).toEqual([]);
    expect(o.value.fields.map((f) => [f.FieldKey, f.FieldType, f.Access])).toEqual([
      ['Filename', 'Text', 'Mandatory'],
      ['CheckboxField', 'Checkbox', 'Normal'],
      ['DateField', 'Datetime', 'Normal'],
      ['DoubleField', 'Double', 'Normal'],
      ['IntegerField', 'Integer', 'Normal'],
      ['PasswordField', 'Password', 'Normal'],
      ['TextField', 'Text', 'Normal'],
      ['ListField', 'List', 'Normal'],
    ]);
    const byKey = Object.fromEntries(o.value.fields.map((f) => [f.FieldKey, f]));
    expect(byKey.PasswordField?.DefaultValue).toBe('[password]');
    expect(byKey.TextField?.DefaultValue).toBe('[text]');
    expect(byKey.DateField?.DefaultValue).toMatch(/^\[DT:\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d\.0000000\]$/);
    expect(resolveText(byKey.Filename?.DisplayName ?? '', 'no')).toBe('Filnavn');
  });

  it('lists ConnectorTestList and accepts only the workbook it has', async () => {
    const url = standin.connectorUrl('test-excel');
    const list = await getList(url, 'ConnectorTestList');
    if (list.kind !== 'ok') throw new Error(list.kind);
    expect(list.value.map((i) => i.key)).toEqual(['item1', 'item2', 'item3', 'item4', 'item5']);
    const fields = await getConfigData(url);
    if (fields.kind !== 'ok') throw new Error(fields.kind);
    const good = prepareConnectionInfo(fields.value.fields, { Filename: 'ErpClient.xlsm', PasswordField: 'x' });
    expect((await testConfigData(url, good.connectionInfo)).kind).toBe('ok');
    const bad = prepareConnectionInfo(fields.value.fields, { Filename: 'Other.xlsm' });
    const o = await testConfigData(url, bad.connectionInfo);
    expect(o.kind).toBe('connector-error');
    if (o.kind === 'connector-error') expect(o.UserExplanation).toBe("Excel Filename 'Other.xlsm' does not exist on the ERP Services server.");
  });
});
