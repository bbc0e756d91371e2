// Just the launcher → wizard figures of npm run bench (scripts/bench/open-wizard.ts), for quick
// before/after comparisons: `npx tsx scripts/bench-open.ts` (BENCH_RUNS, default 20; BENCH_BUILD=0 skips the build).
import { benchJust } from './bench/just';
import { openWizardFigures } from './bench/open-wizard';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);

benchJust(({ ext }) => openWizardFigures(ext.context, RUNS));
