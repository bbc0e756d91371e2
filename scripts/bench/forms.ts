// Configuration forms and the connector's answer, in Chromium: the real panel rendered with 10,
// 100 and 500 fields, what one keystroke re-renders in the 500-field form, and reading a 1 MB
// WSGetConfigData answer. The panel is bundled as the wizard bundles it (production Preact).
import type { BrowserContext } from 'playwright-core';
import { bundleHarness } from './bundle-harness';
import { configDataAnswer } from './fields-xml';
import { atMost, sampled, type Figure } from './stats';


type Bench = {
  render(xml: string): Promise<{ ms: number; fields: number }>;
  keystroke(xml: string): Promise<{ renders: number; ms: number; fields: number }>;
  parse(xml: string): Promise<{ ms: number; fields: number }>;
};

export async function formFigures(context: BrowserContext, runs: number): Promise<Figure[]> {
  const page = await context.newPage();
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ content: await bundleHarness('forms.tsx') });
  const call = <K extends keyof Bench>(k: K, xml: string) =>
    page.evaluate(([key, x]) => (globalThis as unknown as { bench: Bench }).bench[key as K](x), [k, xml] as const) as ReturnType<Bench[K]>;
  const figures: Figure[] = [];
  for (const n of [10, 100, 500]) {
    const xml = configDataAnswer(n);
    const ms: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const r = await call('render', xml);
      if (r.fields !== n) throw new Error(`rendered ${r.fields} of ${n} fields`);
      if (i > 0) ms.push(r.ms); // the first run compiles the code
    }
    const f = sampled(`Form with ${n} fields: panel rendered (layout included)`, 'ms', ms);
    figures.push(n === 500 ? atMost(f, 50) : f);
  }
  const big = configDataAnswer(500);
  const keys: { renders: number; ms: number }[] = [];
  for (let i = 0; i <= runs; i++) {
    const r = await call('keystroke', big);
    if (i > 0) keys.push(r);
  }
  const rendered = keys.map((k) => k.renders);
  figures.push({ ...atMost(sampled('500-field form: components re-rendered per keystroke', 'count', rendered), 1, 'median', '= 1 (the field typed in)'), pass: Math.max(...rendered) === 1 });
  figures.push(sampled('500-field form: keystroke → last commit', 'ms', keys.map((k) => k.ms)));
  const mb = configDataAnswer(500, 1024 * 1024);
  const parse: number[] = [];
  let parsedFields = 0;
  for (let i = 0; i <= runs; i++) {
    const r = await call('parse', mb);
    parsedFields = r.fields;
    if (i > 0) parse.push(r.ms);
  }
  figures.push(atMost(sampled(`1 MB WSGetConfigData answer read and decoded (${(mb.length / 1024 / 1024).toFixed(2)} MB, ${parsedFields} fields)`, 'ms', parse), 50));
  await page.close();
  return figures;
}
