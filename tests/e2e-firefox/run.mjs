// npm run test:firefox: fail early (with the fix) when Firefox is missing, build the Firefox test
// build (MV2, .output-test/firefox-mv2), then run the Firefox walk.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const candidates = process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];
if (!candidates.some((p) => existsSync(p))) {
  console.error("Firefox was not found. Install Debian's Firefox ESR (as root): apt-get update && apt-get install -y firefox-esr — or set FIREFOX_PATH.");
  process.exit(1);
}
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['wxt', 'build', '-b', 'firefox'], { ERP_SYNC_TEST_BUILD: '1' });
run('npx', ['vitest', 'run', '--config', 'vitest.firefox.config.ts', ...process.argv.slice(2)]);
