// Reports the gzip size of what the extension loads on every SuperOffice admin page, and of the
// wizard that loads only on use. Fails when the always-loaded launcher exceeds its budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const LAUNCHER_BUDGET = 5 * 1024;
const dir = process.argv[2] ?? `${process.env.ERP_SYNC_OUT ?? '.output'}/chrome-mv3`;
const size = (f) => gzipSync(readFileSync(`${dir}/${f}`), { level: 9 }).length;
const launcher = size('launcher.js');
const wizard = size('content-scripts/wizard.js');
const background = size('background.js');
console.log(`Size (gzip): launcher content script ${(launcher / 1024).toFixed(2)} kB (budget ${LAUNCHER_BUDGET / 1024} kB, loads on every admin page)`);
console.log(`Size (gzip): wizard ${(wizard / 1024).toFixed(2)} kB (loads only when opened), background ${(background / 1024).toFixed(2)} kB`);
if (launcher > LAUNCHER_BUDGET) {
  console.error(`The launcher content script is over its budget: ${launcher} > ${LAUNCHER_BUDGET} bytes.`);
  process.exit(1);
}
