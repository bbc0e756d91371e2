// npm run test:e2e: fail early (with the fix) when Chromium is missing, build the production
// extension, then run the browser tests.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
if (!candidates.some((p) => existsSync(p))) {
  console.error("Chromium was not found. Install Debian's Chromium (as root): apt-get update && apt-get install -y chromium — or set CHROMIUM_PATH.");
  process.exit(1);
}
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['wxt', 'build']);
process.env.ERP_SYNC_TEST_BUILD = '1';
run('npx', ['wxt', 'build']);
delete process.env.ERP_SYNC_TEST_BUILD;
run('node', ['scripts/size.mjs']);
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
