import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    // Property and hardening suites run thousands of cases; on a busy 2-core machine 5 s is not enough headroom.
    testTimeout: 30_000,
    // i18n: fake-browser gets getMessage/getUILanguage over locales/*.yml, English unless a test says otherwise.
    setupFiles: ['test/support/fast-check-seed.ts', 'test/support/i18n.ts'],
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', '.output/**', 'test/e2e/**'],
  },
});
