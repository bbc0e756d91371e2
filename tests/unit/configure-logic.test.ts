// lib/configure: suggested mapping, directions that cannot apply, list duplicates, order, pre-activation checks.
import { describe, expect, it } from 'vitest';
import type { ErpFieldMapping, ErpSyncActorTypeMapping } from '../../lib/crm/mapping-schemas';
import { preActivationProblems, type ListState } from '../../lib/configure/checks';
import { directionBlocks, directionOf, flagsOf } from '../../lib/configure/directions';
import { duplicates, suggestByText, unmapped } from '../../lib/configure/list-mapping';
import { move } from '../../lib/configure/order';
import { suggestMapping } from '../../lib/configure/suggest';

const row = (over: Partial<ErpFieldMapping>): ErpFieldMapping => ({
  ErpFieldId: 0, CrmFieldKey: '', CrmDisplayName: '', CrmDisplayTooltip: '', ErpFieldKey: 'X', FieldType: 'Text', ErpDisplayName: '', ErpDisplayTooltip: '',
  SyncToCrm: false, SyncToErp: false, ShowInGui: false, ShowInSearch: false, AlreadyMapped: false, MissingInERP: false, MissingInCRM: false, Access: 'Normal', ListReference: '', ...over,
});

describe('suggestMapping', () => {
  it('matches by key, by English or Norwegian name, each SuperOffice field once, with ERP → SuperOffice', () => {
    const rows = [
      row({ ErpFieldKey: 'Navn', ErpDisplayName: 'Leverandørnavn' }),
      row({ ErpFieldKey: 'ePost', ErpDisplayName: 'E-post' }),
      row({ ErpFieldKey: 'Name2', ErpDisplayName: 'Name' }),
      row({ ErpFieldKey: 'EMAIL', CrmFieldKey: 'EMAIL' }),
      row({ ErpFieldKey: 'CATEGORY', CrmFieldKey: 'CATEGORY', FieldType: 'List' }),
      row({ ErpFieldKey: 'Telefon', SyncToCrm: true }),
      row({ ErpFieldKey: 'Whatever', ErpDisplayName: 'Something else' }),
    ];
    expect(suggestMapping(rows, 'Contact')).toEqual([
      { erpFieldKey: 'Navn', crmFieldKey: 'NAME', direction: 'to-crm', by: 'name' },
      { erpFieldKey: 'EMAIL', crmFieldKey: 'EMAIL', direction: 'to-crm', by: 'key' },
      { erpFieldKey: 'CATEGORY', crmFieldKey: 'CATEGORY', direction: 'to-crm', by: 'key' },
    ]);
    // E-post is not suggested: EMAIL is already taken by the CRM's own mapping of the EMAIL field.
  });

  it('suggests no direction where none can apply (a list to a text field)', () => {
    expect(suggestMapping([row({ ErpFieldKey: 'Kategori', FieldType: 'Text' })], 'Contact')).toEqual([{ erpFieldKey: 'Kategori', crmFieldKey: 'CATEGORY', direction: 'none', by: 'name' }]);
  });
});

describe('directions', () => {
  it('disabled with the reason: no field yet, read-only, lossy types, list against text', () => {
    expect(directionBlocks({ crmFieldKey: '', erpType: 'Text', access: 'Normal' }, null)).toEqual({ 'to-crm': 'no-crm-field', 'to-erp': 'no-crm-field', both: 'no-crm-field' });
    expect(directionBlocks({ crmFieldKey: 'NAME', erpType: 'Text', access: 'ReadOnly' }, 'Text')).toEqual({ 'to-crm': null, 'to-erp': 'read-only', both: 'read-only' });
    expect(directionBlocks({ crmFieldKey: 'NAME', erpType: 'Checkbox', access: 'Normal' }, 'Text')).toEqual({ 'to-crm': null, 'to-erp': 'lossy-type', both: 'lossy-type' });
    expect(directionBlocks({ crmFieldKey: 'CATEGORY', erpType: 'Text', access: 'Normal' }, 'List').both).toBe('list-to-text');
    expect(directionBlocks({ crmFieldKey: 'NAME', erpType: 'Text', access: 'Mandatory' }, 'Text')).toEqual({ 'to-crm': null, 'to-erp': null, both: null });
  });
  it('flags round-trip', () => {
    for (const d of ['none', 'to-crm', 'to-erp', 'both'] as const) {
      const f = flagsOf(d);
      expect(directionOf(f.SyncToCrm, f.SyncToErp)).toBe(d);
    }
  });
});

describe('list mapping', () => {
  it('flags every ERP item of a duplicate; "(No selection)" is never a duplicate', () => {
    expect([...duplicates({ A: '1', B: '1', P: '2', X: '', Y: '' })].sort()).toEqual(['A', 'B']);
    expect(duplicates({ A: '1', B: '2' }).size).toBe(0);
  });
  it('suggests by text one-to-one and lists the unmapped', () => {
    const m = suggestByText({ A: 'Kunde', B: ' kunde ', P: 'Prospekt', X: 'Utgått' }, { '1': 'Kunde', '2': 'Prospekt' });
    expect(m).toEqual({ A: '1', B: '', P: '2', X: '' });
    expect(unmapped({ A: 'Kunde', B: 'kunde', P: 'Prospekt', X: 'Utgått' }, m)).toEqual(['B', 'X']);
  });
});

describe('move', () => {
  it('moves up and down, and not past either end', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('preActivationProblems', () => {
  const mapping = (over: Partial<ErpSyncActorTypeMapping>, rows: ErpFieldMapping[]): ErpSyncActorTypeMapping => ({ ErpConnectionId: 1, IsActive: true, ActorTypeErp: 'Customer', ActorTypeCrm: 'Contact', FieldMappings: rows, ...over });
  it('names a mandatory field without a direction only in an enabled mapping', () => {
    const rows = [row({ ErpFieldKey: 'NAME', ErpDisplayName: 'Customer name', Access: 'Mandatory', CrmFieldKey: 'NAME' })];
    expect(preActivationProblems([mapping({}, rows)], [])).toEqual([{ kind: 'mandatory-no-direction', step: 'mappings', actor: 'Customer', field: 'NAME', fieldName: 'Customer name' }]);
    expect(preActivationProblems([mapping({ IsActive: false }, rows)], [])).toEqual([]);
    expect(preActivationProblems([mapping({}, [{ ...rows[0]!, SyncToErp: true }])], [])).toEqual([]);
  });
  it('names unmapped and duplicate items of a synced list field, by their text', () => {
    const rows = [row({ ErpFieldKey: 'CATEGORY', CrmFieldKey: 'CATEGORY', FieldType: 'List', ListReference: 'cats', SyncToCrm: true })];
    const lists: ListState[] = [{ list: 'cats', erpItems: { A: 'Kunde A', B: 'Kunde B', X: 'Utgått' }, mapping: { A: '1', B: '1', X: '' } }, { list: 'other', erpItems: { Q: 'q' }, mapping: {} }];
    expect(preActivationProblems([mapping({}, rows)], lists)).toEqual([
      { kind: 'list-unmapped', step: 'lists', list: 'cats', items: ['Utgått'] },
      { kind: 'list-duplicate', step: 'lists', list: 'cats', items: ['Kunde A', 'Kunde B'] },
    ]);
  });
});
