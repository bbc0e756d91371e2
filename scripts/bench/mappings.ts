// The Mappings step in Chromium with a 200-field ERP actor: rendered (layout included), and what
// one direction change re-renders. Bundled like the wizard (production Preact), as forms.ts does.
import type { BrowserContext } from 'playwright-core';
import { bundleHarness } from './bundle-harness';
import { atMost, sampled, type Figure } from './stats';


type Bench = { render(n: number): Promise<{ ms: number; rows: number; painted: number; whole: number; longest: number }>; change(n: number): Promise<{ renders: number; ms: number }> };

export async function mappingFigures(context: BrowserContext, runs: number, n = 200): Promise<Figure[]> {
  const page = await context.newPage();
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ content: await bundleHarness('mappings.tsx') });
  const bench = (key: keyof Bench) => page.evaluate(([k, count]) => (globalThis as unknown as { bench: Record<string, (c: number) => Promise<unknown>> }).bench[k]?.(count), [key, n] as const);
  const call = <K extends keyof Bench>(k: K) => bench(k) as ReturnType<Bench[K]>;
  const ms: number[] = [];
  const painted: number[] = [];
  const whole: number[] = [];
  const frames: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const r = await call('render');
    if (r.rows !== n) throw new Error(`rendered ${r.rows} of ${n} rows`);
    if (i > 0) {
      ms.push(r.ms);
      painted.push(r.painted);
      whole.push(r.whole);
      frames.push(r.longest);
    }
  }
  const changes: { renders: number; ms: number }[] = [];
  for (let i = 0; i <= runs; i++) {
    const r = await call('change');
    if (i > 0) changes.push(r);
  }
  const rendered = changes.map((c) => c.renders);
  await page.close();
  return [
    atMost(sampled(`Mappings step, ${n} ERP fields: rendered (layout included)`, 'ms', ms), 50),
    sampled(`Mappings, ${n} fields: render start → first frame painted`, 'ms', painted),
    sampled(`Mappings, ${n} fields: render start → every field's list whole (filled when idle)`, 'ms', whole),
    sampled(`Mappings, ${n} fields: longest later frame while the lists fill`, 'ms', frames),
    { ...atMost(sampled(`Mappings, ${n} fields: components re-rendered per direction change`, 'count', rendered), 1, 'median', '= 1 (the row changed)'), pass: Math.max(...rendered) === 1 },
    sampled(`Mappings, ${n} fields: direction change → last commit`, 'ms', changes.map((c) => c.ms)),
  ];
}
