import type { BrowserContext, Page } from 'playwright-core';

/** What every browser test receives. */
export interface E2EContext {
  /** A fresh page in a fresh browser context (no state shared between tests). */
  page: Page;
  context: BrowserContext;
  /** The built app, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  baseUrl: string;
  /** Saves `test-results/screenshots/<spec>--<test>--<name>.png` and returns its path. */
  screenshot: (name: string) => Promise<string>;
  /** Console errors and page errors seen so far (the test fails if any remain at the end). */
  consoleErrors: string[];
  /** Prints a line under the test's name. */
  log: (message: string) => void;
}

/** One browser test. Throw (e.g. with node:assert/strict) to fail it. */
export interface E2ETest {
  name: string;
  run: (ctx: E2EContext) => Promise<void>;
  /** Viewport; default 1280×800. Use `{ width: 375, height: 812 }` for a phone. */
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Console errors matching one of these do not fail the test (e.g. an error the test provokes on purpose). */
  allowConsoleErrors?: RegExp[];
  /** Milliseconds before the test is failed; default 60 000. */
  timeout?: number;
}

/** The outcome of one test. */
export interface E2EResult {
  spec: string;
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
  screenshots: string[];
}
