import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Test files share one module cache per worker: loading the pipeline, its word lists and the tagger's
    // model once instead of 170 times takes the suite from about 170 s to about 100 s. A test that needs a
    // module fresh (a cache it counts) says so with vi.resetModules().
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
