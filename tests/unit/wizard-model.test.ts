import { describe, expect, it } from 'vitest';
import { createActions } from '../../lib/wizard/actions';
import { createWizardState } from '../../lib/wizard/model';
import { goNext, goTo } from '../../lib/wizard/navigation';
import { manualValues } from '../../lib/wizard/manual-values';
import { fakePorts, outcome } from './wizard-fakes';

const NEW_URL = 'http://127.0.0.1:9/finance/ErpConnectorWS.svc?ConnectorName=x';

async function ready(opts: Parameters<typeof fakePorts>[0] = {}) {
  const s = createWizardState('en');
  const ports = fakePorts(opts);
  let n = 0;
  const a = createActions(s, { crm: ports.crm, bg: ports.bg, newId: () => `id-${++n}` });
  await a.loadCrm();
  s.connector.value = { mode: 'new', name: 'Finance 2', url: NEW_URL };
  s.name.value = 'Visma';
  await a.loadFields();
  return { s, a, ...ports };
}

describe('wizard model', () => {
  it('reads fields from the browser for a granted http connector and fills decoded defaults', async () => {
    const { s } = await ready();
    expect(s.fields.value?.source).toBe('browser');
    // A Password field gets no value until typed (never a default: issue 16).
    expect(s.values.value).toEqual({ username: '', pageSize: '100', useVat: 'true', department: '200' });
    expect(s.fieldsStatus.value).toEqual({ state: 'loaded' });
  });

  it('keeps OK disabled, with reasons, until a test passed for exactly the current values', async () => {
    const { s, a, calls } = await ready();
    expect(s.blockers.value.map((b) => b.code)).toEqual(['field', 'field', 'not-tested']);
    s.values.value = { ...s.values.value, username: 'demo', password: 'demo123' };
    expect(s.blockers.value.map((b) => b.code)).toEqual(['not-tested']);
    await a.runTest();
    expect(calls.tests[0]).toEqual({ username: 'demo', password: 'demo123', pageSize: '[I:100]', useVat: '[I:1]', department: '200', server: 'erp01' });
    expect(s.testVerdict.value).toBe('passed');
    expect(s.blockers.value).toEqual([]);
    s.values.value = { ...s.values.value, pageSize: '50' };
    expect(s.testVerdict.value).toBe('stale');
    expect(s.blockers.value.map((b) => b.code)).toEqual(['test-stale']);
    s.values.value = { ...s.values.value, pageSize: '100' };
    expect(s.testVerdict.value).toBe('passed'); // the exact values that were tested
  });

  it('needs visibility: All, or at least one user or group', async () => {
    const { s } = await ready();
    s.visibility.value = { all: false, associateIds: [], groupIds: [] };
    expect(s.blockers.value.map((b) => b.code)).toContain('no-visibility');
    s.visibility.value = { all: false, associateIds: [], groupIds: [2] };
    expect(s.blockers.value.map((b) => b.code)).not.toContain('no-visibility');
  });

  it('lets the CRM’s own answer decide when it disagrees with the browser', async () => {
    const { s, a } = await ready({ crmConfigTest: false });
    s.connector.value = { mode: 'existing', id: 1 };
    s.values.value = { ...s.values.value, username: 'demo', password: 'demo123' };
    await a.runTest();
    expect(s.browserTest.value?.outcome.kind).toBe('ok');
    expect(s.crmTest.value).toMatchObject({ kind: 'config', result: { ok: true, value: false } });
    expect(s.testVerdict.value).toBe('failed');
  });

  it('counts a failed connector test as failed', async () => {
    const { s, a, setNextTest } = await ready({ crmConfigTest: false });
    s.values.value = { ...s.values.value, username: 'demo', password: 'nope' };
    setNextTest(outcome('connector-error', { IsOk: false, UserExplanation: 'Wrong user name or password', ErrorCode: 'INVALID_CREDENTIALS' }));
    await a.runTest();
    expect(s.testVerdict.value).toBe('failed');
    expect(s.blockers.value.map((b) => b.code)).toEqual(['test-failed']);
  });

  it('asks for access before reading fields from a host that was not granted', async () => {
    const { s } = await ready({ granted: false });
    expect(s.fields.value).toBeNull();
    expect(s.fieldsStatus.value).toEqual({ state: 'needs-access', host: '127.0.0.1:9' });
  });

  it('has an app:// connector added to the CRM before the CRM reads its fields', async () => {
    const { s, a, calls } = await ready();
    s.connector.value = { mode: 'new', name: 'Online app', url: 'app://erp-sync-demo' };
    s.fields.value = null;
    await a.loadFields();
    expect(s.fieldsStatus.value).toEqual({ state: 'needs-crm-connector' });
    await a.addConnectorNow();
    expect(calls.added).toEqual(['app://erp-sync-demo']);
    expect(s.connector.value).toEqual({ mode: 'existing', id: 7 });
    expect(s.fields.value).toMatchObject({ source: 'crm' });
  });

  it('applies exactly what was tested: new connector, chosen visibility, encoded values', async () => {
    const { s, a, calls } = await ready();
    s.values.value = { ...s.values.value, username: 'demo', password: 'demo123', useVat: 'false' };
    s.visibility.value = { all: false, associateIds: [5], groupIds: [2] };
    s.description.value = '  For the sales team ';
    await a.runTest();
    await a.apply();
    // The test step added the new connector to the CRM (id 7): OK saves the connection on it.
    expect(calls.added).toEqual([NEW_URL]);
    expect(calls.plans).toEqual([
      {
        connector: { mode: 'existing', erpConnectorId: 7 },
        connection: {
          name: 'Visma',
          description: 'For the sales team',
          allAccess: false,
          associateIds: [5],
          groupIds: [2],
          configFields: { username: 'demo', password: 'demo123', pageSize: '[I:100]', useVat: '[I:0]', department: '200', server: 'erp01' },
          secretKeys: ['password'],
        },
      },
    ]);
    expect(s.applyStatus.value).toEqual({ state: 'done', applied: { erpConnectorId: 7, erpConnectionId: 11 } });
    expect(s.step.value).toBe(5);
    expect(s.connector.value).toEqual({ mode: 'existing', id: 7 });
  });

  it('does not apply while OK is blocked', async () => {
    const { s, a, calls } = await ready();
    await a.apply();
    expect(calls.plans).toEqual([]);
    expect(s.applyStatus.value).toEqual({ state: 'idle' });
  });

  it('keeps working without the CRM when its agent refuses, and prepares values for the native dialogs', async () => {
    const { s, a } = await ready({ crmRefuses: true });
    expect(s.crm.error.value?.kind).toBe('forbidden');
    s.values.value = { ...s.values.value, username: 'demo', password: 'demo123' };
    await a.runTest();
    expect(s.crmTest.value).toBeNull();
    expect(s.testVerdict.value).toBe('passed');
    const m = manualValues(s);
    expect(m.connector?.map((x) => [x.label, x.value])).toEqual([
      ['Name', 'Finance 2'],
      ['URL', NEW_URL],
    ]);
    expect(m.connection.map((x) => x.label)).toEqual(['Name', 'Sync Connector', 'Visibility', 'User name', 'Password', 'Page size', 'Use VAT', 'Department', 'Description (optional)']);
    expect(m.connection.find((x) => x.label === 'Password')).toMatchObject({ secret: true, value: 'demo123' });
  });
});

