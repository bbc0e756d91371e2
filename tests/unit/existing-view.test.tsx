// The existing-connections view with a fake CRM: the list, Check all with its summary and
// per-row verdicts, the report without a secret, and Delete behind a confirmation that names it.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExistingView } from '../../components/existing/ExistingView';
import { ModeChoice } from '../../components/existing/ModeChoice';
import type { ErpConnection } from '../../lib/crm';
import type { BrowserProbe } from '../../lib/existing/check';
import type { ExistingCrm } from '../../lib/existing/ports';
import { createExistingState } from '../../lib/existing/state';
import { lastCheckMemory } from '../../lib/existing/last-check';
import { displayOf, wireOf } from '../../lib/existing/edit-state';

afterEach(() => document.body.replaceChildren());

const conn = (id: number, name: string, over: Partial<ErpConnection> = {}): ErpConnection => ({
  ErpConnectionId: id, ErpConnectorId: 1, DisplayName: name, DisplayDescription: '', Active: false, ConnectionId: `00000000-0000-4000-8000-00000000000${id}`,
  MostRecentTimestamp: '', ConfigFields: { password: 'S3cret!' }, Deleted: false, AllAccess: true, UserGroupAccessIds: [], AssociateAccessIds: [], ...over,
});

function fakeCrm(): ExistingCrm & { deleted: number[] } {
  const deleted: number[] = [];
  const no = async () => ({ ok: false as const, error: { kind: 'x', message: { en: 'no', no: 'nei' } } });
  return {
    deleted,
    getAllConnectors: async () => ({ ok: true, value: [{ Id: 1, Name: 'Finance', ToolTip: '' }] }),
    getConnector: async () => ({ ok: true, value: { ErpConnectorId: 1, DisplayName: 'Finance', URL: 'https://erp.example.com/ErpConnectorWS.svc', Deleted: false } }),
    getAllConnections: async () => ({ ok: true, value: [conn(1, 'Good', { Active: true }), conn(2, 'Rotated'), conn(3, 'Gone')].filter((c) => !deleted.includes(c.ErpConnectionId)) }),
    testConnectionById: async (id) => ({ ok: true, value: id === 1 }),
    testConnectorUrl: async () => ({ ok: true, value: 'NoError' }),
    deleteConnection: async (id) => (deleted.push(id), { ok: true, value: null }),
    getConnection: no, getConnectionConfigFields: no, getConfigurationFields: no, saveConnection: no, testConfig: no, toggleConnectionActive: no, canDeleteConnector: no, deleteConnector: no,
  };
}

const probe: BrowserProbe = async (_url, guid) =>
  guid.endsWith('1')
    ? { state: 'done', outcome: 'ok', ms: 3, hint: { en: '', no: '' }, actorTypes: ['Customer'] }
    : { state: 'done', outcome: 'connector-error', ms: 4, hint: { en: 'Refused.', no: 'Avvist.' }, actorTypes: null, said: { code: 'INVALID_CREDENTIALS', text: { en: 'The user name or password is wrong.', no: 'Feil passord.' } } };

