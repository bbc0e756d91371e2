// npm run bench: what the extension costs the CRM page and the consultant, in headless Chromium
// with the production build and the stand-in. Figures with medians and p95, each held against
// its target; one table printed, the same figures written to artifacts/bench.json. Not part of
// npm test: this machine is shared and noisy, so figures are read, not asserted.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILD_DIR, launchWithExtension, TEST_BUILD_DIR } from '../tests/e2e/browser';
import { findChromium, INSTALL_HINT } from '../tests/e2e/chromium';
import { startStandinProcess } from '../tests/e2e/standin-process';
import { connectorFigures } from './bench/connector';
import { draftFigures } from './bench/drafts';
import { formFigures } from './bench/forms';
import { hostileFigures } from './bench/hostile';
import { mappingFigures } from './bench/mappings';
import { openWizardFigures } from './bench/open-wizard';
import { pageCostFigures } from './bench/page-cost';
import { launchPlain } from './bench/plain-browser';
import { sizeFigures } from './bench/sizes';
import { table, type Figure } from './bench/stats';
import { userFigures } from './bench/users';
import { existingCheckFigures } from './bench/existing-check';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const OUT = resolve(import.meta.dirname, '../artifacts/bench.json');

function buildBoth() {
  for (const env of [{}, { ERP_SYNC_TEST_BUILD: '1' }]) {
    const r = spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, ...env } });
    if (r.status !== 0) throw new Error('the extension did not build (run npx wxt build to see why)');
  }
}

async function main() {
  if (!findChromium()) throw new Error(INSTALL_HINT);
  buildBoth();
  const figures: Figure[] = [...sizeFigures(BUILD_DIR)];
  const standin = await startStandinProcess();
  const step = (name: string) => process.stderr.write(`bench: ${name}…\n`);
  try {
    const ext = await launchWithExtension(standin.crmPort, BUILD_DIR);
    const plain = await launchPlain(standin.crmPort);
    try {
      step('page cost, with and without the extension');
      figures.push(...(await pageCostFigures(ext.context, ext.extensionId, plain.context, Math.max(5, Math.round(RUNS / 2)))));
      step('launcher and wizard');
      figures.push(...(await openWizardFigures(ext.context, RUNS)));
      step('drafts');
      figures.push(...(await draftFigures(ext.context, ext.extensionId, RUNS * 2)));
      step('forms and parsing');
      figures.push(...(await formFigures(plain.context, RUNS)));
      step('mappings table (200 ERP fields)');
      figures.push(...(await mappingFigures(plain.context, RUNS)));
    } finally {
      await ext.close();
      await plain.close();
    }
    step('users for the visibility picker (700 over two pages)');
    figures.push(...(await userFigures(RUNS)));
    step('check all: 20 existing connections (healthy, slow, down)');
    figures.push(...(await existingCheckFigures()));
    // The test build differs only by a pre-granted loopback host: the connector's address.
    step('connector round trip');
    const granted = await launchWithExtension(standin.crmPort, TEST_BUILD_DIR);
    try {
      figures.push(...(await connectorFigures(granted.context, granted.extensionId, standin.connectors.finance as string, RUNS * 2)));
    } finally {
      await granted.close();
    }
    step('hostile connector answers');
    figures.push(...(await hostileFigures(standin.connectors.finance as string, RUNS)));
  } finally {
    await standin.stop();
  }
  console.log(table(figures));
  const failed = figures.filter((f) => f.pass === false);
  console.log(failed.length === 0 ? `\nAll ${figures.filter((f) => f.pass).length} targets met.` : `\n${failed.length} target(s) missed: ${failed.map((f) => f.name).join('; ')}`);
  mkdirSync(resolve(OUT, '..'), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify({ at: new Date().toISOString(), runs: RUNS, chromium: findChromium(), figures }, null, 2)}\n`);
  console.log(`Figures written to ${OUT}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
