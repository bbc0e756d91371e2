// @vitest-environment node
// The health check of existing connections against the real stand-in: tenant Cust55555 with one
// connection per state (healthy + Active, rotated password, connector down, CRM cannot reach).
// The "browser" side is the protocol library called from Node, as the background calls it.
import { describe, expect, it } from 'vitest';
import { createCrmClient, type CrmClient } from '../../lib/crm';
import { checkAll, type BrowserProbe } from '../../lib/existing/check';
import { existingCrmFrom } from '../../lib/existing/crm-adapter';
import { loadInventory } from '../../lib/existing/inventory';
import type { ConnectionResult, ConnectorResult, Inventory } from '../../lib/existing/model';
import { probeSavedConnection } from '../../lib/existing/probe';
import { buildReport, reportJson, reportMarkdown } from '../../lib/existing/report';
import type { Standin } from '../../standin/index';
import { json, openSession, useStandin } from '../../standin/testing';

let s: Standin;
useStandin((started) => (s = started), { resetData: true });

async function client(custId = 'Cust55555'): Promise<CrmClient> {
  const session = await openSession(s, custId);
  const withCookies: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Cookie: session.cookie } });
  return createCrmClient({ apiBase: `${s.crmOrigin}/${custId}/api/v1/`, xsrfToken: () => session.xsrf, fetch: withCookies, timeoutMs: 30_000 });
}

const browser: BrowserProbe = (url, guid, signal) => probeSavedConnection(url, guid, { signal, timeoutMs: 10_000 });

async function inventory(crm: CrmClient): Promise<Inventory> {
  const inv = await loadInventory(existingCrmFrom(crm));
  if (!inv.ok) throw new Error(inv.error.message.en);
  return inv.value;
}

async function runCheck(crm: CrmClient, inv: Inventory) {
  const connections = new Map<number, ConnectionResult>();
  const connectors = new Map<number, ConnectorResult>();
  const done = await checkAll(inv, { crm: existingCrmFrom(crm), browser }, { signal: new AbortController().signal, concurrency: 3, onConnection: (r) => connections.set(r.id, r), onConnector: (r) => connectors.set(r.id, r) });
  return { connections, connectors, ...done };
}

