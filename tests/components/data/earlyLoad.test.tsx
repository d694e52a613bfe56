// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from '../../../src/App';
import { StoreContext } from '../../../src/store/react';
import { createDatelineStore } from '../../../src/store/store';
import { datasetTarget, earlyDatasetLoad, startEarlyDatasetLoad } from '../../../src/components/data/earlyLoad';
import { miniDataset } from '../../fixtures/miniDataset';

function mountApp() {
  const store = createDatelineStore();
  render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
  );
  return store;
}

/** A fetch whose response the test releases, so the early load is still pending when React mounts. */
function deferredFetch(body: string) {
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const fetchMock = vi.fn(async () => {
    await gate;
    return new Response(body, { headers: { 'content-length': String(body.length) } });
  });
  return { fetchMock, release };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('datasetTarget', () => {
  it('picks the built-in file, a same-origin ?data= URL, or refuses another origin', () => {
    expect(datasetTarget('', 'http://a.test/')).toEqual({ ok: true, url: 'data/timeline.json' });
    expect(datasetTarget('?data=x/y.json', 'http://a.test/app/')).toEqual({ ok: true, url: 'http://a.test/app/x/y.json' });
    const refused = datasetTarget('?data=http://b.test/z.json', 'http://a.test/');
    expect(refused.ok).toBe(false);
  });
});

describe('early dataset load', () => {
  it('is taken over by the app: one fetch, started before React mounts', async () => {
    window.history.replaceState(null, '', '/?data=early/one.json');
    const { fetchMock, release } = deferredFetch(JSON.stringify(miniDataset()));
    // A fetch the app would make itself is not used.
    const lateFetch = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', lateFetch);
    const entry = startEarlyDatasetLoad(window.location.search, window.location.href, fetchMock);
    expect(entry).not.toBeNull();
    expect(fetchMock).toHaveBeenCalledWith(`${window.location.origin}/early/one.json`);
    mountApp();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    release();
    expect(await screen.findByRole('group', { name: 'Countries' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(lateFetch).not.toHaveBeenCalled();
    // Used once: a later mount loads afresh.
    expect(earlyDatasetLoad(window.location.search, `${window.location.origin}/early/one.json`)).toBeNull();
  });

  it('reports an early load failure through the app error panel', async () => {
    window.history.replaceState(null, '', '/?data=early/bad.json');
    const { fetchMock, release } = deferredFetch('{"version": 1, "sources": [');
    vi.stubGlobal('fetch', vi.fn());
    startEarlyDatasetLoad(window.location.search, window.location.href, fetchMock);
    mountApp();
    release();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('not valid JSON');
    expect(alert).toHaveTextContent('early/bad.json');
  });

  it('starts nothing for a refused ?data= link; the app reports it', async () => {
    window.history.replaceState(null, '', '/?data=javascript:alert(1)');
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    expect(startEarlyDatasetLoad(window.location.search, window.location.href, fetchMock)).toBeNull();
    mountApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('cannot be loaded');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('is not used when the page asks for another dataset', async () => {
    window.history.replaceState(null, '', '/?data=early/a.json');
    const { fetchMock } = deferredFetch('{}');
    startEarlyDatasetLoad(window.location.search, window.location.href, fetchMock);
    window.history.replaceState(null, '', '/?data=early/b.json');
    const appFetch = vi.fn(async () => new Response(JSON.stringify(miniDataset())));
    vi.stubGlobal('fetch', appFetch);
    mountApp();
    await screen.findByRole('group', { name: 'Countries' });
    expect(appFetch).toHaveBeenCalledWith(`${window.location.origin}/early/b.json`);
  });
});

describe('prefetch from index.html', () => {
  it('takes over the response the inline script requested for the same URL', async () => {
    window.history.replaceState(null, '', '/?data=early/pre.json');
    const url = `${window.location.origin}/early/pre.json`;
    const g = globalThis as { __datelinePrefetch?: unknown };
    g.__datelinePrefetch = { url, response: Promise.resolve(new Response(JSON.stringify(miniDataset()))) };
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const entry = startEarlyDatasetLoad(window.location.search, window.location.href, fetchMock);
    expect((await entry!.promise).events.length).toBe(miniDataset().events.length);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(g.__datelinePrefetch).toBeUndefined();
  });

  it('ignores a prefetch of another URL and fetches the page dataset itself', async () => {
    window.history.replaceState(null, '', '/?data=early/right.json');
    const g = globalThis as { __datelinePrefetch?: unknown };
    g.__datelinePrefetch = { url: `${window.location.origin}/early/wrong.json`, response: Promise.resolve(new Response('{}')) };
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(miniDataset())));
    const entry = startEarlyDatasetLoad(window.location.search, window.location.href, fetchMock);
    await entry!.promise;
    expect(fetchMock).toHaveBeenCalledWith(`${window.location.origin}/early/right.json`);
  });
});

describe('early workspace read', () => {
  it('starts the first load at once; the binding gets that read, later loads read again', async () => {
    const { startEarlyWorkspaceLoad, takeEarlyWorkspaceStorage } = await import('../../../src/components/data/earlyLoad');
    let reads = 0;
    const storage = {
      load: vi.fn(async () => ({ workspace: { n: ++reads } as never, corrupt: [] })),
      save: vi.fn(async () => {}),
      onExternalChange: vi.fn(() => () => {}),
      close: vi.fn(),
    };
    startEarlyWorkspaceLoad(() => storage);
    expect(storage.load).toHaveBeenCalledTimes(1);
    const taken = takeEarlyWorkspaceStorage();
    expect(taken).not.toBeNull();
    expect(takeEarlyWorkspaceStorage()).toBeNull();
    expect((await taken!.load()).workspace).toEqual({ n: 1 });
    expect(storage.load).toHaveBeenCalledTimes(1);
    expect((await taken!.load()).workspace).toEqual({ n: 2 });
    taken!.close();
    expect(storage.close).toHaveBeenCalledTimes(1);
  });
});
