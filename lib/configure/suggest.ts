// The suggested mapping: for each ERP field with no SuperOffice field yet, a field found by key or
// display name (English or Norwegian), if its type fits. The keys the CRM itself recognises are in
// docs/en/api/plugins/erp-connectors/automatic-field-mapping.md (matched case-insensitively); the
// Norwegian and English display names below extend that to connectors that name fields their own way.
// A suggestion is only shown; the consultant accepts or changes it (never applied silently).
import type { ErpFieldMapping } from '../crm/mapping-schemas';
import { crmFieldOptions, type CrmFieldOption } from './crm-fields';
import { directionBlocks, type Direction } from './directions';

export interface Suggestion {
  erpFieldKey: string;
  crmFieldKey: string;
  direction: Direction;
  /** What matched: the key, or the display name. */
  by: 'key' | 'name';
}

// Other names for the same CRM field (lower case, without spaces, dashes or dots).
const ALIASES: Record<string, string[]> = {
  NAME: ['navn', 'name', 'kundenavn', 'customername', 'leverandørnavn', 'suppliername', 'firmanavn', 'companyname', 'prosjektnavn', 'projectname'],
  EMAIL: ['email', 'epost', 'mail', 'epostadresse'],
  PHONE: ['telefon', 'phone', 'telephone', 'tlf'],
  URL: ['url', 'web', 'website', 'nettsted', 'hjemmeside'],
  NUMBER1: ['kundenummer', 'customernumber', 'code', 'kode', 'leverandørkode', 'suppliercode'],
  VATNO: ['orgnr', 'organisasjonsnummer', 'vatno', 'vatnumber'],
  CATEGORY: ['kategori', 'category', 'kundekategori', 'customercategory'],
  COUNTRY: ['land', 'country'],
};

const norm = (s: string) => s.toLowerCase().replace(/[\s._-]/g, '');

function candidate(f: ErpFieldMapping, options: CrmFieldOption[]): { option: CrmFieldOption; by: 'key' | 'name' } | null {
  const byKey = options.find((o) => o.key.toLowerCase() === f.ErpFieldKey.toLowerCase());
  if (byKey) return { option: byKey, by: 'key' };
  const names = [norm(f.ErpFieldKey), norm(f.ErpDisplayName)];
  for (const o of options) {
    const known = [...(ALIASES[o.key] ?? []), norm(o.name.en), norm(o.name.no)];
    if (names.some((n) => known.includes(n))) return { option: o, by: 'name' };
  }
  return null;
}

/**
 * Suggestions for one actor. A field with a SuperOffice field but no direction (as the CRM's own
 * automatic mapping leaves it) gets a direction suggested; a field already synced is left alone.
 * Each SuperOffice field is suggested at most once.
 */
export function suggestMapping(rows: readonly ErpFieldMapping[], actorTypeCrm: string): Suggestion[] {
  const options = crmFieldOptions(actorTypeCrm);
  const taken = new Set(rows.map((r) => r.CrmFieldKey).filter(Boolean));
  const out: Suggestion[] = [];
  for (const f of rows) {
    if (f.SyncToCrm || f.SyncToErp) continue;
    let key = f.CrmFieldKey;
    let by: Suggestion['by'] = 'key';
    if (!key) {
      const c = candidate(f, options.filter((o) => !taken.has(o.key)));
      if (!c) continue;
      key = c.option.key;
      by = c.by;
      taken.add(key);
    }
    const type = options.find((o) => o.key === key)?.type ?? null;
    const blocks = directionBlocks({ crmFieldKey: key, erpType: f.FieldType, access: f.Access }, type);
    // ERP to SuperOffice is the safe start: the ERP is the master of its own data.
    const direction: Direction = blocks['to-crm'] ? 'none' : 'to-crm';
    out.push({ erpFieldKey: f.ErpFieldKey, crmFieldKey: key, direction, by });
  }
  return out;
}
