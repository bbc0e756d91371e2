// Just the page-cost figures of npm run bench (scripts/bench/page-cost.ts: the launcher on an admin
// screen that is not the Sync tab, alone and in a frame), for quick before/after comparisons:
// `npx tsx scripts/bench-page.ts` (BENCH_RUNS, default 10; BENCH_BUILD=0 skips the build;
// BENCH_DIR another built chrome-mv3 folder).
import { benchJust } from './bench/just';
import { pageCostFigures } from './bench/page-cost';
import { launchPlain } from './bench/plain-browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

benchJust(async ({ ext, crmPort, onClose }) => {
  const plain = await launchPlain(crmPort);
  onClose(plain.close);
  return pageCostFigures(ext.context, ext.extensionId, plain.context, RUNS);
});
