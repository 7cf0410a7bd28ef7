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
  },
});
