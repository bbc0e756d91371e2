// Issue 13, point 6: OK as the native dialog has it — "The OK button is disabled until the ERP
// connection test succeeds", and that test is the CRM's (TestConnectionByConfig). The CRM can only
// test a connector it knows, so a new connector is added to its Sync Connectors at the test step
// (the native order: Sync Connectors → Add first), the panel says so, and the draft remembers it so
// that deleting the draft before OK can offer to remove it again.
import type { Tested, WizardState } from './model';
import type { PortError, Res, WizardCrm } from './ports';

/** Whether the CRM's own test is the one that counts (its agent answered us). */
export const crmDecides = (s: WizardState): boolean => s.crm.error.value === null;

/** A refusal (Online restriction, rights) means the CRM cannot be asked: the browser decides. */
export const isRefusal = (e: PortError): boolean => e.kind === 'forbidden';

/**
 * Before the CRM's test: make sure the CRM knows the connector. Answers the connector's id, or the
 * error that stopped it (the test then counts as failed with the CRM's reason).
 */
export async function connectorForCrmTest(s: WizardState, crm: WizardCrm): Promise<Res<number>> {
  const c = s.connector.value;
  if (c.mode === 'existing') return { ok: true, value: c.id };
  const r = await crm.addConnector(c.name.trim(), c.url.trim());
  if (!r.ok) return r;
  s.crm.connectors.value = [...(s.crm.connectors.value ?? []).filter((x) => x.id !== r.value.id), r.value];
  s.connector.value = { mode: 'existing', id: r.value.id };
  s.addedConnector.value = { id: r.value.id, name: r.value.name, url: r.value.url };
  return { ok: true, value: r.value.id };
}

/** The CRM's test for exactly these values, after adding the connector when it is new. */
export async function runCrmTest(s: WizardState, crm: WizardCrm, run: { key: string; info: Record<string, string>; tested: Tested }): Promise<void> {
  const id = await connectorForCrmTest(s, crm);
  const result: Res<boolean> = id.ok ? await crm.testConfig(id.value, run.info) : id;
  // Refused: the CRM cannot be asked at all, so the wizard goes on without it (native dialogs' values).
  if (!result.ok && isRefusal(result.error)) s.crm.error.value = result.error;
  else s.crmTest.value = { key: run.key, kind: 'config', result, tested: run.tested };
}

/**
 * The connector this draft added at its test step is no longer in the CRM (removed after the draft
 * was deleted, then the delete undone; or deleted in the CRM meanwhile): the draft goes back to a
 * new connector with the same name and URL, so its next test adds it again instead of testing
 * against an id the CRM no longer has. Judged only on a list the CRM's agent really answered.
 */
export function forgetGoneConnector(s: WizardState): void {
  const added = s.addedConnector.value;
  const c = s.connector.value;
  const list = s.crm.connectors.value;
  if (!added || c.mode !== 'existing' || c.id !== added.id || !list || s.crm.error.value !== null) return;
  if (list.some((x) => x.id === added.id)) return;
  s.connector.value = { mode: 'new', name: added.name, url: added.url };
  s.addedConnector.value = null;
}

export type RemoveOutcome = { state: 'removed' } | { state: 'has-connections' } | { state: 'gone' } | { state: 'failed'; error: PortError };

/**
 * The draft that added connector `id` is deleted before OK: remove the connector again, if the CRM
 * says it may go (CanDeleteErpSyncConnectorEntity → DeleteErpSyncConnectorEntity).
 */
export async function removeAddedConnector(crm: WizardCrm, id: number): Promise<RemoveOutcome> {
  if (!crm.canDeleteConnector || !crm.deleteConnector) return { state: 'failed', error: { kind: 'unsupported', message: { en: 'This CRM connection cannot remove connectors.', no: 'Denne CRM-tilkoblingen kan ikke fjerne connectorer.' } } };
  const can = await crm.canDeleteConnector(id);
  if (!can.ok) return { state: 'failed', error: can.error };
  if (can.value === 'ErrorNotFound') return { state: 'gone' };
  if (can.value === 'ErrorConnectorHasConnections') return { state: 'has-connections' };
  const del = await crm.deleteConnector(id);
  return del.ok ? { state: 'removed' } : { state: 'failed', error: del.error };
}
