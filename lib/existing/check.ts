// Check all: for every connector the CRM's TestConnectorUrl, for every connection the CRM's
// TestConnectionById and — for http(s) connectors — the browser's test of the saved connection.
// Bounded concurrency (the CRM's servers wait up to their SOAP timeout per call) and Cancel.
import { compareTests, type CrmError, type CrmTest } from '../crm';
import { browserCanTest, type BrowserCheck, type ConnectionResult, type ConnectionRow, type ConnectorResult, type ConnectorRow, type CrmCheck, type Inventory } from './model';
import { runBounded } from './pool';
import type { ExistingCrm } from './ports';

export type BrowserProbe = (url: string, guid: string, signal: AbortSignal) => Promise<BrowserCheck>;

export interface CheckDeps {
  crm: Pick<ExistingCrm, 'testConnectionById' | 'testConnectorUrl'>;
  /** Absent when the panel cannot reach the background: every browser test is then skipped. */
  browser?: BrowserProbe;
  now?: () => number;
}

export interface CheckOptions {
  signal: AbortSignal;
  /** Calls at a time (default 6): enough to finish near the slowest single test, few enough for the CRM. */
  concurrency?: number;
  onConnector?: (r: ConnectorResult) => void;
  onConnection?: (r: ConnectionResult) => void;
}

// Six: a browser opens at most six connections per host (HTTP/1.1), so more would only queue at the CRM.
export const DEFAULT_CONCURRENCY = 6;

const NO_BROWSER = { en: 'Not tested from this browser: the extension’s background did not answer.', no: 'Ikke testet fra denne nettleseren: utvidelsens bakgrunn svarte ikke.' };
const CRM_ONLY = { en: 'app:// and plugin:// addresses are resolved by the CRM’s servers: only the CRM can test them.', no: 'app://- og plugin://-adresser slås opp av CRM-ets servere: bare CRM-et kan teste dem.' };

const crmTestOf = (c: CrmCheck): CrmTest =>
  c.state === 'error' ? ({ kind: 'server', status: null, message: c.message, detail: null, endpoint: 'Agents/ErpSync/TestConnectionById' } satisfies CrmError) : c.state === 'passed';

export async function checkConnection(row: ConnectionRow, connector: ConnectorRow | undefined, deps: CheckDeps, signal: AbortSignal): Promise<ConnectionResult> {
  const now = deps.now ?? (() => performance.now());
  const url = connector?.url ?? '';
  const crmRun = (async (): Promise<CrmCheck> => {
    const t0 = now();
    const r = await deps.crm.testConnectionById(row.id);
    const ms = Math.round(now() - t0);
    return r.ok ? { state: r.value ? 'passed' : 'failed', ms } : { state: 'error', ms, message: r.error.message };
  })();
  const browserRun: Promise<BrowserCheck> =
    !connector || !browserCanTest(connector.kind) ? Promise.resolve({ state: 'skipped', reason: CRM_ONLY })
    : deps.browser ? deps.browser(url, row.guid, signal) : Promise.resolve({ state: 'skipped', reason: NO_BROWSER });
  const [crm, browser] = await Promise.all([crmRun, browserRun]);
  const verdict = compareTests(browser.state === 'done' ? browser.outcome : null, crmTestOf(crm), url);
  return { id: row.id, crm, browser, verdict, at: new Date().toISOString() };
}

export async function checkConnector(row: ConnectorRow, deps: CheckDeps): Promise<ConnectorResult> {
  const now = deps.now ?? (() => performance.now());
  const t0 = now();
  const r = await deps.crm.testConnectorUrl(row.url);
  const ms = Math.round(now() - t0);
  return r.ok ? { id: row.id, reachable: r.value === 'NoError', ms, message: null } : { id: row.id, reachable: null, ms, message: r.error.message };
}

/** Everything in one queue: connectors first (they explain connection failures), then connections. */
export async function checkAll(inv: Inventory, deps: CheckDeps, opts: CheckOptions): Promise<{ cancelled: boolean }> {
  type Job = { kind: 'connector'; row: ConnectorRow } | { kind: 'connection'; row: ConnectionRow };
  const jobs: Job[] = [...inv.connectors.map((row) => ({ kind: 'connector' as const, row })), ...inv.connections.map((row) => ({ kind: 'connection' as const, row }))];
  await runBounded(jobs, opts.concurrency ?? DEFAULT_CONCURRENCY, opts.signal, async (job) => {
    if (job.kind === 'connector') {
      const r = await checkConnector(job.row, deps);
      if (!opts.signal.aborted) opts.onConnector?.(r);
    } else {
      const r = await checkConnection(job.row, inv.connectors.find((c) => c.id === job.row.connectorId), deps, opts.signal);
      if (!opts.signal.aborted) opts.onConnection?.(r);
    }
  });
  return { cancelled: opts.signal.aborted };
}
