import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // One test file at a time: the Lighthouse and page-timing checks measure the machine, and a
    // concurrent site build (determinism test) would distort them.
    fileParallelism: false,
    globalSetup: ['tests/support/built-site.ts'],
  },
});
