// The connector's contract in the wizard (issue 12): what the consultant entered under Advanced
// (kept in the draft with the connection) and what the background reports it used. Kept beside
// the wizard's state, one per state object, so the model's own file stays as it is.
import { computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { checkNamespace, type ConnectorContract, type ContractOverride } from '../protocol';
import type { WizardState } from './model';

export interface ContractState {
  /** As typed (may be half-typed or invalid). */
  namespace: Signal<string>;
  memberNamespace: Signal<string>;
  /** Entered now or in the draft: a draft without any keeps no `contract` key at all. */
  used: Signal<boolean>;
  /** The background's report from the last fields load or test. */
  inUse: Signal<ConnectorContract | null>;
  /** The last browser call ended in a contract mismatch: the Advanced part opens and says why. */
  mismatch: Signal<boolean>;
  /** What to send: only valid, non-empty entries; undefined when nothing is entered. */
  override: ReadonlySignal<ContractOverride | undefined>;
  /** A problem with what was typed, per field. */
  problems: ReadonlySignal<{ namespace: { en: string; no: string } | null; memberNamespace: { en: string; no: string } | null }>;
}

const states = new WeakMap<WizardState, ContractState>();

export function contractOf(s: WizardState): ContractState {
  let c = states.get(s);
  if (c) return c;
  const namespace = signal('');
  const memberNamespace = signal('');
  const check = (v: string) => {
    if (!v.trim()) return null;
    const r = checkNamespace(v);
    return r.ok ? null : r.message;
  };
  const problems = computed(() => ({ namespace: check(namespace.value), memberNamespace: check(memberNamespace.value) }));
  const override = computed<ContractOverride | undefined>(() => {
    const ns = namespace.value.trim();
    const m = memberNamespace.value.trim();
    const o: ContractOverride = {};
    if (ns && !problems.value.namespace) o.namespace = ns;
    if (m && !problems.value.memberNamespace) o.memberNamespace = m;
    return o.namespace || o.memberNamespace ? o : undefined;
  });
  c = { namespace, memberNamespace, used: signal(false), inUse: signal(null), mismatch: signal(false), override, problems };
  states.set(s, c);
  // A browser test counts only for the contract it ran with (the CRM's test does not use one).
  effect(() => void (s.contractKey.value = override.value ? JSON.stringify([override.value.namespace ?? '', override.value.memberNamespace ?? '']) : ''));
  return c;
}
