import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests run the built bin once; everything else imports src directly.
    testTimeout: 30_000,
  },
});
