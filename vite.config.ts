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
