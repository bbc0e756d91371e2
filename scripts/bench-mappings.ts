// Just the Mappings figures of npm run bench (scripts/bench/mappings.ts), for quick before/after
// comparisons: `npx tsx scripts/bench-mappings.ts` (BENCH_RUNS, default 20; BENCH_FIELDS, default 200).
// A plain Chromium is enough: the harness mounts the step itself, no extension or stand-in page.
import { launchProfile } from '../tests/e2e/browser';
import { mappingFigures } from './bench/mappings';
import { table } from './bench/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const FIELDS = Number(process.env.BENCH_FIELDS ?? 200);

async function main() {
  // No CRM is reached: the port only feeds the host mapping, which nothing here resolves.
  const plain = await launchProfile(9);
  try {
    console.log(table(await mappingFigures(plain.context, RUNS, FIELDS)));
  } finally {
    await plain.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
