import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two suites: fast hermetic unit tests, and the real-browser suite that drives the built extension in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          alias: { 'webextension-polyfill': new URL('./tests/support/fake-polyfill.ts', import.meta.url).pathname },
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/support/preact-after-paint.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores and the suites share one loopback server.
          fileParallelism: false,
        },
      },
    ],
  },
});
