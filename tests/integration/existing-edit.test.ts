// @vitest-environment node
// Editing an existing connection against the real stand-in (tenant Cust55555): SuperOffice's rule
// for an Active connection (deactivate → test → save → reactivate), and a failure midway.
import { describe, expect, it } from 'vitest';
import { createCrmClient } from '../../lib/crm';
import { existingCrmFrom } from '../../lib/existing/crm-adapter';
import { saveEdit, type EditChanges } from '../../lib/existing/edit';
import type { ExistingCrm } from '../../lib/existing/ports';
import type { Standin } from '../../standin/index';
import { openSession, useStandin } from '../../standin/testing';

let s: Standin;
useStandin((started) => (s = started), { resetData: true });

async function crm(): Promise<{ port: ExistingCrm; calls: string[] }> {
  const session = await openSession(s, 'Cust55555');
  const calls: string[] = [];
  const f: typeof fetch = (input, init) => {
    calls.push(String(input).replace(/^.*\/Agents\/ErpSync\//, '').replace(/\?.*$/, ''));
    return fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Cookie: session.cookie } });
  };
  return { port: existingCrmFrom(createCrmClient({ apiBase: `${s.crmOrigin}/Cust55555/api/v1/`, xsrfToken: () => session.xsrf, fetch: f, timeoutMs: 30_000 })), calls };
}

const held = (id: number) => s.state().tenants.Cust55555!.connections.find((c) => c.ErpConnectionId === id)!;
const changes = (over: Partial<EditChanges> = {}): EditChanges => ({ name: 'Økonomi', description: '', allAccess: true, associateIds: [], groupIds: [], configFields: {}, ...over });

describe('edit an Active connection', () => {
  it('a field change walks deactivate → test → save → reactivate, and the stand-in holds the new value', async () => {
    const { port, calls } = await crm();
    const r = await saveEdit(port, 1, changes({ configFields: { pageSize: '[I:250]' } }), { secretKeys: ['password'] });
    expect(r).toMatchObject({ state: 'saved', deactivated: true, reactivated: true });
    expect(calls.filter((c) => /Toggle|Test|Save/.test(c))).toEqual(['ToggleErpConnectionActive', 'TestConnectionByConfig', 'SaveConnection', 'ToggleErpConnectionActive']);
    expect(held(1).ConfigFields.pageSize).toBe('[I:250]');
    // The password was not typed: it stays as the CRM held it.
    expect(held(1).ConfigFields.password).toBe('demo123');
    expect(held(1).Active).toBe(true);
  });

  it('a name change alone keeps it Active, without deactivating', async () => {
    const { port, calls } = await crm();
    const r = await saveEdit(port, 1, changes({ name: 'Økonomi (prod)', description: 'Main ERP' }));
    expect(r).toMatchObject({ state: 'saved', deactivated: false, reactivated: false });
    expect(calls).not.toContain('ToggleErpConnectionActive');
    expect([held(1).DisplayName, held(1).DisplayDescription, held(1).Active]).toEqual(['Økonomi (prod)', 'Main ERP', true]);
  });

  it('a test that fails after the deactivation: nothing saved, and the consultant is told it is now inactive', async () => {
    const { port } = await crm();
    const r = await saveEdit(port, 1, changes({ configFields: { password: 'wrong' } }));
    expect(r).toMatchObject({ state: 'failed', at: 'test', leftInactive: true });
    expect(r.state === 'failed' && r.message.en).toMatch(/test of the new values failed.*now inactive.*Activate/);
    expect(r.state === 'failed' && r.message.no).toMatch(/nå inaktiv/);
    expect([held(1).Active, held(1).ConfigFields.password]).toEqual([false, 'demo123']);
  });

  it('a refused deactivation changes nothing and says so', async () => {
    const { port } = await crm();
    const refusing: ExistingCrm = { ...port, toggleConnectionActive: async () => ({ ok: true, value: ['Sync in progress'] }) };
    const r = await saveEdit(refusing, 1, changes({ configFields: { pageSize: '[I:300]' } }));
    expect(r).toMatchObject({ state: 'failed', at: 'deactivate', leftInactive: false });
    expect(r.state === 'failed' && r.message.en).toBe('The CRM would not deactivate the connection: Sync in progress Nothing was changed in the CRM.');
    expect([held(1).Active, held(1).ConfigFields.pageSize]).toEqual([true, '[I:100]']);
  });
});