describe('navigation', () => {
  it('says exactly what is wrong before leaving a step, and goes back freely', async () => {
    const { s } = await ready();
    s.connector.value = { mode: 'new', name: '', url: 'ftp://erp.example/x' };
    s.step.value = 1;
    expect(goNext(s)).toBe(false);
    expect(s.stepErrors.value).toEqual(['Enter a name for the Sync Connector.', 'The URL must start with app://, https://, http:// or plugin://.']);
    s.connector.value = { mode: 'new', name: 'X', url: NEW_URL };
    expect(goNext(s)).toBe(true);
    expect(s.step.value).toBe(2);
    expect(goNext(s)).toBe(false);
    expect(s.stepErrors.value).toEqual(['User name: This field is mandatory.', 'Password: This field is mandatory.']);
    goTo(s, 4);
    expect(s.step.value).toBe(4);
    expect(s.stepErrors.value).toEqual([]);
    goTo(s, 0);
    expect(s.step.value).toBe(0);
    expect(s.values.value.pageSize).toBe('100');
  });
});

describe('disagreement between browser and CRM', () => {
  it('explains a host the browser reaches but the CRM cannot, and stays quiet when both reached it', async () => {
    const { disagreement } = await import('../../lib/wizard/disagreement');
    const { s, a, setNextTest } = await ready();
    s.values.value = { ...s.values.value, username: 'demo', password: 'x' };
    setNextTest(outcome('connector-error', { UserExplanation: 'Wrong password' }));
    await a.runTest(); // the CRM accepted what the connector refused this browser: its result counts
    expect(disagreement(s)).toMatch(/refused this browser’s test but accepted the CRM’s/);
    s.crmTest.value = { key: s.currentKey.value, kind: 'url', result: { ok: true, value: true } };
    s.browserTest.value = { key: s.currentKey.value, outcome: outcome('ok') };
    expect(disagreement(s)).toBeNull();
    s.crmTest.value = { key: s.currentKey.value, kind: 'url', result: { ok: true, value: false } };
    setNextTest(outcome('ok'));
    s.browserTest.value = { key: s.currentKey.value, outcome: outcome('ok') };
    expect(disagreement(s)).toMatch(/firewall|private address|certificate/i);
  });
});

