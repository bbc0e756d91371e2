// npm test: typecheck, lint (ESLint + the Firefox build through Mozilla's add-on linter),
// unit and integration tests, the production build in real Chromium, then the core walk in Firefox
// ESR (the MV2 test build). Ends with one plain
// "N passed, N failed" line over every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('artifacts', { recursive: true });
const step = (title, cmd, args) => {
  console.log(`\n=== ${title} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  return r.status === 0;
};
const counts = (file) => {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const r = JSON.parse(readFileSync(file, 'utf8'));
  // A file that failed without a failing test (it did not load, a hook threw) counts once; a failing
  // test counts once, not again for its describe block and its file.
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((t) => t.status === 'failed')).length;
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + brokenFiles };
};
const report = (ok) => {
  const all = ['artifacts/unit.json', 'artifacts/e2e.json', 'artifacts/e2e-firefox.json'].map(counts);
  const passed = all.reduce((n, c) => n + c.passed, 0);
  let failed = all.reduce((n, c) => n + c.failed, 0);
  if (!ok && failed === 0) failed = 1; // a step that is not a test run (typecheck, lint) failed
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(ok && failed === 0 ? 0 : 1);
};

for (const f of ['artifacts/unit.json', 'artifacts/e2e.json', 'artifacts/e2e-firefox.json']) rmSync(f, { force: true });
const json = (name) => ['--reporter=default', '--reporter=json', `--outputFile=artifacts/${name}.json`];
if (!step('Typecheck', 'npx', ['tsc', '--noEmit'])) report(false);
if (!step('Lint', 'npm', ['run', '--silent', 'lint'])) report(false);
const unit = step('Unit and integration tests', 'npx', ['vitest', 'run', ...json('unit')]);
const e2e = step('End-to-end tests (production build and test build, Chromium)', 'node', ['tests/e2e/run.mjs', ...json('e2e')]);
const firefox = step('End-to-end walk in Firefox ESR (test build, MV2)', 'node', ['tests/e2e-firefox/run.mjs', ...json('e2e-firefox')]);
report(unit && e2e && firefox);
