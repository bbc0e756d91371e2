#!/usr/bin/env node
// Entry point: `npx tsx cli/erp-connector-check.ts <url> ...` (see cli/args.ts for the contract).
import { run } from './check';

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  env: process.env,
  signal: controller.signal,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Internal error: ${String(e)}\n`);
    process.exitCode = 5;
  },
);
