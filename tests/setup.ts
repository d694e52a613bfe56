// Shared vitest setup. Component tests opt into jsdom with `// @vitest-environment jsdom`;
// everything DOM-related is loaded only there, so the node-environment files start cheaply.
// Browsers have IndexedDB; Node and jsdom do not. The workspace storage (src/storage) uses it.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  installJsdomGaps();
  afterEach(() => cleanup());
}

/**
 * What jsdom lacks and the app uses: `<dialog>`'s showModal/close with Escape firing `cancel` (the
 * browser's behaviour, without the inert page), and a canvas without a 2D context (what a browser
 * gives when it cannot create one: `getContext` returns null, which the timeline handles).
 */
function installJsdomGaps(): void {
  const dialog = HTMLDialogElement.prototype;
  dialog.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  dialog.close ??= function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const open = [...document.querySelectorAll('dialog[open]')];
    const top = open[open.length - 1] as HTMLDialogElement | undefined;
    if (top && top.dispatchEvent(new Event('cancel', { cancelable: true }))) top.close();
  });
  HTMLCanvasElement.prototype.getContext = () => null;
}
