// Just the launcher → wizard figures of npm run bench (scripts/bench/open-wizard.ts), for quick
// before/after comparisons: `npx tsx scripts/bench-open.ts` (BENCH_RUNS, default 20; BENCH_BUILD=0 skips the build).
import { spawnSync } from 'node:child_process';
import { BUILD_DIR, launchWithExtension } from '../tests/e2e/browser';
import { startStandinProcess } from '../tests/e2e/standin-process';
import { openWizardFigures } from './bench/open-wizard';
import { table } from './bench/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const DIR = process.env.BENCH_DIR ?? BUILD_DIR;

async function main() {
  if (process.env.BENCH_BUILD !== '0' && spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' }).status !== 0) throw new Error('the extension did not build');
  const standin = await startStandinProcess();
  try {
    const ext = await launchWithExtension(standin.crmPort, DIR);
    try {
      console.log(table(await openWizardFigures(ext.context, RUNS)));
    } finally {
      await ext.close();
    }
  } finally {
    await standin.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
