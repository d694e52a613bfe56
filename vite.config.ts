/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Test files that render React or use the DOM: run in jsdom, each file isolated. */
const DOM_TESTS = ['tests/components/**/*.test.tsx', 'tests/browser/html/**/*.test.ts', 'tests/store/urlSync.test.ts'];

export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      output: {
        // Libraries in their own chunks, fetched in parallel with the app (modulepreload) and cached
        // across app releases; lazy parts (extractor worker, Readability) stay out of the first load.
        manualChunks(id) {
          if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
          if (/[\\/]node_modules[\\/](d3-[a-z]+|internmap)[\\/]/.test(id)) return 'd3';
          if (/[\\/]node_modules[\\/](zod|zustand|date-fns)[\\/]/.test(id)) return 'libs';
          return undefined;
        },
      },
      onwarn(warning, warn) {
        // zod 4 ships `@__PURE__` comments in positions Rollup cannot use (upstream; Rollup drops the
        // comment and the code is unchanged). Every other warning is shown and fails review.
        if (warning.code === 'INVALID_ANNOTATION' && /[\\/]node_modules[\\/]zod[\\/]/.test(warning.id ?? '')) return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    globals: true,
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
    // Worker threads start faster than child processes. Vitest leaves one core free by default,
    // which is one worker on a 2-core machine; the test run is the only job.
    pool: 'threads',
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      { extends: true, test: { name: 'dom', include: DOM_TESTS, environment: 'jsdom' } },
      // Pure code and CLIs: node, and no fresh module graph per file (nothing here keeps global state between files).
      { extends: true, test: { name: 'node', include: ['tests/**/*.test.{ts,tsx}'], exclude: [...DOM_TESTS, 'tests/e2e/**', 'node_modules/**'], environment: 'node', isolate: false } },
    ],
  },
});
