// One group of npm run bench's figures on its own, for quick before/after comparisons
// (scripts/bench-open.ts, bench-page.ts): build unless BENCH_BUILD=0, start the stand-in, launch
// Chromium with the extension (BENCH_DIR: another built chrome-mv3 folder), print the table.
import { spawnSync } from 'node:child_process';
import type { BrowserContext } from 'playwright-core';
import { BUILD_DIR, launchWithExtension } from '../../tests/e2e/browser';
import { startStandinProcess } from '../../tests/e2e/standin-process';
import { table, type Figure } from './stats';

export interface JustRun {
  ext: { context: BrowserContext; extensionId: string };
  crmPort: number;
  /** Closed after the figures are taken. */
  onClose(close: () => Promise<void>): void;
}

export function benchJust(figures: (r: JustRun) => Promise<Figure[]>): void {
  const main = async () => {
    if (process.env.BENCH_BUILD !== '0' && spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' }).status !== 0) throw new Error('the extension did not build');
    const standin = await startStandinProcess();
    const closers: Array<() => Promise<void>> = [];
    try {
      const ext = await launchWithExtension(standin.crmPort, process.env.BENCH_DIR ?? BUILD_DIR);
      closers.push(ext.close);
      console.log(table(await figures({ ext, crmPort: standin.crmPort, onClose: (c) => void closers.push(c) })));
    } finally {
      for (const c of closers) await c();
      await standin.stop();
    }
  };
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