describe('review fixes', () => {
  it('keeps a typed password secret after switching to a connector without that field', async () => {
    const { patchFrom } = await import('../../lib/wizard/draft-mapping');
    const { s } = await ready();
    s.values.value = { ...s.values.value, password: 'demo123' };
    expect(patchFrom(s, []).secretKeys).toEqual(['password']);
    s.fields.value = { source: 'browser', forUrl: 'x', list: [], items: {} }; // a connector with no Password field
    expect(patchFrom(s, ['password']).secretKeys).toEqual(['password']);
    expect(patchFrom(s, []).secretKeys).toEqual([]); // nothing known, nothing typed as a password here
  });

  it('keeps every value under the drafts cap; over it, values of fields no longer declared give way, never the declared ones', async () => {
    const { patchFrom } = await import('../../lib/wizard/draft-mapping');
    const { LIMITS } = await import('../../lib/drafts/limits');
    const { s } = await ready();
    s.values.value = { username: 'demo', oldField: 'kept while under the cap' };
    expect(patchFrom(s, []).connection?.values).toEqual({ username: 'demo', oldField: 'kept while under the cap' });
    const stale = Object.fromEntries(Array.from({ length: LIMITS.values }, (_, i) => [`gone${i}`, 'x']));
    s.values.value = { ...stale, username: 'demo', password: 'demo123' };
    const values = patchFrom(s, []).connection?.values ?? {};
    expect(values).toEqual({ username: 'demo', password: 'demo123' });
  });

  it('retries an unconfirmed OK on the same connection, and forgets it when another draft is adopted', async () => {
    const { restoreInto } = await import('../../lib/wizard/draft-mapping');
    const { s, a, crm, calls } = await ready();
    s.values.value = { ...s.values.value, username: 'demo', password: 'demo123' };
    await a.runTest();
    const real = crm.apply;
    crm.connectors = async () => ({ ok: true, value: [{ id: 8, name: 'Finance 2', url: NEW_URL }] }); // created by the first OK
    crm.apply = async (plan) => (calls.plans.push(plan), { ok: false, error: { kind: 'readback-mismatch', message: { en: 'x', no: 'x' }, erpConnectorId: 8, erpConnectionId: 42 } });
    await a.apply();
    expect(s.retryConnectionId.value).toBe(42);
    await a.runTest(); // the connector is now an existing one: test again for these values
    crm.apply = real;
    await a.apply();
    expect(calls.plans[1]?.connection.erpConnectionId).toBe(42);
    expect(s.retryConnectionId.value).toBeNull();
    s.retryConnectionId.value = 42;
    restoreInto(s, { id: 'x', tenant: 't', name: '', revision: 1, createdAt: 0, updatedAt: 0, step: 2, secretKeys: [], secretsMissing: [],
      connector: { mode: 'new', name: 'B', url: 'http://b.example/ErpConnectorWS.svc' },
      connection: { name: 'B', description: '', visibility: { all: true }, values: {} } });
    expect(s.retryConnectionId.value).toBeNull();
    expect(s.fields.value).toBeNull();
    expect(s.browserTest.value).toBeNull();
  });

  it('keeps going with the CRM when only users or groups cannot be read', async () => {
    const { s, a, crm } = await ready();
    crm.users = async () => ({ ok: false, error: { kind: 'forbidden', message: { en: 'no users', no: 'ingen' } } });
    await a.loadCrm();
    expect(s.crm.error.value).toBeNull();
    expect(s.crm.directoryError.value?.kind).toBe('forbidden');
  });

  it('records what a test ran with, even if values change while it runs', async () => {
    const { s, a } = await ready();
    s.values.value = { ...s.values.value, username: 'demo', password: 'demo123' };
    const run = a.runTest();
    s.values.value = { ...s.values.value, username: 'changed' };
    await run;
    expect(s.browserTest.value?.tested?.values.username).toBe('demo');
  });
});

