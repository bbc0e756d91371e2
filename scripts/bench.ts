// npm run bench: figures, not pass/fail (this machine is shared and noisy). What the extension
// costs a CRM page that never opens it, and how fast the wizard comes up when it is opened.
import { spawnSync } from 'node:child_process';
import { adminUrl, BUILD_DIR, launchWithExtension } from '../tests/e2e/browser';
import { findChromium, INSTALL_HINT } from '../tests/e2e/chromium';
import { startStandinProcess } from '../tests/e2e/standin-process';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (xs: number[], unit: string) => `median ${median(xs).toFixed(1)} ${unit}, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)} (n=${xs.length})`;

async function main() {
  if (!findChromium()) throw new Error(INSTALL_HINT);
  if (spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' }).status !== 0) throw new Error('build failed');
  spawnSync('node', ['scripts/size.mjs'], { stdio: 'inherit' });
  const standin = await startStandinProcess();
  const browser = await launchWithExtension(standin.crmPort, BUILD_DIR);
  const toLauncher: number[] = [];
  const toPanel: number[] = [];
  const ping: number[] = [];
  const heapIdle: number[] = [];
  const heapOpen: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      const heap = async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1024 / 1024;
      const t0 = Date.now();
      await page.goto(adminUrl('Cust12345', '#quote-sync/sync'));
      await page.locator('so-erp-sync-launcher button').waitFor();
      toLauncher.push(Date.now() - t0);
      await cdp.send('HeapProfiler.collectGarbage');
      heapIdle.push(await heap());
      const t1 = Date.now();
      await page.locator('so-erp-sync-launcher button').click();
      await page.locator('so-erp-sync-wizard [role="dialog"]').waitFor();
      toPanel.push(Date.now() - t1);
      const status = page.locator('so-erp-sync-wizard .bg-status[data-state="ok"]');
      await status.waitFor();
      ping.push(Number(/answered in (\d+) ms/.exec((await status.textContent()) ?? '')?.[1]));
      await cdp.send('HeapProfiler.collectGarbage');
      heapOpen.push(await heap());
      await page.close();
    }
  } finally {
    await browser.close();
    await standin.stop();
  }
  console.log(`Page load → launcher shown:        ${fmt(toLauncher, 'ms')}`);
  console.log(`Launcher click → panel attached:    ${fmt(toPanel, 'ms')}`);
  console.log(`Panel → background ping round trip: ${fmt(ping, 'ms')}`);
  console.log(`Page JS heap, wizard not opened:    ${fmt(heapIdle, 'MB')}`);
  console.log(`Page JS heap, wizard open:          ${fmt(heapOpen, 'MB')}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
