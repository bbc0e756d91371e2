// @vitest-environment node
// The data file: written atomically on change, loaded at the next start, reset on request.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startStandin } from '../../standin/index';
import { json, openSession } from '../../standin/testing';

const dir = mkdtempSync(join(tmpdir(), 'standin-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('persistence', () => {
  it('keeps connectors and connections across a restart, per tenant', async () => {
    const dataFile = join(dir, 'data.json');
    const first = await startStandin({ crmPort: 0, connectorPort: 0, dataFile });
    expect(existsSync(dataFile)).toBe(false);
    const b = await openSession(first, 'Cust67890');
    await json(b.agent('SaveErpSyncConnectorEntity', { DisplayName: 'Filer', URL: 'app://erp-sync-demo' }));
    await json(b.agent('SaveConnection', { Connection: { ErpConnectorId: 1, DisplayName: 'Økonomi', ConfigFields: { companyDb: 'DEMO', username: 'demo', password: 'demo123' } } }));
    await first.close();
    const onDisk = JSON.parse(readFileSync(dataFile, 'utf8'));
    expect(onDisk.tenants.Cust67890.connectors.map((c: { DisplayName: string }) => c.DisplayName)).toEqual(['Demo Finance (app)', 'Filer']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const second = await startStandin({ crmPort: 0, connectorPort: 0, dataFile });
    try {
      expect(second.state().tenants.Cust67890?.connections.map((c) => c.DisplayName)).toEqual(['Økonomi']);
      expect(second.state().tenants.Cust12345?.connectors).toEqual([]);
      const b2 = await openSession(second, 'Cust67890');
      expect((await json<unknown[]>(b2.agent('GetAllConnectors'))).length).toBe(2);
      // Ids continue after the loaded ones.
      const next = await json<{ ErpConnectorId: number }>(b2.agent('SaveErpSyncConnectorEntity', { DisplayName: 'Tredje', URL: 'http://x/ErpConnectorWS.svc' }));
      expect(next.ErpConnectorId).toBe(3);
      await fetch(`${second.crmOrigin}/__standin/control`, { method: 'POST', body: '{"reset":true}' });
      expect(JSON.parse(readFileSync(dataFile, 'utf8')).tenants.Cust67890.connectors).toHaveLength(1);
      const state = await json<{ tenants: Record<string, unknown> }>(fetch(`${second.crmOrigin}/__standin/state`));
      expect(Object.keys(state.tenants)).toEqual(['Cust12345', 'Cust67890', 'Cust55555']);
    } finally {
      await second.close();
    }
  });
});
