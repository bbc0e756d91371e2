// Between the wizard's state and a stored draft. A draft holds what the consultant typed (plain
// values); passwords are named in secretKeys so the store keeps them for the session only.
import { batch } from '@preact/signals';
import type { DraftPatch, DraftView } from '../drafts';
import { LIMITS } from '../drafts/limits';
import { contractOf } from './contract';
import { forgetGoneConnector } from './crm-connector';
import type { WizardState } from './model';
import { configureDraftOf } from './configure-draft';

/**
 * Secret keys only grow while their value is kept: a password typed for one connector stays a
 * secret after switching to a connector without that field (it must never reach IndexedDB).
 */
export function secretKeysOf(s: WizardState, known: readonly string[], values: Record<string, string> = s.values.value, missing: readonly string[] = []): string[] {
  const passwords = s.fields.value?.list.filter((f) => f.FieldType === 'Password').map((f) => f.FieldKey) ?? [];
  // A password the browser forgot (after a restart) is still this draft's secret: not a change.
  return [...new Set([...known.filter((k) => Object.hasOwn(values, k) || missing.includes(k)), ...passwords])];
}

/** The values to keep. Over the drafts' cap, values of fields the connector no longer declares give way. */
function keptValues(s: WizardState): Record<string, string> {
  const all = s.values.value;
  const declared = s.fields.value?.list;
  if (!declared || Object.keys(all).length <= LIMITS.values) return all;
  return Object.fromEntries(declared.filter((f) => Object.hasOwn(all, f.FieldKey)).map((f) => [f.FieldKey, all[f.FieldKey] as string]));
}

export function patchFrom(s: WizardState, secretKeys: readonly string[], missing: readonly string[] = []): DraftPatch {
  const c = s.connector.value;
  const v = s.visibility.value;
  const values = keptValues(s);
  return {
    step: s.step.value,
    connector: c.mode === 'existing' ? { mode: 'existing', erpConnectorId: c.id } : { mode: 'new', name: c.name, url: c.url },
    connection: {
      name: s.name.value,
      description: s.description.value,
      visibility: v.all ? { all: true } : { all: false, associateIds: v.associateIds, groupIds: v.groupIds },
      values,
      ...(contractOf(s).used.value ? { contract: contractPatch(s) } : {}),
      // Only once there is one: a draft without confirmations keeps the shape it had.
      ...(s.confirmedDefaults.value.length ? { confirmedDefaults: s.confirmedDefaults.value.slice(0, LIMITS.values) } : {}),
    },
    secretKeys: secretKeysOf(s, secretKeys, values, missing),
    addedConnector: s.addedConnector.value ? { erpConnectorId: s.addedConnector.value.id, name: s.addedConnector.value.name, url: s.addedConnector.value.url } : null,
    // Only once there is one: the configuration steps after OK (issue 18).
    ...(configureDraftOf(s).draft.value ? { configure: configureDraftOf(s).draft.value } : {}),
  };
}

/** The namespaces typed under Advanced, as typed (an empty entry is left out). */
function contractPatch(s: WizardState): { namespace?: string; memberNamespace?: string } {
  const c = contractOf(s);
  return { ...(c.namespace.value ? { namespace: c.namespace.value } : {}), ...(c.memberNamespace.value ? { memberNamespace: c.memberNamespace.value } : {}) };
}

/**
 * `sameDraft`: the draft shown already, saved again elsewhere (another tab) or chosen in a conflict:
 * what this panel read and tested for it stays (fields are keyed by address, results by values).
 */
export function restoreInto(s: WizardState, d: DraftView, sameDraft = false): void {
  batch(() => {
    const c = contractOf(s);
    c.namespace.value = d.connection.contract?.namespace ?? '';
    c.memberNamespace.value = d.connection.contract?.memberNamespace ?? '';
    c.used.value = d.connection.contract !== undefined;
    if (!sameDraft) c.inUse.value = null;
    s.step.value = d.step;
    s.connector.value = d.connector.mode === 'existing' ? { mode: 'existing', id: d.connector.erpConnectorId } : { mode: 'new', name: d.connector.name, url: d.connector.url };
    s.name.value = d.connection.name;
    s.description.value = d.connection.description;
    const v = d.connection.visibility;
    s.visibility.value = v.all ? { all: true, associateIds: [], groupIds: [] } : { all: false, associateIds: v.associateIds, groupIds: v.groupIds };
    s.values.value = { ...d.connection.values };
    s.stepErrors.value = [];
    // Nothing of another draft carries over: its fields, tests and OK belong to it.
    if (!sameDraft) {
      s.fields.value = null;
      s.fieldsStatus.value = { state: 'idle' };
      s.access.value = null;
      s.browserTest.value = null;
      s.crmTest.value = null;
      s.applyStatus.value = { state: 'idle' };
      s.retryConnectionId.value = null;
    }
    // The configuration after this draft's OK (issue 18): its connection and where it got to.
    configureDraftOf(s).appliedId.value = d.applied?.erpConnectionId ?? null;
    configureDraftOf(s).draft.value = d.configure;
    s.confirmedDefaults.value = [...(d.connection.confirmedDefaults ?? [])];
    const added = d.addedConnector;
    s.addedConnector.value = added ? { id: added.erpConnectorId, name: added.name, url: added.url } : null;
    forgetGoneConnector(s);
  });
}
