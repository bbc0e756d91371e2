// What the launcher costs a SuperOffice admin page that is not the Sync tab: main-thread time and
// JS heap, with the extension against the same page in a browser without it, in the same run.
import type { BrowserContext } from 'playwright-core';
import { adminUrl } from '../../tests/e2e/browser';
import { atMost, median, sampled, type Figure } from './stats';
import { mainThreadTime, traced } from './trace';

/** The stand-in's Users screen: an admin page the launcher loads on, with its lists refreshing. */
const OTHER_SCREEN = adminUrl('Cust12345', '#users');
/** The same screen inside a same-origin frame of the admin page (standin/crm/variants.ts): the launcher runs in both. */
const FRAMED_SCREEN = adminUrl('Cust12345', '#users').replace('default.aspx', 'default.aspx?variant=frames');
const SETTLE_MS = 2500;

interface Sample {
  main: number;
  extension: number;
  heapMB: number;
}

async function loadOnce(context: BrowserContext, extensionId: string | null, url = OTHER_SCREEN): Promise<Sample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = await traced(cdp, async () => {
    await page.goto(url);
    // Long enough for the page's own 2 s refresh to run under the launcher's screen watcher.
    await page.waitForTimeout(SETTLE_MS);
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await page.close();
  return {
    main: mainThreadTime(events),
    extension: extensionId ? mainThreadTime(events, `chrome-extension://${extensionId}/`) : 0,
    heapMB: usedSize / 1024 / 1024,
  };
}

export async function pageCostFigures(withExt: BrowserContext, extensionId: string, without: BrowserContext, runs: number): Promise<Figure[]> {
  const on: Sample[] = [];
  const off: Sample[] = [];
  await loadOnce(withExt, extensionId); // warm both: the first load compiles and caches
  await loadOnce(without, null);
  for (let i = 0; i < runs; i++) {
    on.push(await loadOnce(withExt, extensionId));
    off.push(await loadOnce(without, null));
  }
  // All frames' main-thread work is in the trace (same-origin frames share the page's renderer).
  const framed: Sample[] = [];
  for (let i = 0; i < runs; i++) framed.push(await loadOnce(withExt, extensionId, FRAMED_SCREEN));
  const added = (k: 'main' | 'heapMB') => median(on.map((s) => s[k])) - median(off.map((s) => s[k]));
  return [
    atMost(sampled("Other admin screen: main-thread time in the extension's scripts", 'ms', on.map((s) => s.extension)), 2),
    atMost(sampled("Other admin screen in a frame: main-thread time in the extension's scripts, page and frame", 'ms', framed.map((s) => s.extension)), 2),
    { name: 'Other admin screen: page main-thread time, with extension', unit: 'ms', ...pick(on.map((s) => s.main)) },
    { name: 'Other admin screen: page main-thread time, without', unit: 'ms', ...pick(off.map((s) => s.main)) },
    { name: 'Other admin screen: main-thread time added (medians, with − without)', unit: 'ms', median: added('main'), note: 'noisy: two browsers' },
    { name: 'Other admin screen: JS heap, with extension', unit: 'MB', ...pick(on.map((s) => s.heapMB)) },
    { name: 'Other admin screen: JS heap, without', unit: 'MB', ...pick(off.map((s) => s.heapMB)) },
    atMost({ name: 'Other admin screen: JS heap added (medians, with − without)', unit: 'MB', median: added('heapMB') }, 1),
  ];
}

function pick(xs: number[]) {
  const f = sampled('', 'ms', xs);
  return { median: f.median, p95: f.p95, n: f.n };
}
