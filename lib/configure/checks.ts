// What the wizard can know will fail before it asks the CRM to activate: a mandatory ERP field
// without a direction in an enabled mapping (docs/en/erp/admin/configure.md, "Cannot activate ERP
// connection": "Mandatory fields must have a synchronization direction"), and a mapped list field
// whose items are not all mapped or are mapped twice ("List mapping").
import type { ErpSyncActorTypeMapping } from '../crm/mapping-schemas';
import { duplicates, unmapped, type ListMapping } from './list-mapping';

export type ConfigureStep = 'mappings' | 'lists' | 'defaults' | 'order' | 'priority' | 'active';

export type Problem =
  | { kind: 'mandatory-no-direction'; step: 'mappings'; actor: string; field: string; fieldName: string }
  | { kind: 'list-unmapped'; step: 'lists'; list: string; items: string[] }
  | { kind: 'list-duplicate'; step: 'lists'; list: string; items: string[] };

export interface ListState {
  list: string;
  erpItems: Record<string, string>;
  mapping: ListMapping;
}

/** Unmapped list items are allowed ("(No Selection)"): named, but they do not stop activation. */
export const isBlocking = (p: Problem): boolean => p.kind !== 'list-unmapped';

export function preActivationProblems(mappings: readonly ErpSyncActorTypeMapping[], lists: readonly ListState[]): Problem[] {
  const out: Problem[] = [];
  for (const m of mappings) {
    if (!m.IsActive) continue;
    for (const f of m.FieldMappings)
      if (f.Access === 'Mandatory' && !f.SyncToCrm && !f.SyncToErp)
        out.push({ kind: 'mandatory-no-direction', step: 'mappings', actor: m.ActorTypeErp, field: f.ErpFieldKey, fieldName: f.ErpDisplayName || f.ErpFieldKey });
  }
  const mappedLists = new Set(mappings.filter((m) => m.IsActive).flatMap((m) => m.FieldMappings.filter((f) => f.CrmFieldKey && f.ListReference && (f.SyncToCrm || f.SyncToErp)).map((f) => f.ListReference)));
  for (const l of lists) {
    if (!mappedLists.has(l.list)) continue;
    const missing = unmapped(l.erpItems, l.mapping);
    if (missing.length) out.push({ kind: 'list-unmapped', step: 'lists', list: l.list, items: missing.map((k) => l.erpItems[k] ?? k) });
    const twice = [...duplicates(l.mapping)];
    if (twice.length) out.push({ kind: 'list-duplicate', step: 'lists', list: l.list, items: twice.map((k) => l.erpItems[k] ?? k) });
  }
  return out;
}
