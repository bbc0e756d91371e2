// What the consultant's clicks do: load the CRM's lists, the connector's fields, run the test
// from the browser and from the CRM, apply to the CRM. State lives in the model; errors become
// state too, never exceptions into the UI.
import { createListLoader } from '../lists/loader';
import { decodeDefault, formatPlain } from '../protocol';
import { contractOf } from './contract';
import { crmDecides, forgetGoneConnector, removeAddedConnector, runCrmTest } from './crm-connector';
import type { WizardState } from './model';
import type { WizardBackground, WizardCrm } from './ports';

export interface WizardPorts {
  crm: WizardCrm;
  bg: WizardBackground;
  newId?: () => string;
}

export function createActions(s: WizardState, ports: WizardPorts) {
  const { crm, bg } = ports;
  const newId = ports.newId ?? (() => crypto.randomUUID());
  let testId: string | null = null;
  const lists = createListLoader(s, bg, newId);

  async function loadCrm() {
    const [connectors, connections, users, groups] = await Promise.all([crm.connectors(), crm.connections(), crm.users(), crm.groups()]);
    if (connectors.ok) s.crm.connectors.value = connectors.value;
    if (connections.ok) s.crm.connections.value = connections.value;
    if (users.ok) [s.crm.users.value, s.crm.usersComplete.value] = [users.value.users, users.value.complete];
    if (groups.ok) s.crm.groups.value = groups.value;
    const agent = [connectors, connections].find((r) => !r.ok);
    s.crm.error.value = agent && !agent.ok ? agent.error : null;
    const directory = [users, groups].find((r) => !r.ok);
    s.crm.directoryError.value = directory && !directory.ok ? directory.error : null;
    if (!connectors.ok) s.crm.connectors.value = [];
    forgetGoneConnector(s);
  }

  async function checkBackground(now: () => number = () => performance.now()) {
    s.background.value = { state: 'checking' };
    const start = now();
    const reply = await bg.ping();
    s.background.value = reply.ok
      ? { state: 'ok', version: reply.value.version, ms: Math.max(0, Math.round(now() - start)) }
      : { state: 'failed', why: reply.error.message[s.lang] };
  }

  /** Defaults fill only fields the consultant has not typed in. */
  function applyDefaults() {
    const f = s.fields.value;
    if (!f) return;
    const next = { ...s.values.value };
    for (const field of f.list) {
      // Read-only fields are not typed: their default is shown and sent as it is.
      if (field.FieldType === 'Label' || field.Access === 'ReadOnly' || Object.hasOwn(next, field.FieldKey)) continue;
      // A password is never taken from a default (Test.Excel's is the text "[password]"): the field
      // stays empty until typed, also when the browser forgot the one typed (secretsMissing).
      if (field.FieldType === 'Password') continue;
      const d = decodeDefault(field);
      // An own property even for a key like "__proto__" (plain assignment would set the prototype).
      Object.defineProperty(next, field.FieldKey, { value: d ? formatPlain(d) : '', enumerable: true, writable: true, configurable: true });
    }
    s.values.value = next;
  }

  async function refreshAccess(): Promise<boolean> {
    const info = s.urlInfo.value;
    if (!info.ok || info.kind !== 'http') return (s.access.value = null), false;
    const r = await bg.access(s.connectorUrl.value);
    s.access.value = r.ok ? r.value : null;
    return r.ok && r.value.granted;
  }

  async function loadFields() {
    const url = s.connectorUrl.value;
    const info = s.urlInfo.value;
    const existing = s.existingConnectorId.value;
    if (!info.ok) return;
    s.fieldsStatus.value = { state: 'loading' };
    if (info.kind === 'http' && (await refreshAccess())) {
      const r = await bg.fields(newId(), url, contractOf(s).override.value);
      contractOf(s).inUse.value = (r.ok && r.value.contract) || null;
      contractOf(s).mismatch.value = r.ok && r.value.fields.kind === 'contract-mismatch';
      if (r.ok && r.value.fields.kind === 'ok') {
        // Items come when each List field is shown (loadList).
        lists.reset(r.value.loadId);
        s.fields.value = { source: 'browser', forUrl: url, list: r.value.fields.value.fields, items: {}, warnings: r.value.fields.value.warnings };
        s.fieldsStatus.value = { state: 'loaded' };
        return applyDefaults();
      }
      if (existing === null) {
        s.fieldsStatus.value = { state: 'failed', message: r.ok ? r.value.fields.hint : r.error.message };
        return;
      }
    }
    if (existing !== null) {
      lists.reset(null);
      const r = await crm.configurationFields(existing);
      if (r.ok) {
        s.fields.value = { source: 'crm', forUrl: url, list: r.value, items: {} };
        s.fieldsStatus.value = { state: 'loaded' };
        return applyDefaults();
      }
      s.fieldsStatus.value = { state: 'failed', message: r.error.message };
      return;
    }
    s.fieldsStatus.value = info.kind === 'http' ? { state: 'needs-access', host: s.access.value?.host ?? url } : { state: 'needs-crm-connector' };
  }

  /** app:// and plugin:// connectors must be known to the CRM before it can read their fields. */
  async function addConnectorNow() {
    const c = s.connector.value;
    if (c.mode !== 'new') return;
    const r = await crm.addConnector(c.name.trim(), c.url.trim());
    if (!r.ok) return void (s.fieldsStatus.value = { state: 'failed', message: r.error.message });
    s.crm.connectors.value = [...(s.crm.connectors.value ?? []), r.value];
    s.connector.value = { mode: 'existing', id: r.value.id };
    await loadFields();
  }

  async function requestAccess() {
    await bg.requestAccess(s.connectorUrl.value);
  }

  async function runTest() {
    if (s.testing.value) return;
    s.testing.value = true;
    const key = s.currentKey.value;
    const url = s.connectorUrl.value;
    const info = { ...s.prepared.value.connectionInfo };
    const override = contractOf(s).override.value;
    const bkey = s.browserKey.value;
    const tested = { url, values: { ...s.values.value } };
    const id = (testId = newId());
    const fromBrowser = s.urlInfo.value.ok && s.urlInfo.value.kind === 'http'
      ? bg.test(id, url, info, override).then((r) => {
        if (r.ok && r.value.contract) contractOf(s).inUse.value = r.value.contract;
        if (r.ok) contractOf(s).mismatch.value = r.value.kind === 'contract-mismatch';
        return r.ok ? (s.browserTest.value = { key: bkey, outcome: r.value, tested }) : null;
      })
      : Promise.resolve((s.browserTest.value = null));
    // The CRM's own test decides (crm-connector.ts); a new connector is added to the CRM first.
    const fromCrm = crmDecides(s) ? runCrmTest(s, crm, { key, info, tested }) : Promise.resolve(null);
    await Promise.all([fromBrowser, fromCrm]);
    // Refused for want of access (never granted, or revoked since): offer to allow it.
    if (s.browserTest.value?.key === bkey && s.browserTest.value.outcome.kind === 'not-permitted') await refreshAccess();
    if (testId === id) testId = null;
    s.testing.value = false;
  }

  async function cancelTest() {
    if (testId) await bg.cancel(testId);
  }

  async function apply() {
    if (s.blockers.value.length || s.applyStatus.value.state === 'applying') return;
    s.applyStatus.value = { state: 'applying' };
    const c = s.connector.value;
    const v = s.visibility.value;
    const r = await crm.apply({
      connector: c.mode === 'existing' ? { mode: 'existing', erpConnectorId: c.id } : { mode: 'new', name: c.name.trim(), url: c.url.trim() },
      connection: {
        name: s.name.value.trim(),
        description: s.description.value.trim(),
        allAccess: v.all,
        associateIds: v.all ? [] : v.associateIds,
        groupIds: v.all ? [] : v.groupIds,
        configFields: s.prepared.value.connectionInfo,
        secretKeys: (s.fields.value?.list ?? []).filter((f) => f.FieldType === 'Password').map((f) => f.FieldKey),
        ...(s.retryConnectionId.value !== null ? { erpConnectionId: s.retryConnectionId.value } : {}),
      },
    });
    // A connector this OK created is not yet in the list read earlier: list it with what was sent,
    // so until the list is reloaded nothing reads as "no connector" (OK would flick to disabled
    // and drop keyboard focus to the page).
    const listCreated = (id: number) => {
      if (c.mode === 'new' && !s.crm.connectors.value?.some((x) => x.id === id)) s.crm.connectors.value = [...(s.crm.connectors.value ?? []), { id, name: c.name.trim(), url: c.url.trim() }];
    };
    if (!r.ok && r.error.erpConnectionId !== undefined) s.retryConnectionId.value = r.error.erpConnectionId;
    if (r.ok) s.retryConnectionId.value = null;
    if (r.ok) s.addedConnector.value = null; // OK went through: the connector is no longer only the draft's
    s.applyStatus.value = r.ok ? { state: 'done', applied: r.value } : { state: 'failed', error: r.error };
    if (!r.ok && r.error.erpConnectorId !== undefined) {
      listCreated(r.error.erpConnectorId);
      s.connector.value = { mode: 'existing', id: r.error.erpConnectorId };
      await loadCrm();
    }
    if (r.ok) {
      // A retry must not create the connector twice: from now on it is an existing one.
      listCreated(r.value.erpConnectorId);
      s.connector.value = { mode: 'existing', id: r.value.erpConnectorId };
      await loadCrm();
      s.step.value = 5;
    }
  }

  /** A deleted draft's connector, added at its test step: removed when the CRM says it may go. */
  const removeConnector = async (id: number) => {
    const r = await removeAddedConnector(crm, id);
    if (r.state === 'removed' || r.state === 'gone') s.crm.connectors.value = (s.crm.connectors.value ?? []).filter((c) => c.id !== id);
    return r;
  };

  /** A tenant too large to list: the CRM searches, and what it finds joins the picker's users. */
  const searchUsers = async (text: string) => {
    if (!crm.searchUsers || !text.trim()) return;
    const r = await crm.searchUsers(text.trim());
    if (!r.ok) return void (s.crm.directoryError.value = r.error);
    const known = new Set(s.crm.users.value.map((u) => u.associateId));
    const found = r.value.filter((u) => !known.has(u.associateId));
    if (found.length) s.crm.users.value = [...s.crm.users.value, ...found];
  };

  // `existingCrm`: the CRM port's issue-17 part, for the existing-connections view beside the wizard.
  return { searchUsers, loadCrm, checkBackground, loadFields, refreshAccess, addConnectorNow, requestAccess, runTest, cancelTest, apply, applyDefaults, removeConnector, loadList: lists.load, existingCrm: crm.existing };
}

export type WizardActions = ReturnType<typeof createActions>;
