import { defineConfig } from 'vitest/config';

// End-to-end: the production build in real Chromium against the local stand-in.
// One file at a time: the machine has two cores and each file runs its own browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
