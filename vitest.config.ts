import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    // Property and hardening suites run thousands of cases; on a busy 2-core machine 5 s is not enough headroom.
    testTimeout: 30_000,
    setupFiles: ['test/support/fast-check-seed.ts'],
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', '.output/**', 'test/e2e/**'],
  },
});
