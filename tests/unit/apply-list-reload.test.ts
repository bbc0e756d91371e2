// After the test step adds a new connector to the CRM (issue 13) and OK saves the connection on it,
// the wizard reloads the CRM's list. Until that list arrives, the added connector must still count
// as chosen: otherwise OK flicks to disabled (native disabled drops keyboard focus to the page) and
// "no connector" shows.
import { describe, expect, it } from 'vitest';
import { createActions } from '../../lib/wizard/actions';
import { createWizardState } from '../../lib/wizard/model';
import type { CrmConnector, Res } from '../../lib/wizard/ports';
import { fakePorts } from './wizard-fakes';

const NEW_URL = 'http://127.0.0.1:9/finance/ErpConnectorWS.svc?ConnectorName=x';

async function readyToApply() {
  const s = createWizardState('en');
  const ports = fakePorts();
  const a = createActions(s, { crm: ports.crm, bg: ports.bg, newId: () => 'id-1' });
  await a.loadCrm();
  s.connector.value = { mode: 'new', name: 'Finance 2', url: NEW_URL };
  s.name.value = 'Visma';
  await a.loadFields();
  s.values.value = { ...s.values.value, username: 'demo', password: 'demo123' };
  await a.runTest();
  s.step.value = 4;
  expect(s.connector.value).toEqual({ mode: 'existing', id: 7 }); // added to the CRM at the test step
  expect(s.blockers.value).toEqual([]);
  return { s, a, ...ports };
}

/** Holds the CRM's connector list until released. */
function heldList(crm: ReturnType<typeof fakePorts>['crm']) {
  let release: (r: Res<CrmConnector[]>) => void = () => undefined;
  const before = crm.connectors;
  crm.connectors = () => new Promise((done) => (release = done));
  return { release: (r: Res<CrmConnector[]>) => ((crm.connectors = before), release(r)) };
}

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('OK with a new connector, while the CRM list reloads', () => {
  it('keeps the created connector chosen, with its address, and OK unblocked', async () => {
    const { s, a, crm } = await readyToApply();
    const held = heldList(crm);
    const applying = a.apply();
    await expect.poll(() => s.applyStatus.value.state).toBe('done');
    await tick();
    expect(s.connector.value).toEqual({ mode: 'existing', id: 7 });
    expect(s.connectorUrl.value).toBe(NEW_URL);
    expect(s.connectorName.value).toBe('Finance 2');
    expect(s.blockers.value).toEqual([]);
    held.release({ ok: true, value: [{ id: 1, name: 'Finance', url: 'http://127.0.0.1:9/finance/ErpConnectorWS.svc' }, { id: 7, name: 'Finance 2', url: NEW_URL }] });
    await applying;
    expect(s.step.value).toBe(5);
    expect(s.crm.connectors.value?.filter((c) => c.id === 7)).toHaveLength(1);
  });

  it('does the same when the CRM created the connector but the connection failed', async () => {
    const { s, a, crm } = await readyToApply();
    crm.apply = async () => ({ ok: false, error: { kind: 'readback-mismatch', message: { en: 'x', no: 'x' }, erpConnectorId: 7 } });
    const held = heldList(crm);
    const applying = a.apply();
    await expect.poll(() => s.applyStatus.value.state).toBe('failed');
    await tick();
    expect(s.connectorUrl.value).toBe(NEW_URL);
    expect(s.blockers.value).toEqual([]);
    held.release({ ok: true, value: [{ id: 7, name: 'Finance 2', url: NEW_URL }] });
    await applying;
    expect(s.step.value).toBe(4);
  });
});
