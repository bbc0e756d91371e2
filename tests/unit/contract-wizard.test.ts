// The contract in the wizard and the background (issue 12): overrides sent only when valid,
// provenance shown from the background's report, kept in the draft and its export; the
// background's cache in memory and storage.session.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createContractCache } from '../../lib/background/contract-cache';
import { toExport } from '../../lib/drafts/exchange';
import type { DraftView } from '../../lib/drafts';
import type { ConnectorContract, ContractOverride } from '../../lib/protocol';
import { createActions } from '../../lib/wizard/actions';
import { contractOf } from '../../lib/wizard/contract';
import { patchFrom, restoreInto } from '../../lib/wizard/draft-mapping';
import { createWizardState } from '../../lib/wizard/model';
import { fakePorts, outcome } from './wizard-fakes';

const URL_ = 'http://127.0.0.1:9/strict/ErpConnectorWS.svc';
const LEARNED: ConnectorContract = { namespace: 'urn:vendor', namespaceSource: 'entered', memberNamespace: 'urn:vendor:data', memberSource: 'learned' };

function setup() {
  const s = createWizardState('no');
  const ports = fakePorts();
  const sent: { fields: Array<ContractOverride | undefined>; tests: Array<ContractOverride | undefined> } = { fields: [], tests: [] };
  const fields = ports.bg.fields;
  ports.bg.fields = async (id, url, contract) => {
    sent.fields.push(contract);
    const r = await fields(id, url);
    return r.ok ? { ok: true, value: { ...r.value, contract: LEARNED } } : r;
  };
  ports.bg.test = async (_id, _url, _info, contract) => (sent.tests.push(contract), { ok: true, value: { ...outcome('ok'), contract: LEARNED } });
  const a = createActions(s, { crm: ports.crm, bg: ports.bg, newId: () => crypto.randomUUID() });
  s.connector.value = { mode: 'new', name: 'Strict', url: URL_ };
  return { s, a, sent };
}

describe('the contract in the wizard', () => {
  it('sends nothing while nothing is entered, and only valid namespaces once something is', async () => {
    const { s, a, sent } = setup();
    await a.loadFields();
    const c = contractOf(s);
    c.namespace.value = 'not a uri';
    c.memberNamespace.value = 'urn:vendor:data';
    expect(c.problems.value.namespace?.no).toMatch(/navnerom er en URI/);
    await a.loadFields();
    c.namespace.value = ' urn:vendor ';
    await a.loadFields();
    expect(sent.fields).toEqual([undefined, { memberNamespace: 'urn:vendor:data' }, { namespace: 'urn:vendor', memberNamespace: 'urn:vendor:data' }]);
    await a.runTest();
    expect(sent.tests).toEqual([{ namespace: 'urn:vendor', memberNamespace: 'urn:vendor:data' }]);
  });

  it('keeps what the background reports as the contract in use, and whether the last call was a mismatch', async () => {
    const { s, a } = setup();
    await a.loadFields();
    expect(contractOf(s).inUse.value).toEqual(LEARNED);
    expect(contractOf(s).mismatch.value).toBe(false);
  });

  it('keeps the override in the draft (as typed) and its export; a draft without one gets no key', () => {
    const { s } = setup();
    expect(patchFrom(s, []).connection).not.toHaveProperty('contract');
    const c = contractOf(s);
    c.used.value = true;
    c.namespace.value = 'urn:vendor';
    const patch = patchFrom(s, []);
    expect(patch.connection?.contract).toEqual({ namespace: 'urn:vendor' });
    const draft = {
      id: crypto.randomUUID(), tenant: 'Cust1', name: 'd', revision: 1, createdAt: 1, updatedAt: 1, step: 2, secretKeys: [], secretsMissing: [],
      connector: { mode: 'new', name: 'Strict', url: URL_ },
      connection: { name: 'x', description: '', visibility: { all: true }, values: {}, contract: { namespace: 'urn:vendor', memberNamespace: 'urn:d' } },
    } as DraftView;
    expect(toExport(draft, 0).draft.connection.contract).toEqual({ namespace: 'urn:vendor', memberNamespace: 'urn:d' });
    const other = createWizardState('en');
    restoreInto(other, draft);
    expect([contractOf(other).namespace.value, contractOf(other).memberNamespace.value, contractOf(other).used.value]).toEqual(['urn:vendor', 'urn:d', true]);
    restoreInto(other, { ...draft, connection: { ...draft.connection, contract: undefined } });
    expect([contractOf(other).namespace.value, contractOf(other).used.value]).toEqual(['', false]);
  });
});

describe('the background\'s contract cache', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a contract in memory and storage.session; a new worker (new cache) reads it back; drop removes both', async () => {
    const a = createContractCache();
    await a.set('http://h/x.svc', LEARNED);
    expect(await a.get('http://h/x.svc')).toEqual(LEARNED);
    const restarted = createContractCache();
    expect(await restarted.get('http://h/x.svc')).toEqual(LEARNED);
    await restarted.drop('http://h/x.svc');
    expect(await createContractCache().get('http://h/x.svc')).toBeUndefined();
  });

  it('ignores a stored entry of another shape', async () => {
    await fakeBrowser.storage.session.set({ 'connector-contract:http://h/x.svc': { namespace: 1 } });
    expect(await createContractCache().get('http://h/x.svc')).toBeUndefined();
  });
});

describe('the override across the message boundary', () => {
  it('accepts an absolute URI and refuses whitespace, header breaks and oversize before anything is sent', async () => {
    const { PanelConnectorTest, PanelConnectorFields } = await import('../../lib/messages/protocol');
    const base = { type: 'panel/connector-test', requestId: 'r1', url: URL_, connectionInfo: {} } as const;
    expect(PanelConnectorTest.safeParse({ ...base, contract: { namespace: 'http://schemas.x.example/Sync/2021', memberNamespace: 'urn:a:b' } }).success).toBe(true);
    expect(PanelConnectorTest.safeParse(base).success).toBe(true);
    for (const bad of ['urn:a\r\nX-Evil: 1', 'no-scheme', 'http://a b', `urn:${'x'.repeat(600)}`, '']) {
      expect(PanelConnectorTest.safeParse({ ...base, contract: { namespace: bad } }).success, bad).toBe(false);
    }
    expect(PanelConnectorFields.safeParse({ type: 'panel/connector-fields', requestId: 'r1', url: URL_, contract: { other: 'x' } }).success).toBe(false);
  });

  it('a browser test counts only for the contract it ran with: a namespace changed after it makes it stale', async () => {
    const { s, a } = setup();
    await a.loadFields();
    const c = contractOf(s);
    c.namespace.value = 'urn:vendor';
    // The CRM cannot be asked (refused agent): the browser's test decides.
    s.crm.error.value = { kind: 'refused' } as never;
    await a.runTest();
    expect(s.testVerdict.value).toBe('passed');
    c.namespace.value = 'urn:other';
    expect(s.testVerdict.value).toBe('stale');
    c.namespace.value = 'urn:vendor';
    expect(s.testVerdict.value).toBe('passed');
    c.namespace.value = '';
    expect(s.testVerdict.value).toBe('stale');
  });
});
