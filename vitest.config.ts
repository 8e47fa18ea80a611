import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Test files share one module cache per worker: loading the pipeline, its word lists and the tagger's
    // model once instead of 170 times takes the suite from about 170 s to about 100 s. A test that needs a
    // module fresh (a cache it counts) says so with vi.resetModules().
    isolate: false,
    // Each test starts on a fresh turn of the event loop, so the worker reads vitest's own RPC replies
    // between synchronous tests; see the file for why a busy machine otherwise ends a green run with exit 1.
    setupFiles: ['tests/helpers/yield-between-tests.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
