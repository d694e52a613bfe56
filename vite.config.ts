/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

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
    environment: 'node',
    globals: true,
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Worker threads start faster than child processes; jsdom is loaded only by the files that ask for it.
    pool: 'threads',
    // Vitest leaves one core free by default, which is one worker on a 2-core machine; the test run is the only job.
    maxWorkers: 2,
    minWorkers: 1,
    testTimeout: 20000,
  },
});
