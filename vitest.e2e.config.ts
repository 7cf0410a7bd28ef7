import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in Debian's Chromium via playwright-core, and in
// Firefox ESR via puppeteer-core over WebDriver BiDi (tests/e2e/firefox).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
