import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/tempRoot.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Browser tests share one built site and one server; running files in parallel would only fight for 2 cores.
    fileParallelism: false,
  },
});
