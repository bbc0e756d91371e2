// Between a connection's configuration and the wizard's draft: the step the consultant is on,
// which steps were saved or skipped, and the choices not yet saved to the CRM. Those are kept as
// differences from what the CRM answered, so a reload re-reads the CRM and lays the choices on top.
import { batch } from '@preact/signals';
import type { DefaultsClient } from '../crm/defaults';
import type { ConfigureDraft } from '../drafts/schema';
import { pickField } from './defaults-model';
import { directionOf, type Direction } from './directions';
import { choiceOf } from './list-model';
import type { ActorState } from './mapping-model';
import type { ConfigureModels } from './models';
import { CONFIGURE_STEPS } from './steps';

type MappingChoice = ConfigureDraft['mappings'][number];

function actorChoices(a: ActorState): MappingChoice | null {
  const read = new Map(a.read.FieldMappings.map((f) => [f.ErpFieldKey, f]));
  const rows = a.rows.flatMap((r) => {
    const f = read.get(r.base.ErpFieldKey) ?? r.base;
    const row = { key: r.base.ErpFieldKey, crmFieldKey: r.crmFieldKey.value, direction: r.direction.value, showInSearch: r.showInSearch.value, showInGui: r.showInGui.value };
    const same = row.crmFieldKey === f.CrmFieldKey && row.direction === directionOf(f.SyncToCrm, f.SyncToErp) && row.showInSearch === f.ShowInSearch && row.showInGui === f.ShowInGui;
    return same ? [] : [row];
  });
  const enabled = a.enabled.value !== a.read.IsActive ? { enabled: a.enabled.value } : {};
  return rows.length || 'enabled' in enabled ? { actor: a.read.ActorTypeErp, ...enabled, rows } : null;
}

/** The configuration as the draft keeps it; parts not yet laid on the CRM's answers are kept as they were. */
export function configureSnapshot(m: ConfigureModels): ConfigureDraft {
  const f = m.flow;
  const loaded = m.mappings.load.value.state === 'loaded';
  const mappings = m.pending.mappings ?? (loaded ? m.mappings.actors.value.flatMap((a) => actorChoices(a) ?? []) : []);
  const lists = m.pending.lists ?? m.lists.lists.value.flatMap((l) => {
    const read = choiceOf(l.read);
    const items = Object.fromEntries(Object.entries(l.choice.value).filter(([k, v]) => (read[k] ?? '') !== v));
    return Object.keys(items).length ? [{ erpFieldId: l.read.ErpFieldId, items }] : [];
  });
  const defaults = m.pending.defaults ?? Object.values(m.defaults.value).flatMap((d) => {
    const cur = d.current.value;
    if (!cur || d.status.value.state === 'saved') return [];
    const typed = { setValue: d.setValue.value, value: d.value.value, ask: d.ask.value, mandatory: d.mandatory.value };
    const same = typed.setValue === cur.HasFirstSyncDefaultValue && typed.value === cur.FirstSyncDefaultValue && typed.ask === cur.PromptUser && typed.mandatory === cur.Mandatory;
    return same ? [] : [{ actor: d.actor, erpFieldId: cur.ErpFieldId, ...typed }];
  });
  return { erpConnectionId: m.mappings.erpConnectionId, step: f.current.value, saved: f.saved.value, skipped: f.skipped.value, mappings, lists, defaults };
}

/** Nothing done yet (first step, nothing saved, skipped or chosen): not worth a place in the draft. */
export function isUntouched(d: ConfigureDraft): boolean {
  return d.step === 0 && !d.saved.length && !d.skipped.length && !d.mappings.length && !d.lists.length && !d.defaults.length;
}

/** Takes a draft's configuration back: the stepper at once, the choices as the CRM's answers arrive. */
export function restoreConfigure(m: ConfigureModels, d: ConfigureDraft): void {
  if (d.erpConnectionId !== m.mappings.erpConnectionId) return;
  batch(() => {
    m.flow.current.value = Math.min(d.step, CONFIGURE_STEPS.length - 1);
    m.flow.saved.value = [...d.saved];
    m.flow.skipped.value = [...d.skipped];
  });
  m.pending = { mappings: d.mappings.length ? d.mappings : null, lists: d.lists.length ? d.lists : null, defaults: d.defaults.length ? d.defaults : null };
}

/** After the mappings are read: the unsaved row choices on top (a field the CRM no longer has is dropped). */
export function applyPendingMappings(m: ConfigureModels): void {
  const p = m.pending.mappings;
  if (!p || m.mappings.load.value.state !== 'loaded') return;
  m.pending.mappings = null;
  batch(() => {
    for (const c of p) {
      const a = m.mappings.actors.value.find((x) => x.read.ActorTypeErp === c.actor);
      if (!a) continue;
      if (c.enabled !== undefined) a.enabled.value = c.enabled;
      for (const r of c.rows) {
        const row = a.rows.find((x) => x.base.ErpFieldKey === r.key);
        if (!row) continue;
        row.crmFieldKey.value = r.crmFieldKey;
        row.direction.value = r.direction as Direction;
        row.showInSearch.value = r.showInSearch;
        row.showInGui.value = r.showInGui;
        row.suggestion.value = null;
      }
    }
  });
}

/** After the list mappings are read: the items chosen but not saved, for items the CRM still lists. */
export function applyPendingLists(m: ConfigureModels): void {
  const p = m.pending.lists;
  if (!p || m.lists.load.value.state !== 'loaded') return;
  m.pending.lists = null;
  for (const c of p) {
    const l = m.lists.lists.value.find((x) => x.read.ErpFieldId === c.erpFieldId);
    if (!l) continue;
    const known = new Set(l.read.ErpCrmListItemMappings.map((i) => i.ErpListItemId));
    l.choice.value = { ...l.choice.value, ...Object.fromEntries(Object.entries(c.items).filter(([k]) => known.has(k))) };
  }
}

/** The defaults typed but not saved: the field is read again from the CRM, then the typing laid on it. */
export async function applyPendingDefaults(m: ConfigureModels, port: DefaultsClient): Promise<void> {
  const p = m.pending.defaults;
  if (!p || m.mappings.load.value.state !== 'loaded') return;
  for (const c of p) {
    const ui = m.defaults.value[c.actor];
    if (!ui) continue;
    await pickField(ui, c.erpFieldId, port);
    if (!ui.current.value) continue;
    batch(() => {
      ui.setValue.value = c.setValue;
      ui.value.value = c.value;
      ui.ask.value = c.ask;
      ui.mandatory.value = c.mandatory;
    });
  }
  // Only now: until the typing is laid back, the draft keeps it as it was.
  if (m.pending.defaults === p) m.pending.defaults = null;
}
