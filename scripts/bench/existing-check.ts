// Issue 17: Check all on a tenant of 20 connections — 12 healthy, 4 on a slow connector (~3 s a
// call), 4 on a connector that is down — measured from Node against an in-process stand-in: the
// CRM's tests over its REST API (Basic auth) and the browser's tests with the protocol library, as
// the background makes them. Target: the whole check within the slowest single test plus 1 s.
import { createCrmClient, type CrmClient } from '../../lib/crm';
import { checkAll, checkConnection } from '../../lib/existing/check';
import { existingCrmFrom } from '../../lib/existing/crm-adapter';
import { loadInventory } from '../../lib/existing/inventory';
import { probeSavedConnection } from '../../lib/existing/probe';
import { DEMO_PASSWORD, DEMO_USER, startStandin } from '../../standin/index';
import { DOWN_CONNECTOR_URL } from '../../standin/crm/health-tenant';
import type { Figure } from './stats';

const FINANCE = { companyDb: 'DEMO', username: 'demo', password: 'demo123', department: '200', useVat: '[I:1]', pageSize: '[I:100]' };
const FILES = { fileMask: '*.csv', batchSize: '[I:500]', currencyRate: '[F:11.25]', syncFrom: '[DT:02/01/2024 00:00:00.0000000]', deleteAfterImport: '[I:0]' };

async function add(client: CrmClient, name: string, url: string, n: number, fields: Record<string, string>): Promise<number> {
  const c = await client.saveConnector({ ErpConnectorId: 0, DisplayName: name, URL: url, Deleted: false });
  if (!c.ok) throw new Error(`connector ${name}: ${c.error.message.en}`);
  for (let i = 1; i <= n; i++) {
    const saved = await client.saveConnection({
      ErpConnectionId: 0, ErpConnectorId: c.value.ErpConnectorId, DisplayName: `${name} ${i}`, DisplayDescription: '', Active: false, ConnectionId: '',
      MostRecentTimestamp: '', ConfigFields: fields, Deleted: false, AllAccess: true, UserGroupAccessIds: [], AssociateAccessIds: [],
    });
    if (!saved.ok) throw new Error(`connection ${name} ${i}: ${saved.error.message.en}`);
  }
  return c.value.ErpConnectorId;
}

export async function existingCheckFigures(): Promise<Figure[]> {
  const s = await startStandin({ crmPort: 0, connectorPort: 0 });
  try {
    const auth = `Basic ${Buffer.from(`${DEMO_USER}:${DEMO_PASSWORD}`).toString('base64')}`;
    const client = createCrmClient({ apiBase: `${s.crmOrigin}/Cust12345/api/v1/`, xsrfToken: null, timeoutMs: 30_000, fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Authorization: auth } }) });
    await add(client, 'Healthy', s.connectorUrl('finance'), 12, FINANCE);
    await add(client, 'Slow', s.connectorUrl('files'), 4, FILES);
    // Saved while it answered; then it goes down (its URL now points where nothing listens).
    const downId = await add(client, 'Down', s.connectorUrl('finance'), 4, FINANCE);
    const moved = await client.saveConnector({ ErpConnectorId: downId, DisplayName: 'Down', URL: DOWN_CONNECTOR_URL, Deleted: false });
    if (!moved.ok) throw new Error('could not move the down connector');
    s.setConnectorMode('files', 'slow');
    const crm = existingCrmFrom(client);
    const inv = await loadInventory(crm);
    if (!inv.ok) throw new Error(inv.error.message.en);
    const deps = { crm, browser: (url: string, guid: string, signal: AbortSignal) => probeSavedConnection(url, guid, { signal, timeoutMs: 10_000 }) };
    // The slowest single test: one connection on the slow connector, alone.
    const slowRow = inv.value.connections.find((c) => c.name.startsWith('Slow'))!;
    let t0 = performance.now();
    await checkConnection(slowRow, inv.value.connectors.find((c) => c.id === slowRow.connectorId), deps, new AbortController().signal);
    const slowest = performance.now() - t0;
    t0 = performance.now();
    let healthy = 0;
    await checkAll(inv.value, deps, { signal: new AbortController().signal, onConnection: (r) => void (r.verdict.tone === 'ok' && healthy++) });
    const whole = performance.now() - t0;
    if (healthy !== 16) throw new Error(`expected 16 healthy connections (12 fast, 4 slow), got ${healthy}`);
    return [
      { name: 'Check all: the slowest single connection test (slow connector, CRM + browser)', unit: 'ms', median: slowest, n: 1 },
      { name: `Check all: 20 connections (12 healthy, 4 slow, 4 down) + 3 connectors`, unit: 'ms', median: whole, n: 1, target: `≤ slowest + 1000 ms (${Math.round(slowest + 1000)})`, pass: whole <= slowest + 1000 },
    ];
  } finally {
    await s.close();
  }
}

// `npx tsx scripts/bench/existing-check.ts`: this figure alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  existingCheckFigures().then((f) => console.log(JSON.stringify(f, null, 2)), (e: unknown) => (console.error(e), process.exit(1)));
}
