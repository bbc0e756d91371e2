// List mapping: each ERP item to one CRM item (docs/en/erp/admin/configure.md, "List mapping":
// "Each ERP item can only be mapped to one CRM item. Duplicate mappings are shown in red. To leave
// an ERP item unmapped, select (No Selection)").

/** ERP item key → CRM item id; '' is "(No selection)". */
export type ListMapping = Record<string, string>;

/** ERP item keys whose CRM item is also chosen for another ERP item. */
export function duplicates(mapping: ListMapping): Set<string> {
  const byCrm = new Map<string, string[]>();
  for (const [erp, crm] of Object.entries(mapping)) if (crm) byCrm.set(crm, [...(byCrm.get(crm) ?? []), erp]);
  return new Set([...byCrm.values()].filter((v) => v.length > 1).flat());
}

const norm = (s: string) => s.trim().toLowerCase();

/** Items matched by text (case and spaces ignored), one-to-one; the rest left at "(No selection)". */
export function suggestByText(erpItems: Record<string, string>, crmItems: Record<string, string>): ListMapping {
  const used = new Set<string>();
  const out: ListMapping = {};
  for (const [key, text] of Object.entries(erpItems)) {
    const match = Object.entries(crmItems).find(([id, t]) => !used.has(id) && norm(t) === norm(text));
    out[key] = match ? match[0] : '';
    if (match) used.add(match[0]);
  }
  return out;
}

/** ERP items left at "(No selection)". */
export function unmapped(erpItems: Record<string, string>, mapping: ListMapping): string[] {
  return Object.keys(erpItems).filter((k) => !mapping[k]);
}
