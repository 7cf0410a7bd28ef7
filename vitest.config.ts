import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure modules, DOM modules on linkedom, the DB on fake-indexeddb and the
// background on WXT's fake browser. The real browser is vitest.e2e.config.ts's job.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**'],
    // The UI's words are browser.i18n messages: give the fake browser the English catalogue.
    setupFiles: ['tests/setup/i18n.ts'],
    // Timeouts only catch a hang: on a busy 2-core machine a test may take many times its
    // quiet time, and that must not turn the suite red. Speed is npm run bench's.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
