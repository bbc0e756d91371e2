// Hostile connector answers (issue 15): what reading them costs, in Node with the same protocol
// code the background worker runs. Linear parsing keeps each far below the call's timeout; the
// 500-list fan-out is one field load (the CLI's), bounded by its one timeout and byte budget.
import { check } from '../../cli/check';
import { decodeValue } from '../../lib/protocol/codec';
import { readSoapResponse } from '../../lib/protocol/response';
import { FANOUT_LISTS, namespaceFlood, REGEX_BOMB_RUN } from '../../standin/connector/hostile';
import { atMost, sampled, type Figure } from './stats';

function times(runs: number, fn: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

export async function hostileFigures(connectorUrl: string, runs: number): Promise<Figure[]> {
  const flood = namespaceFlood('WSGetConfigData');
  const run = ' \t'.repeat(REGEX_BOMB_RUN / 2);
  const figures: Figure[] = [
    atMost(sampled(`namespace flood read (${(flood.length / 1024).toFixed(0)} kB, 5,000 declarations on one element)`, 'ms', times(runs, () => void readSoapResponse(flood, 'WSGetConfigData'))), 20),
    atMost(sampled(`[F: and [DT: defaults with ${REGEX_BOMB_RUN} whitespace characters decoded`, 'ms', times(runs, () => void (decodeValue('Double', `[F:${run}x`), decodeValue('Datetime', `[DT:${run}1]]`)))), 5),
  ];
  const origin = new URL(connectorUrl).origin;
  await fetch(`${origin}/__control/mode`, { method: 'POST', body: JSON.stringify({ profile: 'finance', mode: 'list-fanout-500' }) });
  try {
    const timeoutMs = 5000;
    const wall: number[] = [];
    let peak = 0;
    for (let i = 0; i < Math.max(2, Math.round(runs / 5)); i++) {
      const base = process.memoryUsage().heapUsed;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed - base)), 20);
      const t = performance.now();
      await check({ url: connectorUrl, fields: {}, lang: 'en', json: true, timeoutMs, namespace: undefined, memberNamespace: undefined, help: false });
      wall.push(performance.now() - t);
      clearInterval(sampler);
    }
    figures.push(atMost(sampled(`field load against ${FANOUT_LISTS} lists of 1.8 MB each (CLI, timeout ${timeoutMs / 1000} s)`, 'ms', wall), timeoutMs + 2000, 'p95'));
    figures.push(atMost({ name: 'heap growth during that field load (peak)', unit: 'MB', median: peak / 1024 / 1024 }, 400));
  } finally {
    await fetch(`${origin}/__control/mode`, { method: 'POST', body: JSON.stringify({ profile: 'finance', mode: 'ok' }) });
  }
  return figures;
}
