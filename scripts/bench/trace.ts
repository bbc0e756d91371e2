// A DevTools trace of one page load, reduced to main-thread time: all of it, and the part spent
// in the extension's own scripts (compile, evaluate, callbacks such as its MutationObserver).
// Thread time, not wall time: the CPU the page's main thread spent.
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: what the page's main thread really spent, less disturbed by a busy machine. */
  tts?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string }; fileName?: string };
}

export async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'toplevel'], recordMode: 'recordAsMuchAsPossible' },
  } as never);
  await run();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  return events;
}

/** Total length of possibly nested or overlapping intervals, in ms. */
function union(intervals: [number, number][]): number {
  const sorted = intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total / 1000;
}

export function mainThreadTime(events: TraceEvent[], urlPrefix?: string): number {
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const picked = events.filter((e) => {
    if (e.ph !== 'X' || e.tdur === undefined || e.tts === undefined || !main.has(`${e.pid}:${e.tid}`)) return false;
    if (!urlPrefix) return e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';
    return (e.args?.data?.url ?? e.args?.fileName ?? '').startsWith(urlPrefix);
  });
  return union(picked.map((e) => [e.tts as number, (e.tts as number) + (e.tdur as number)]));
}
