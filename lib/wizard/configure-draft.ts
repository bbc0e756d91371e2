// The configuration after OK in the wizard's draft (issue 18): the connection it is for (from the
// draft's `applied`, so a reload comes back to it) and the configuration's own state. Kept beside
// the wizard's state, one per state object, so the model's own file stays as it is.
import { signal, type Signal } from '@preact/signals';
import type { ConfigureDraft } from '../drafts/schema';
import type { WizardState } from './model';

export interface ConfigureDraftState {
  /** The connection this draft's OK saved, as the draft recorded it. */
  appliedId: Signal<number | null>;
  /** The configuration as last kept (undefined: none yet, and the draft keeps no `configure`). */
  draft: Signal<ConfigureDraft | undefined>;
  /** Writes a configuration that changed (one stable function per state). */
  keep: (d: ConfigureDraft) => void;
}

const states = new WeakMap<WizardState, ConfigureDraftState>();

export function configureDraftOf(s: WizardState): ConfigureDraftState {
  let c = states.get(s);
  if (!c) states.set(s, (c = { appliedId: signal(null), draft: signal(undefined), keep: (d) => JSON.stringify(c?.draft.peek()) !== JSON.stringify(d) && void (c && (c.draft.value = d)) }));
  return c;
}

/** How the configuration for `erpConnectionId` is kept in this draft: only when the draft's OK saved that connection. */
export function configurePersistFor(s: WizardState, erpConnectionId: number): { saved: ConfigureDraft | undefined; save: (d: ConfigureDraft) => void } | undefined {
  const c = configureDraftOf(s);
  const status = s.applyStatus.value;
  if ((status.state === 'done' ? status.applied.erpConnectionId : c.appliedId.value) !== erpConnectionId) return undefined;
  const saved = c.draft.peek();
  return { saved: saved?.erpConnectionId === erpConnectionId ? saved : undefined, save: c.keep };
}
