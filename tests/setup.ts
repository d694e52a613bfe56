// Shared vitest setup. Component tests opt into jsdom with `// @vitest-environment jsdom`.
import '@testing-library/jest-dom/vitest';
// Browsers have IndexedDB; jsdom does not. The workspace storage (src/storage) uses it.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
