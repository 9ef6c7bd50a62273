import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run `astro build` on fixture content: give them room and run files one at a time.
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
