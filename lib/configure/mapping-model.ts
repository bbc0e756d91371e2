// The Mappings step's state: one set of signals per ERP field row, so a change re-renders that
// row only (the 200-field budget). Built from what the CRM answered (GetActorTypeMapping).
import { signal, type Signal } from '@preact/signals';
import type { ErpFieldMapping, ErpSyncActorTypeMapping } from '../crm/mapping-schemas';
import type { Plain } from '../crm/result';
import { directionOf, flagsOf, type Direction } from './directions';
import { suggestMapping, type Suggestion } from './suggest';

export interface RowState {
  actor: string;
  /** As the CRM answered it (names, type, access). */
  base: ErpFieldMapping;
  crmFieldKey: Signal<string>;
  direction: Signal<Direction>;
  showInSearch: Signal<boolean>;
  showInGui: Signal<boolean>;
  suggestion: Signal<Suggestion | null>;
}

export type SaveStatus =
  | { state: 'idle' | 'saving' | 'saved' }
  | { state: 'failed'; message: Plain; crm?: { message: string; detail: string | null } }
  | { state: 'differs'; fields: string[] };

export interface ActorState {
  read: ErpSyncActorTypeMapping;
  enabled: Signal<boolean>;
  rows: RowState[];
  save: Signal<SaveStatus>;
}

export type LoadStatus = { state: 'idle' | 'loading' | 'loaded' } | { state: 'failed'; message: Plain; crm?: { message: string; detail: string | null } };

export type ActivationStatus =
  | { state: 'idle' | 'activating' | 'active' }
  | { state: 'refused'; messages: string[] }
  | { state: 'failed'; message: Plain; crm?: { message: string; detail: string | null } };

export interface MappingModel {
  erpConnectionId: number;
  load: Signal<LoadStatus>;
  actors: Signal<ActorState[]>;
  activation: Signal<ActivationStatus>;
  /** Counts saved actor mappings: the list mappings depend on them and are read again. */
  savedCount: Signal<number>;
}

export function createMappingModel(erpConnectionId: number): MappingModel {
  return { erpConnectionId, load: signal<LoadStatus>({ state: 'idle' }), actors: signal<ActorState[]>([]), activation: signal<ActivationStatus>({ state: 'idle' }), savedCount: signal(0) };
}

export function actorFrom(read: ErpSyncActorTypeMapping): ActorState {
  const suggestions = new Map(suggestMapping(read.FieldMappings, read.ActorTypeCrm).map((s) => [s.erpFieldKey, s]));
  return {
    read,
    enabled: signal(read.IsActive),
    save: signal<SaveStatus>({ state: 'idle' }),
    rows: read.FieldMappings.map((f) => ({
      actor: read.ActorTypeErp,
      base: f,
      crmFieldKey: signal(f.CrmFieldKey),
      direction: signal(directionOf(f.SyncToCrm, f.SyncToErp)),
      showInSearch: signal(f.ShowInSearch),
      showInGui: signal(f.ShowInGui),
      suggestion: signal(suggestions.get(f.ErpFieldKey) ?? null),
    })),
  };
}

/** The mapping to send: what was read, with the consultant's choices. */
export function mappingOf(a: ActorState): ErpSyncActorTypeMapping {
  return {
    ...a.read,
    IsActive: a.enabled.value,
    FieldMappings: a.rows.map((r) => ({ ...r.base, CrmFieldKey: r.crmFieldKey.value, ...flagsOf(r.direction.value), ShowInSearch: r.showInSearch.value, ShowInGui: r.showInGui.value })),
  };
}

/** Field names whose saved values differ from what was sent. */
export function mappingDifferences(sent: ErpSyncActorTypeMapping, got: ErpSyncActorTypeMapping): string[] {
  const out: string[] = [];
  if (sent.IsActive !== got.IsActive) out.push('IsActive');
  for (const s of sent.FieldMappings) {
    const g = got.FieldMappings.find((x) => x.ErpFieldKey === s.ErpFieldKey);
    const same = g && g.CrmFieldKey === s.CrmFieldKey && g.SyncToCrm === s.SyncToCrm && g.SyncToErp === s.SyncToErp && g.ShowInSearch === s.ShowInSearch && g.ShowInGui === s.ShowInGui;
    if (!same) out.push(s.ErpDisplayName || s.ErpFieldKey);
  }
  return out;
}