async function settle() {
  for (let i = 0; i < 10; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
}

describe('ExistingView', () => {
  it('Check all: summary, verdict per row, report without the password', async () => {
    const crm = fakeCrm();
    const ex = createExistingState(crm, probe, 'Cust55555', () => 'en');
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<><ModeChoice ex={ex} lang="en" /><ExistingView ex={ex} lang="en" /></>, root));
    const button = (name: string) => [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
    act(() => button('Check existing connections').click());
    await settle();
    expect([...root.querySelectorAll('[data-testid="existing-connections"] tbody th')].map((x) => x.textContent)).toEqual(['Good', 'Rotated', 'Gone']);
    act(() => button('Check all').click());
    await settle();
    expect(root.querySelector('[data-testid="existing-summary"]')?.textContent).toBe('1 of 3 connections healthy');
    expect([...root.querySelectorAll('tr[data-connection]')].map((r) => r.getAttribute('data-verdict'))).toEqual(['both-ok', 'both-failed', 'both-failed']);
    expect(root.querySelector('tr[data-connection="2"]')?.textContent).toContain('The user name or password is wrong.');
    expect(root.querySelector('progress')?.getAttribute('value')).toBe('4');
    const report = root.querySelector('[data-testid="existing-report"]')?.textContent ?? '';
    expect(report).toContain('# ERP Sync health check — Cust55555');
    expect(report).not.toContain('S3cret!');
  });

  it('the next visit shows the last check’s verdicts and when, for the rows the CRM still lists; nothing secret is kept', async () => {
    const kept: Record<string, unknown> = {};
    const store = { get: async (k: string) => ({ [k]: kept[k] }), set: async (o: Record<string, unknown>) => void Object.assign(kept, o) };
    const crm = fakeCrm();
    const first = createExistingState(crm, probe, 'Cust55555', () => 'en', undefined, undefined, undefined, lastCheckMemory(store));
    await first.load();
    expect(first.earlier.value).toBeNull();
    await first.checkEverything();
    expect(JSON.stringify(kept)).not.toContain('S3cret!');
    // Next visit: connection 3 is gone from the CRM meanwhile.
    const gone = crm.getAllConnections;
    crm.getAllConnections = async () => {
      const r = await gone();
      return r.ok ? { ok: true, value: r.value.filter((c) => c.ErpConnectionId !== 3) } : r;
    };
    const next = createExistingState(crm, probe, 'Cust55555', () => 'en', undefined, undefined, undefined, lastCheckMemory(store));
    await next.load();
    expect([...next.connections.value.keys()]).toEqual([1, 2]);
    expect(next.connections.value.get(2)?.verdict.verdict).toBe('both-failed');
    expect(next.earlier.value).toEqual(expect.any(String));
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<ExistingView ex={next} lang="en" />, root));
    expect(root.querySelector('[data-testid="existing-earlier"]')?.textContent).toMatch(/^The verdicts below are from the last check, /);
    expect(root.querySelector('tr[data-connection="2"]')?.getAttribute('data-verdict')).toBe('both-failed');
    // Another tenant has none; a shape from elsewhere under the key is not shown.
    expect(await lastCheckMemory(store).load('Cust1')).toBeNull();
    kept.lastCheckByTenant = { Cust55555: { at: 'x', connections: [{ id: 'not a number' }], connectors: [] } };
    expect(await lastCheckMemory(store).load('Cust55555')).toBeNull();
  });

  it('Delete asks first, naming the connection; Keep it deletes nothing', async () => {
    const crm = fakeCrm();
    const ex = createExistingState(crm, probe, 'Cust55555', () => 'no');
    await ex.load();
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<ExistingView ex={ex} lang="no" />, root));
    const button = (name: string) => [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
    act(() => button('Slett Rotated').click());
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain('Slette koblingen «Rotated»?');
    act(() => button('Behold').click());
    expect(crm.deleted).toEqual([]);
    act(() => button('Slett Rotated').click());
    act(() => button('Slett').click());
    await settle();
    expect(crm.deleted).toEqual([2]);
    expect([...root.querySelectorAll('tr[data-connection] th')].map((x) => x.textContent)).toEqual(['Good', 'Gone']);
    expect(root.textContent).toContain('Slettet koblingen «Rotated».');
  });

  it('without the CRM port it says why, instead of an empty list', async () => {
    const ex = createExistingState(undefined, undefined, 'Cust1', () => 'en');
    await ex.load();
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<ExistingView ex={ex} lang="en" />, root));
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/cannot reach the CRM’s ErpSync agent/);
    vi.restoreAllMocks();
  });
});

describe('edit values per field type', () => {
  it('shows decoded values, never a password, and encodes back canonically', () => {
    expect([displayOf('Integer', '[I:100]'), displayOf('Double', '[F:11.25]'), displayOf('Checkbox', '[I:1]'), displayOf('Password', 'demo123'), displayOf('Text', 'DEMO')]).toEqual(['100', '11.25', '1', '', 'DEMO']);
    expect([wireOf('Integer', '250'), wireOf('Double', '2,5'), wireOf('Checkbox', '0'), wireOf('Integer', '2.5'), wireOf('Integer', 'abc')]).toEqual(['[I:250]', '[F:2.5]', '[I:0]', null, null]);
  });
});

describe('Delete an unused connector', () => {
  it('only a connector no connection uses offers Delete; the CRM is asked first (CanDelete), then it goes', async () => {
    const crm = fakeCrm();
    const gone: number[] = [];
    crm.getAllConnectors = async () => ({ ok: true, value: [{ Id: 1, Name: 'Finance', ToolTip: '' }, { Id: 2, Name: 'Spare', ToolTip: '' }].filter((c) => !gone.includes(c.Id)) });
    crm.getConnector = async (id) => ({ ok: true, value: { ErpConnectorId: id, DisplayName: id === 1 ? 'Finance' : 'Spare', URL: 'https://erp.example.com/ErpConnectorWS.svc', Deleted: false } });
    const asked: number[] = [];
    crm.canDeleteConnector = async (id) => (asked.push(id), { ok: true, value: 'NoError' });
    crm.deleteConnector = async (id) => (gone.push(id), { ok: true, value: null });
    const ex = createExistingState(crm, probe, 'Cust55555', () => 'en');
    await ex.load();
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<ExistingView ex={ex} lang="en" />, root));
    const labels = [...root.querySelectorAll('[data-testid="existing-connectors"] button')].map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual(['Delete Spare']);
    act(() => root.querySelector<HTMLButtonElement>('[aria-label="Delete Spare"]')!.click());
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain('Delete the Sync Connector “Spare”? No connection uses it.');
    act(() => [...root.querySelectorAll<HTMLButtonElement>('[role="alertdialog"] button')].find((b) => b.textContent === 'Delete')!.click());
    await settle();
    expect([asked, gone]).toEqual([[2], [2]]);
    expect(root.textContent).toContain('Deleted the Sync Connector “Spare”.');
    expect([...root.querySelectorAll('[data-testid="existing-connectors"] tbody th')].map((x) => x.textContent)).toEqual(['Finance']);
  });
});
