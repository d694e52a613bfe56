import { describe, expect, it } from 'vitest';
import { LoadFailure, MAX_FILE_BYTES, loadDatasetFromFile, loadDatasetFromUrl, parseDataset } from '../../../src/browser/load/loadDataset';
import { miniDataset } from '../../fixtures/miniDataset';

function failureOf(p: Promise<unknown>): Promise<LoadFailure> {
  return p.then(
    () => {
      throw new Error('expected a LoadFailure');
    },
    (e: unknown) => {
      if (e instanceof LoadFailure) return e;
      throw e;
    },
  );
}

function fakeFetch(body: string, init: ResponseInit = {}): typeof fetch {
  return async () => new Response(body, { headers: { 'content-length': String(new TextEncoder().encode(body).length) }, ...init });
}

describe('parseDataset(text, file)', () => {
  it('reports bad JSON with the file name', () => {
    try {
      parseDataset('{"version": 1,', 'data/timeline.json');
      throw new Error('no throw');
    } catch (e) {
      expect(e).toBeInstanceOf(LoadFailure);
      const info = (e as LoadFailure).info;
      expect(info.title).toMatch(/not valid JSON/);
      expect(info.file).toBe('data/timeline.json');
      expect(info.message).toContain('data/timeline.json');
    }
  });
  it('reports a bad field with file, record and field', () => {
    const ds = miniDataset();
    (ds.events[3] as unknown as Record<string, unknown>).precision = 'fortnight';
    try {
      parseDataset(JSON.stringify(ds), 'big.json');
      throw new Error('no throw');
    } catch (e) {
      const info = (e as LoadFailure).info;
      expect(info).toMatchObject({ file: 'big.json', record: 'event "ev-invasion"', field: 'precision' });
    }
  });
});

describe('loadDatasetFromUrl(url, onProgress, fetch)', () => {
  it('loads, reports progress up to 1 and validates', async () => {
    const progress: (number | null)[] = [];
    const ds = await loadDatasetFromUrl('data/timeline.json', (p) => progress.push(p), fakeFetch(JSON.stringify(miniDataset())));
    expect(ds.events).toHaveLength(4);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[progress.length - 1]).toBe(1);
  });
  it('turns an HTTP error into a failure naming the URL', async () => {
    const f = await failureOf(loadDatasetFromUrl('data/missing.json', () => {}, fakeFetch('nope', { status: 404, statusText: 'Not Found' })));
    expect(f.info.message).toContain('data/missing.json');
    expect(f.info.message).toContain('404');
  });
  it('turns a network error into a failure', async () => {
    const f = await failureOf(
      loadDatasetFromUrl('x.json', () => {}, async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(f.info.title).toMatch(/could not be fetched/);
  });
});

describe('loadDatasetFromFile(file, onProgress)', () => {
  it('loads a picked file', async () => {
    const file = new File([JSON.stringify(miniDataset())], 'mine.json', { type: 'application/json' });
    const ds = await loadDatasetFromFile(file, () => {});
    expect(ds.sources).toHaveLength(3);
  });
  it('refuses a file over 200 MB before reading it', async () => {
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: MAX_FILE_BYTES + 1 });
    const f = await failureOf(loadDatasetFromFile(file, () => {}));
    expect(f.info.title).toMatch(/too large/);
    expect(f.info.message).toMatch(/200 MB/);
  });
  it('names the file in validation errors', async () => {
    const file = new File(['{"version":1,"sources":[],"actors":[],"events":[{"id":"a"}]}'], 'bad.json');
    const f = await failureOf(loadDatasetFromFile(file, () => {}));
    expect(f.info).toMatchObject({ file: 'bad.json', record: 'event "a"', field: 'title' });
  });
});
