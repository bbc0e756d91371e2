// The connector test's round trip through the extension (the wizard frame → background →
// connector → back), against the same call made directly from Node, interleaved in one run.
import type { BrowserContext } from 'playwright-core';
import { adminUrl } from '../../tests/e2e/browser';
import { openFrameWorld } from './frame-world';
import { getConfigData, prepareConnectionInfo, testConfigData } from '../../lib/protocol';
import { contractFigures } from './contract';
import { atMost, median, sampled, type Figure } from './stats';

const TYPED = { companyDb: 'DEMO', username: 'demo', password: 'demo123', pageSize: '100' };

export async function connectorFigures(context: BrowserContext, extensionId: string, connectorUrl: string, runs: number): Promise<Figure[]> {
  const fields = await getConfigData(connectorUrl);
  if (fields.kind !== 'ok') throw new Error(`the stand-in connector did not answer: ${fields.kind}`);
  const info = prepareConnectionInfo(fields.value.fields, TYPED).connectionInfo;
  const page = await context.newPage();
  const world = await openFrameWorld(page, extensionId, adminUrl('Cust12345', '#quote-sync/sync'));
  const throughExtension = (i: number) =>
    world.evalInFrame<{ ms: number; kind: string }>(`(async () => {
      const t0 = performance.now();
      const r = await chrome.runtime.sendMessage(${JSON.stringify({ type: 'panel/connector-test', requestId: `bench-${i}`, url: connectorUrl, connectionInfo: info })});
      return { ms: performance.now() - t0, kind: r && r.ok ? r.value.kind : JSON.stringify(r) };
    })()`);
  const direct = async () => {
    const t0 = performance.now();
    const r = await testConfigData(connectorUrl, info);
    return { ms: performance.now() - t0, kind: r.kind };
  };
  const ext: number[] = [];
  const node: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const a = await throughExtension(i);
    const b = await direct();
    if (a.kind !== 'ok' || b.kind !== 'ok') throw new Error(`connector test not ok: extension ${a.kind}, direct ${b.kind}`);
    if (i > 0) {
      ext.push(a.ms);
      node.push(b.ms);
    }
  }
  await page.close();
  const extra = median(ext) - median(node);
  // The stand-in serves its strict WCF profile beside finance (issue 12: discovery, then cached).
  const strict = await contractFigures(context, extensionId, connectorUrl.replace('/finance/', '/strict/'), runs);
  return [
    sampled('Connector test through the extension (panel → background → connector → panel)', 'ms', ext),
    sampled('Connector test called directly from Node (same connector)', 'ms', node),
    atMost({ name: 'Connector test: extension − direct (medians)', unit: 'ms', median: extra }, 5),
    { name: 'Connector test: extension ÷ direct (medians)', unit: 'ratio', median: median(ext) / median(node) },
    ...strict,
  ];
}
