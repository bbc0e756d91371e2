// Which sync directions can apply to one ERP field, and why not, as the native Mappings dialog
// shows them (docs/en/erp/admin/configure.md: "Gray: Disabled. You must select a SuperOffice field
// first"; "Sync direction buttons are not available": a field that cannot be synchronized, e.g.
// read-only data). docs/en/api/plugins/erp-connectors/ (mapping of fields): "if you have a checkbox
// field, you can't have bi-directional sync to a text field, since the information would be lost".
import type { CrmFieldType } from './crm-fields';

export type Direction = 'none' | 'to-crm' | 'to-erp' | 'both';
export type DirectionBlock = 'no-crm-field' | 'read-only' | 'lossy-type' | 'list-to-text';

export interface DirectionRow {
  crmFieldKey: string;
  /** The ERP field's type as the CRM answers it (FieldType). */
  erpType: string;
  /** The ERP field's Access. */
  access: string;
}

/** Why each direction is disabled (null when it may be chosen). */
export function directionBlocks(row: DirectionRow, crmType: CrmFieldType | null): Record<Exclude<Direction, 'none'>, DirectionBlock | null> {
  if (!row.crmFieldKey) return { 'to-crm': 'no-crm-field', 'to-erp': 'no-crm-field', both: 'no-crm-field' };
  const erp = row.erpType || 'Text';
  // A list's items are mapped one by one; a list on one side only has nothing to map them to.
  const listMismatch = crmType !== null && (erp === 'List') !== (crmType === 'List');
  if (listMismatch) return { 'to-crm': 'list-to-text', 'to-erp': 'list-to-text', both: 'list-to-text' };
  const lossy = crmType !== null && crmType !== erp && !(erp === 'Datetime' && crmType === 'Date');
  const toErp = row.access === 'ReadOnly' ? 'read-only' : null;
  return {
    'to-crm': null,
    'to-erp': toErp ?? (lossy && crmType === 'Text' ? 'lossy-type' : null),
    both: toErp ?? (lossy ? 'lossy-type' : null),
  };
}

export function directionOf(syncToCrm: boolean, syncToErp: boolean): Direction {
  if (syncToCrm && syncToErp) return 'both';
  if (syncToCrm) return 'to-crm';
  if (syncToErp) return 'to-erp';
  return 'none';
}

export function flagsOf(d: Direction): { SyncToCrm: boolean; SyncToErp: boolean } {
  return { SyncToCrm: d === 'to-crm' || d === 'both', SyncToErp: d === 'to-erp' || d === 'both' };
}
