// What the Mappings and Active steps do: read every ERP actor's mapping, accept suggestions, save
// and read back, check what would stop activation, then ask the CRM to activate.
import { batch } from '@preact/signals';
import type { MappingClient } from '../crm/mapping';
import type { CrmError } from '../crm/result';
import { isBlocking, preActivationProblems, type ListState, type Problem } from './checks';
import { directionBlocks } from './directions';
import { crmFieldOptions } from './crm-fields';
import { actorFrom, mappingDifferences, mappingOf, type ActorState, type MappingModel, type RowState } from './mapping-model';

/**
 * The ERP actor types a connector may offer: "a subset of a predefined list of types
 * (customer/supplier, person, project)" (docs/en/api/plugins/erp-connectors/, mapping of fields).
 * The CRM answers nothing for a type the connection does not support.
 */
export const ERP_ACTOR_TYPES = ['Customer', 'Supplier', 'Person', 'Project'] as const;

const failure = (e: CrmError) => ({ state: 'failed' as const, message: e.message, ...(e.crm ? { crm: e.crm } : {}) });

export async function loadMappings(model: MappingModel, port: MappingClient): Promise<void> {
  model.load.value = { state: 'loading' };
  const answers = await Promise.all(ERP_ACTOR_TYPES.map((t) => port.getActorTypeMapping(model.erpConnectionId, t)));
  const actors: ActorState[] = [];
  for (const r of answers) {
    if (!r.ok) {
      if (r.error.kind === 'not-found') continue;
      model.load.value = failure(r.error);
      return;
    }
    if (r.value.FieldMappings.length) actors.push(actorFrom(r.value));
  }
  batch(() => {
    model.actors.value = actors;
    model.load.value = { state: 'loaded' };
  });
}

function crmType(row: RowState, actorTypeCrm: string) {
  return crmFieldOptions(actorTypeCrm).find((o) => o.key === row.crmFieldKey.value)?.type ?? null;
}

/** A new SuperOffice field keeps the direction only if it can still apply. */
export function setCrmField(row: RowState, actorTypeCrm: string, key: string): void {
  batch(() => {
    row.crmFieldKey.value = key;
    const d = row.direction.value;
    if (d !== 'none' && directionBlocks({ crmFieldKey: key, erpType: row.base.FieldType, access: row.base.Access }, crmType(row, actorTypeCrm))[d]) row.direction.value = 'none';
  });
}

export function acceptSuggestion(row: RowState): void {
  const s = row.suggestion.value;
  if (!s) return;
  batch(() => {
    row.crmFieldKey.value = s.crmFieldKey;
    row.direction.value = s.direction;
    row.suggestion.value = null;
  });
}

export function acceptAll(actor: ActorState): void {
  batch(() => actor.rows.forEach(acceptSuggestion));
}

/** Save, then read back through GetActorTypeMapping; the screen keeps the choices whatever happens. */
export async function saveActor(actor: ActorState, port: MappingClient, model?: MappingModel): Promise<void> {
  actor.save.value = { state: 'saving' };
  const sent = mappingOf(actor);
  const saved = await port.saveActorTypeMapping(sent);
  if (!saved.ok) {
    actor.save.value = failure(saved.error);
    return;
  }
  const back = await port.getActorTypeMapping(sent.ErpConnectionId, sent.ActorTypeErp);
  if (!back.ok) {
    actor.save.value = failure(back.error);
    return;
  }
  const diff = mappingDifferences(sent, back.value);
  actor.save.value = diff.length ? { state: 'differs', fields: diff } : { state: 'saved' };
  if (!diff.length) actor.read = { ...back.value };
  if (model) model.savedCount.value++;
}

export function activationProblems(model: MappingModel, lists: readonly ListState[] = []): Problem[] {
  return preActivationProblems(model.actors.value.map(mappingOf), lists);
}

/** Asks the CRM to activate only when nothing the wizard can see will stop it. */
export async function activate(model: MappingModel, port: MappingClient, lists: readonly ListState[] = []): Promise<void> {
  if (activationProblems(model, lists).some(isBlocking)) return;
  model.activation.value = { state: 'activating' };
  // ToggleErpConnectionActive flips: a connection already active must not be switched off.
  const now = await port.isActive(model.erpConnectionId);
  if (!now.ok || now.value) {
    model.activation.value = now.ok ? { state: 'active' } : failure(now.error);
    return;
  }
  const r = await port.toggleActive(model.erpConnectionId);
  if (!r.ok) model.activation.value = failure(r.error);
  else model.activation.value = r.value.length ? { state: 'refused', messages: r.value } : { state: 'active' };
}
