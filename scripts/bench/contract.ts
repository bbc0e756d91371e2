// Issue 12's figures: a connector test that first reads the contract from the connector's WSDL,
// against one with the contract already known (cached), on the stand-in's strict WCF profile;
// and the same cached test through the extension against a direct call with the known contract.
import type { BrowserContext } from 'playwright-core';
import { adminUrl } from '../../tests/e2e/browser';
import { openFrameWorld } from './frame-world';
import {
  discoverContract, fieldsWithContract, prepareConnectionInfo, testConfigData, testWithContract, toProtocol,
  type ConnectorContract, type ContractStore,
} from '../../lib/protocol';
import { atMost, median, sampled, type Figure } from './stats';

const TYPED = { companyDb: 'DEMO', username: 'demo', password: 'demo123', pageSize: '100' };

function memoryStore(): ContractStore {
  const m = new Map<string, ConnectorContract>();
  return { get: (k) => m.get(k), set: (k, c) => void m.set(k, c), drop: (k) => void m.delete(k) };
}

const timed = async <T>(f: () => Promise<T>): Promise<{ ms: number; r: T }> => {
  const t0 = performance.now();
  const r = await f();
  return { ms: performance.now() - t0, r };
};

export async function contractFigures(context: BrowserContext, extensionId: string, strictUrl: string, runs: number): Promise<Figure[]> {
  const known = memoryStore();
  const found = await fieldsWithContract(strictUrl, { store: known });
  if (found.fields.kind !== 'ok' || found.contract.namespaceSource !== 'wsdl') throw new Error(`the strict connector's contract was not read from its WSDL: ${found.fields.kind}`);
  const info = prepareConnectionInfo(found.fields.value.fields, TYPED).connectionInfo;
  const protocol = toProtocol(found.contract);

  const first: number[] = [];
  const cached: number[] = [];
  const discovery: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const a = await timed(() => testWithContract(strictUrl, info, { store: memoryStore() }));
    const b = await timed(() => testWithContract(strictUrl, info, { store: known }));
    const d = await timed(() => discoverContract(strictUrl));
    if (a.r.outcome.kind !== 'ok' || b.r.outcome.kind !== 'ok' || d.r.kind !== 'found') throw new Error(`strict connector test not ok: ${a.r.outcome.kind}, ${b.r.outcome.kind}, ${d.r.kind}`);
    if (i > 0) {
      first.push(a.ms);
      cached.push(b.ms);
      discovery.push(d.ms);
    }
  }

  const page = await context.newPage();
  const world = await openFrameWorld(page, extensionId, adminUrl('Cust12345', '#quote-sync/sync'));
  const throughExtension = (i: number) =>
    world.evalInFrame<{ ms: number; kind: string }>(`(async () => {
      const t0 = performance.now();
      const r = await chrome.runtime.sendMessage(${JSON.stringify({ type: 'panel/connector-test', requestId: `bench-strict-${i}`, url: strictUrl, connectionInfo: info })});
      return { ms: performance.now() - t0, kind: r && r.ok ? r.value.kind : JSON.stringify(r) };
    })()`);
  const ext: number[] = [];
  const node: number[] = [];
  // Run 0 discovers (the background's cache is empty) and is dropped; the rest use the cached contract.
  for (let i = 0; i <= runs; i++) {
    const a = await throughExtension(i);
    const b = await timed(() => testConfigData(strictUrl, info, { protocol }));
    if (a.kind !== 'ok' || b.r.kind !== 'ok') throw new Error(`strict connector test not ok: extension ${a.kind}, direct ${b.r.kind}`);
    if (i > 0) {
      ext.push(a.ms);
      node.push(b.ms);
    }
  }
  await page.close();
  return [
    sampled('Contract discovery alone (?singleWsdl read and parsed, strict WCF profile, from Node)', 'ms', discovery),
    sampled('Strict connector test, first call: contract read from the WSDL, then the test (from Node)', 'ms', first),
    sampled('Strict connector test, contract cached (from Node)', 'ms', cached),
    sampled('Strict connector test through the extension, contract cached', 'ms', ext),
    sampled('Strict connector test called directly from Node, contract known', 'ms', node),
    atMost({ name: 'Strict connector test, cached contract: extension − direct (medians)', unit: 'ms', median: median(ext) - median(node) }, 5),
  ];
}
