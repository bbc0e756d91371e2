// The prepared, printable plan for when the CRM refuses its agent (issue 18): per dialog of the
// native UI, in its order (docs/en/erp/admin/configure.md: Mappings, List mapping, Defaults, Rank
// Fields, Set Sync Priority, then activation), the values to pick. Built from what the browser can
// read from the connector (its actor types, their fields, the ERP lists' items); the SuperOffice
// side comes from the wizard's own knowledge (./crm-fields.ts, ./suggest.ts), so every choice is a
// suggestion the consultant checks in the dialog.
import type { ErpFieldMapping } from '../crm/mapping-schemas';
import { crmFieldOptions } from './crm-fields';
import { directionBlocks, type Direction } from './directions';
import { suggestByText } from './list-mapping';
import { suggestMapping } from './suggest';

/** One ERP field as the connector describes it (WSGetSupportedActorTypeFields). */
export interface PlanErpField {
  key: string;
  name: string;
  type: string;
  access: string;
  listName?: string;
}
export interface PlanInput {
  connectionName: string;
  /** Per actor type the connector supports (WSGetSupportedActorTypes), its fields in Rank order. */
  actors: Array<{ actorType: string; fields: PlanErpField[] }>;
  /** ERP list name → item key → text (WSGetList). */
  erpLists: Record<string, Record<string, string>>;
  /** SuperOffice list items by CRM field key, when the browser could read them (id → text). */
  crmLists?: Record<string, Record<string, string>>;
}

export interface PlanRow { erpField: string; mandatory: boolean; crmFieldKey: string; direction: Direction; reason: 'suggested' | 'mandatory-unmatched' | 'none' }
export interface PlanActor { actorType: string; entity: string; rows: PlanRow[] }
export interface PlanList { actorType: string; erpField: string; crmFieldKey: string; items: Array<{ erp: string; crm: string | null; sameText: boolean }> }
export interface PlanDefault { actorType: string; erpField: string }
export interface Plan {
  connectionName: string;
  mappings: PlanActor[];
  lists: PlanList[];
  /** Mandatory ERP fields SuperOffice does not write to the ERP: Ask user for value + Mandatory. */
  defaults: PlanDefault[];
  order: Array<{ actorType: string; fields: string[] }>;
  /** Mandatory ERP fields left without a direction: activation would be refused. */
  blocking: Array<{ actorType: string; erpField: string }>;
}

/**
 * The SuperOffice entity of an ERP actor type: "customer/supplier" to a company, person to a
 * person, project to a project (docs/en/api/plugins/erp-connectors/, mapping of fields).
 */
export function entityOf(actorType: string): string | null {
  const t = actorType.toLowerCase();
  if (t === 'customer' || t === 'supplier') return 'Contact';
  if (t === 'person' || t === 'contact') return 'Person';
  if (t === 'project') return 'Project';
  return null;
}

const asMapping = (f: PlanErpField, i: number): ErpFieldMapping => ({
  ErpFieldId: i + 1, CrmFieldKey: '', CrmDisplayName: '', CrmDisplayTooltip: '', ErpFieldKey: f.key, FieldType: f.type, ErpDisplayName: f.name, ErpDisplayTooltip: '',
  SyncToCrm: false, SyncToErp: false, ShowInGui: false, ShowInSearch: false, AlreadyMapped: false, MissingInERP: false, MissingInCRM: false, Access: f.access, ListReference: f.listName ?? '',
});

export function buildPlan(input: PlanInput): Plan {
  const plan: Plan = { connectionName: input.connectionName, mappings: [], lists: [], defaults: [], order: [], blocking: [] };
  for (const a of input.actors) {
    const entity = entityOf(a.actorType);
    if (!entity) continue; // the CRM maps only these (the dialog shows no tab for others)
    const options = crmFieldOptions(entity);
    const suggested = new Map(suggestMapping(a.fields.map(asMapping), entity).map((s) => [s.erpFieldKey, s]));
    const rows: PlanRow[] = a.fields.map((f) => {
      const s = suggested.get(f.key);
      const mandatory = f.access === 'Mandatory';
      if (s && s.direction !== 'none') return { erpField: f.name || f.key, mandatory, crmFieldKey: s.crmFieldKey, direction: s.direction, reason: 'suggested' };
      return { erpField: f.name || f.key, mandatory, crmFieldKey: '', direction: 'none', reason: mandatory ? 'mandatory-unmatched' : 'none' };
    });
    plan.mappings.push({ actorType: a.actorType, entity, rows });
    plan.order.push({ actorType: a.actorType, fields: a.fields.map((f) => f.name || f.key) });
    a.fields.forEach((f, i) => {
      const row = rows[i] as PlanRow;
      if (row.reason === 'mandatory-unmatched') plan.blocking.push({ actorType: a.actorType, erpField: row.erpField });
      if (row.mandatory && row.direction !== 'to-erp' && row.direction !== 'both') plan.defaults.push({ actorType: a.actorType, erpField: row.erpField });
      const crmType = options.find((o) => o.key === row.crmFieldKey)?.type ?? null;
      if (!f.listName || crmType !== 'List' || directionBlocks({ crmFieldKey: row.crmFieldKey, erpType: f.type, access: f.access }, crmType)['to-crm']) return;
      const erpItems = input.erpLists[f.listName] ?? {};
      const crmItems = input.crmLists?.[row.crmFieldKey];
      const matched = crmItems ? suggestByText(erpItems, crmItems) : null;
      plan.lists.push({
        actorType: a.actorType, erpField: row.erpField, crmFieldKey: row.crmFieldKey,
        items: Object.entries(erpItems).map(([k, text]) => {
          if (!matched) return { erp: text, crm: text, sameText: true };
          const id = matched[k];
          return { erp: text, crm: id ? (crmItems?.[id] ?? null) : null, sameText: false };
        }),
      });
    });
  }
  return plan;
}
