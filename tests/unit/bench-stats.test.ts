// The bench's own arithmetic and inputs: a wrong median or a malformed answer would make every
// figure it prints meaningless.
import { describe, expect, it } from 'vitest';
import { configDataAnswer } from '../../scripts/bench/fields-xml';
import { atMost, median, p95, quantile, sampled, table } from '../../scripts/bench/stats';
import { getConfigData } from '../../lib/protocol';

describe('bench statistics', () => {
  it('takes medians and p95 by nearest rank, never between two samples', () => {
    const xs = Array.from({ length: 20 }, (_, i) => 20 - i); // 20..1, unsorted on purpose
    expect(median(xs)).toBe(10);
    expect(p95(xs)).toBe(19);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('judges a target on the median or the p95, and prints it', () => {
    const f = sampled('Autosave', 'ms', [1, 2, 3, 4, 30]);
    expect(atMost(f, 5).pass).toBe(true);
    expect(atMost(f, 5, 'p95').pass).toBe(false);
    const printed = table([atMost(f, 5, 'p95')]);
    expect(printed).toContain('Autosave');
    expect(printed).toContain('p95 ≤ 5 ms');
    expect(printed).toContain('FAIL');
  });
});

describe('the bench answer', () => {
  const read = (xml: string) => getConfigData('http://127.0.0.1:9/x', { fetch: async () => new Response(xml, { headers: { 'content-type': 'text/xml; charset=utf-8' } }) });

  it('is a WSGetConfigData answer the client reads whole, with every field', async () => {
    const r = await read(configDataAnswer(500));
    expect(r.kind).toBe('ok');
    expect(r.kind === 'ok' && r.value.fields).toHaveLength(500);
    expect(r.kind === 'ok' && r.value.warnings).toEqual([]);
  });

  it('reaches the size asked for (1 MB) without passing it by more than a field', () => {
    const xml = configDataAnswer(500, 1024 * 1024);
    expect(xml.length).toBeGreaterThan(1024 * 1024 - 2000);
    expect(xml.length).toBeLessThanOrEqual(1024 * 1024);
  });
});
