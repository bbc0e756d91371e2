// Just the page-cost figures of npm run bench (scripts/bench/page-cost.ts: the launcher on an admin
// screen that is not the Sync tab, alone and in a frame), for quick before/after comparisons:
// `npx tsx scripts/bench-page.ts` (BENCH_RUNS, default 10; BENCH_BUILD=0 skips the build;
// BENCH_DIR another built chrome-mv3 folder).
import { spawnSync } from 'node:child_process';
import { BUILD_DIR, launchWithExtension } from '../tests/e2e/browser';
import { startStandinProcess } from '../tests/e2e/standin-process';
import { pageCostFigures } from './bench/page-cost';
import { launchPlain } from './bench/plain-browser';
import { table } from './bench/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const DIR = process.env.BENCH_DIR ?? BUILD_DIR;

async function main() {
  if (process.env.BENCH_BUILD !== '0' && spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' }).status !== 0) throw new Error('the extension did not build');
  const standin = await startStandinProcess();
  try {
    const ext = await launchWithExtension(standin.crmPort, DIR);
    const plain = await launchPlain(standin.crmPort);
    try {
      console.log(table(await pageCostFigures(ext.context, ext.extensionId, plain.context, RUNS)));
    } finally {
      await ext.close();
      await plain.close();
    }
  } finally {
    await standin.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
