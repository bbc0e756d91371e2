import { defineConfig } from 'vitest/config';

// End-to-end in Firefox ESR: the MV2 test build over WebDriver BiDi against the local stand-in.
// One file at a time: each file runs its own browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