describe('Cust55555: the Sync tab with something to find', () => {
  it('lists four connectors and four connections, one Active', async () => {
    const inv = await inventory(await client());
    expect(inv.connectors.map((c) => [c.name, c.kind, c.connections])).toEqual([
      ['Finance (server)', 'http', 2], ['Finance (old server)', 'http', 1], ['Finance (laptop)', 'http', 1], ['Unused connector', 'http', 0],
    ]);
    expect(inv.connections.map((c) => [c.name, c.active])).toEqual([
      ['Økonomi', true], ['Økonomi (old password)', false], ['Økonomi (old server)', false], ['Økonomi (laptop)', false],
    ]);
  });

  it('Check all gives each connection its verdict, and explains the disagreement', async () => {
    const crm = await client();
    const inv = await inventory(crm);
    const r = await runCheck(crm, inv);
    expect(r.cancelled).toBe(false);
    const byName = (n: string) => r.connections.get(inv.connections.find((c) => c.name === n)!.id)!;

    const healthy = byName('Økonomi');
    expect([healthy.crm.state, healthy.browser.state === 'done' && healthy.browser.outcome, healthy.verdict.verdict]).toEqual(['passed', 'ok', 'both-ok']);
    expect(healthy.browser.state === 'done' && healthy.browser.actorTypes).toEqual(['Customer', 'Supplier', 'Contact', 'Project']);

    const rotated = byName('Økonomi (old password)');
    expect([rotated.crm.state, rotated.browser.state === 'done' && rotated.browser.outcome, rotated.verdict.verdict]).toEqual(['failed', 'connector-error', 'both-failed']);
    expect(rotated.browser.state === 'done' && rotated.browser.said).toEqual({ code: 'INVALID_CREDENTIALS', text: { en: 'The user name or password is wrong.', no: 'Brukernavnet eller passordet er feil.' } });

    const down = byName('Økonomi (old server)');
    expect([down.crm.state, down.browser.state === 'done' && down.browser.outcome, down.verdict.verdict]).toEqual(['failed', 'unreachable', 'both-failed']);

    const laptop = byName('Økonomi (laptop)');
    expect([laptop.crm.state, laptop.browser.state === 'done' && laptop.browser.outcome, laptop.verdict.verdict]).toEqual(['failed', 'ok', 'crm-cannot-reach']);
    expect(laptop.verdict.message.en).toMatch(/localhost is private/);

    const connectorOk = (name: string) => r.connectors.get(inv.connectors.find((c) => c.name === name)!.id)!.reachable;
    expect([connectorOk('Finance (server)'), connectorOk('Finance (old server)'), connectorOk('Finance (laptop)'), connectorOk('Unused connector')]).toEqual([true, false, false, true]);

    const report = buildReport({ tenant: 'Cust55555', startedAt: '2026-11-30T13:00:00.000Z', elapsedMs: 1234, cancelled: false, inventory: inv, connectors: r.connectors, connections: r.connections, lang: 'en' });
    expect(report.summary.en).toBe('1 of 4 connections healthy; 2 connectors unreachable from the CRM; 1 reachable from this browser but not from the CRM');
    const md = reportMarkdown(report);
    const js = reportJson(report);
    expect(md).toContain('| Økonomi (laptop) | Finance (laptop) | no | Everyone | failed');
    expect(md).toContain('The connector said: The user name or password is wrong. (INVALID_CREDENTIALS)');
    // No password, old or new, and no other configuration value reaches the report.
    for (const secret of ['demo123', 'summer2025', '[I:100]']) {
      expect(md).not.toContain(secret);
      expect(js).not.toContain(secret);
    }
  });

  it('Cancel stops new tests from starting', async () => {
    const crm = await client();
    const inv = await inventory(crm);
    const ctrl = new AbortController();
    const seen: number[] = [];
    const done = await checkAll(inv, { crm: existingCrmFrom(crm), browser }, { signal: ctrl.signal, concurrency: 1, onConnector: () => ctrl.abort(), onConnection: (x) => seen.push(x.id) });
    expect(done.cancelled).toBe(true);
    expect(seen).toEqual([]);
  });
});

describe('the calls an edit needs', () => {
  it('reads config values, refuses a config change while Active, toggles, saves, deletes', async () => {
    const crm = await client();
    const values = await crm.getConnectionConfigFields(1);
    expect(values.ok && values.value.username).toBe('demo');
    const current = await crm.getConnection(1);
    if (!current.ok) throw new Error('no connection 1');
    const changed = { ...current.value, ConfigFields: { ...current.value.ConfigFields, pageSize: '[I:200]' } };
    const refused = await crm.saveConnection(changed);
    expect(!refused.ok && refused.error.kind).toBe('crm-message');
    expect(!refused.ok && refused.error.crm?.detail).toMatch(/Deactivate the connection/);

    expect(await crm.toggleConnectionActive(1)).toEqual({ ok: true, value: [] });
    const saved = await crm.saveConnection({ ...changed, Active: false });
    expect(saved.ok && saved.value.ConfigFields.pageSize).toBe('[I:200]');
    expect(await crm.toggleConnectionActive(1)).toEqual({ ok: true, value: [] });
    expect((await crm.getConnection(1)).ok && s.state().tenants.Cust55555?.connections[0]?.Active).toBe(true);

    // The CRM refuses to activate a connection whose test fails, and says why in words.
    const no = await crm.toggleConnectionActive(2);
    expect(no.ok && no.value[0]).toMatch(/cannot be activated/);

    expect(await crm.deleteConnection(3)).toEqual({ ok: true, value: null });
    const left = await json<Array<{ ErpConnectionId: number }>>((await openSession(s, 'Cust55555')).agent('GetAllConnections', {}));
    expect(left.map((c) => c.ErpConnectionId)).toEqual([1, 2, 4]);
  });
});