describe('OK as the native dialog has it: the CRM’s own test decides (issue 13, point 6)', () => {
  const filled = async (opts: Parameters<typeof fakePorts>[0] = {}) => {
    const r = await ready(opts);
    r.s.values.value = { ...r.s.values.value, username: 'demo', password: 'demo123' };
    return r;
  };

  it('adds a new connector to the CRM at the test step, tests it there by its id, and remembers it', async () => {
    const { s, a, calls } = await filled();
    expect(s.blockers.value.map((b) => b.code)).toEqual(['not-tested']);
    await a.runTest();
    expect(calls.added).toEqual([NEW_URL]);
    expect(calls.crmTestIds).toEqual([7]);
    expect(s.connector.value).toEqual({ mode: 'existing', id: 7 });
    expect(s.addedConnector.value).toEqual({ id: 7, name: 'Finance 2', url: NEW_URL });
    expect(s.crm.connectors.value?.map((c) => c.id)).toEqual([1, 7]);
    expect(s.testVerdict.value).toBe('passed');
    expect(s.blockers.value).toEqual([]);
  });

  it('a browser-only pass does not enable OK while the CRM answers', async () => {
    const { s, a } = await filled();
    s.browserTest.value = { key: s.currentKey.value, outcome: outcome('ok') };
    expect(s.testVerdict.value).toBe('browser-only');
    expect(s.blockers.value.map((b) => b.code)).toEqual(['crm-not-tested']);
    await a.runTest();
    expect(s.testVerdict.value).toBe('passed');
  });

  it('a CRM that will not add the connector fails the test with its own words; nothing is remembered', async () => {
    const { s, a } = await filled({ addFails: { kind: 'crm-message', message: { en: 'SuperOffice said no', no: 'nei' }, crm: { message: 'The request is invalid.', detail: 'DisplayName is longer than 254 characters' } } });
    await a.runTest();
    expect(s.testVerdict.value).toBe('failed');
    expect(s.crmTest.value?.result).toMatchObject({ ok: false, error: { crm: { detail: 'DisplayName is longer than 254 characters' } } });
    expect(s.addedConnector.value).toBeNull();
    expect(s.connector.value.mode).toBe('new');
  });

  it('a CRM that refuses its agent at the test step: the browser decides, values for the native dialogs', async () => {
    const { s, a } = await filled({ testRefused: true });
    await a.runTest();
    expect(s.crm.error.value?.kind).toBe('forbidden');
    expect(s.testVerdict.value).toBe('passed');
  });

  it('names lengths the database will not store (254)', async () => {
    const { s } = await filled();
    s.name.value = 'n'.repeat(255);
    s.description.value = 'd'.repeat(255);
    expect(s.blockers.value.filter((b) => b.code === 'too-long')).toEqual([{ code: 'too-long', field: 'name' }, { code: 'too-long', field: 'description' }]);
    s.name.value = 'n'.repeat(254);
    s.description.value = 'd'.repeat(254);
    expect(s.blockers.value.filter((b) => b.code === 'too-long')).toEqual([]);
  });

  it('the draft remembers the connector it added (and clears it once OK went through)', async () => {
    const { patchFrom, restoreInto } = await import('../../lib/wizard/draft-mapping');
    const { s, a } = await filled();
    expect(patchFrom(s, []).addedConnector).toBeNull();
    await a.runTest();
    const patch = patchFrom(s, []);
    expect(patch.addedConnector).toEqual({ erpConnectorId: 7, name: 'Finance 2', url: NEW_URL });
    const other = createWizardState('en');
    restoreInto(other, { id: 'x', tenant: 't', name: '', revision: 1, createdAt: 0, updatedAt: 0, step: 3, connector: { mode: 'existing', erpConnectorId: 7 }, connection: { name: 'Visma', description: '', visibility: { all: true }, values: {} }, secretKeys: [], secretsMissing: [], addedConnector: patch.addedConnector });
    expect(other.addedConnector.value).toEqual({ id: 7, name: 'Finance 2', url: NEW_URL });
    await a.apply();
    expect(s.applyStatus.value.state).toBe('done');
    expect(patchFrom(s, []).addedConnector).toBeNull();
  });

  it('a draft whose added connector is gone from the CRM (removed, then the delete undone) goes back to a new connector, added again at the next test', async () => {
    const { patchFrom, restoreInto } = await import('../../lib/wizard/draft-mapping');
    const { s, a, calls } = await filled();
    await a.runTest();
    const saved = { id: 'x', tenant: 't', name: '', revision: 1, createdAt: 0, updatedAt: 0, step: 3, connector: { mode: 'existing' as const, erpConnectorId: 7 }, connection: { name: 'Visma', description: '', visibility: { all: true as const }, values: {} }, secretKeys: [], secretsMissing: [], addedConnector: patchFrom(s, []).addedConnector };
    // Removed from the CRM (the offer after deleting the draft), then the draft's delete undone.
    expect(await a.removeConnector(7)).toEqual({ state: 'removed' });
    restoreInto(s, saved);
    expect(s.connector.value).toEqual({ mode: 'new', name: 'Finance 2', url: NEW_URL });
    expect(s.addedConnector.value).toBeNull();
    s.values.value = { ...s.values.value, username: 'demo', password: 'demo123' };
    await a.runTest();
    expect(calls.added).toEqual([NEW_URL, NEW_URL]);
    // Still in the CRM: restored as it was.
    restoreInto(s, { ...saved, addedConnector: patchFrom(s, []).addedConnector });
    expect(s.connector.value).toEqual({ mode: 'existing', id: 7 });
  });

  it('searches the CRM for users of a tenant too large to list, and adds what it finds to the picker', async () => {
    const { s, a, crm } = await filled();
    const asked: string[] = [];
    crm.searchUsers = async (text) => (asked.push(text), { ok: true, value: [{ associateId: 6, name: 'Ola Åsen' }, { associateId: 9001, name: 'Ola Nummer 9001' }] });
    await a.searchUsers('  Ola ');
    expect(asked).toEqual(['Ola']);
    expect(s.crm.users.value.map((u) => u.associateId)).toEqual([5, 6, 9001]);
    crm.searchUsers = async () => ({ ok: false, error: { kind: 'unauthorized', message: { en: 'reload', no: 'last på nytt' } } });
    await a.searchUsers('x');
    expect(s.crm.directoryError.value?.kind).toBe('unauthorized');
  });

  it('removes an added connector only when the CRM says it may go', async () => {
    const { removeAddedConnector } = await import('../../lib/wizard/crm-connector');
    const may = fakePorts();
    expect(await removeAddedConnector(may.crm, 7)).toEqual({ state: 'removed' });
    expect(may.calls.deleted).toEqual([7]);
    const used = fakePorts({ canDelete: 'ErrorConnectorHasConnections' });
    expect(await removeAddedConnector(used.crm, 7)).toEqual({ state: 'has-connections' });
    const gone = fakePorts({ canDelete: 'ErrorNotFound' });
    expect(await removeAddedConnector(gone.crm, 7)).toEqual({ state: 'gone' });
    expect([...used.calls.deleted, ...gone.calls.deleted]).toEqual([]);
  });
});
