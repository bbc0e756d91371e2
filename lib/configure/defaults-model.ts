// Defaults per actor (docs/en/erp/admin/configure.md, "Default values"): pick an ERP field, then
// Set default value (needs a value) / Ask user for value / Mandatory (needs one of the two);
// saved through SaveDefaultValueInfo and read back through GetDefaultValueInfo.
import { batch, signal, type Signal } from '@preact/signals';
import type { DefaultsClient, ErpSyncDefaultValue } from '../crm/defaults';
import type { SaveStatus } from './mapping-model';

export type DefaultProblem = 'no-value' | 'mandatory-alone';
export interface DefaultsUi {
  actor: string;
  current: Signal<ErpSyncDefaultValue | null>;
  setValue: Signal<boolean>;
  value: Signal<string>;
  ask: Signal<boolean>;
  mandatory: Signal<boolean>;
  status: Signal<SaveStatus | { state: 'invalid'; problem: DefaultProblem } | { state: 'loading' }>;
  saved: Signal<Record<string, ErpSyncDefaultValue>>;
}

export function createDefaults(actor: string): DefaultsUi {
  return { actor, current: signal(null), setValue: signal(false), value: signal(''), ask: signal(false), mandatory: signal(false), status: signal({ state: 'idle' }), saved: signal({}) };
}

function show(ui: DefaultsUi, d: ErpSyncDefaultValue): void {
  batch(() => {
    ui.current.value = d;
    ui.setValue.value = d.HasFirstSyncDefaultValue;
    ui.value.value = d.FirstSyncDefaultValue;
    ui.ask.value = d.PromptUser;
    ui.mandatory.value = d.Mandatory;
  });
}

/** The latest pick per actor: arrowing through the field list asks once per field passed. */
const picks = new WeakMap<DefaultsUi, number>();

export async function pickField(ui: DefaultsUi, erpFieldId: number, port: DefaultsClient): Promise<void> {
  const mine = (picks.get(ui) ?? 0) + 1;
  picks.set(ui, mine);
  ui.status.value = { state: 'loading' };
  const r = await port.getDefault(erpFieldId);
  // An answer for a field passed on the way is dropped: the last one picked is shown.
  if (picks.get(ui) !== mine) return;
  if (!r.ok) {
    ui.status.value = { state: 'failed', message: r.error.message };
    return;
  }
  show(ui, r.value);
  ui.status.value = { state: 'idle' };
}

export function defaultProblem(ui: DefaultsUi): DefaultProblem | null {
  if (ui.setValue.value && !ui.value.value.trim()) return 'no-value';
  if (ui.mandatory.value && !ui.setValue.value && !ui.ask.value) return 'mandatory-alone';
  return null;
}

export async function saveDefault(ui: DefaultsUi, port: DefaultsClient): Promise<void> {
  const cur = ui.current.value;
  if (!cur) return;
  const problem = defaultProblem(ui);
  if (problem) {
    ui.status.value = { state: 'invalid', problem };
    return;
  }
  const sent: ErpSyncDefaultValue = { ...cur, HasFirstSyncDefaultValue: ui.setValue.value, FirstSyncDefaultValue: ui.setValue.value ? ui.value.value : '', PromptUser: ui.ask.value, Mandatory: ui.mandatory.value };
  ui.status.value = { state: 'saving' };
  const r = await port.saveDefault(sent);
  if (!r.ok) {
    ui.status.value = { state: 'failed', message: r.error.message, ...(r.error.crm ? { crm: r.error.crm } : {}) };
    return;
  }
  const back = await port.getDefault(sent.ErpFieldId);
  if (!back.ok) {
    ui.status.value = { state: 'failed', message: back.error.message };
    return;
  }
  const b = back.value;
  const same = b.HasFirstSyncDefaultValue === sent.HasFirstSyncDefaultValue && b.FirstSyncDefaultValue === sent.FirstSyncDefaultValue && b.PromptUser === sent.PromptUser && b.Mandatory === sent.Mandatory;
  batch(() => {
    show(ui, b);
    ui.saved.value = { ...ui.saved.value, [b.ErpFieldKey]: b };
    ui.status.value = same ? { state: 'saved' } : { state: 'differs', fields: [b.ErpFieldKey] };
  });
}
