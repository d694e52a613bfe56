import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/bench/serve';

describe('serveStatic(root)', () => {
  const root = mkdtempSync(join(tmpdir(), 'serve-'));
  let server: StaticServer;
  beforeAll(async () => {
    mkdirSync(join(root, 'bench-data'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><p>hi</p>');
    writeFileSync(join(root, 'bench-data', '10.json'), '{"version":1}');
    server = await serveStatic(root);
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and serves index.html for / and files with type and length', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const index = await fetch(`${server.origin}/?data=bench-data/10.json`);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(await index.text()).toContain('hi');
    const data = await fetch(`${server.origin}/bench-data/10.json`);
    expect(data.headers.get('content-type')).toMatch(/application\/json/);
    expect(data.headers.get('content-length')).toBe('13');
    expect(await data.json()).toEqual({ version: 1 });
  });

  it('answers 404 for missing files and never serves outside the root', async () => {
    expect((await fetch(`${server.origin}/nope.js`)).status).toBe(404);
    expect([403, 404]).toContain((await fetch(`${server.origin}/..%2f..%2fetc%2fpasswd`)).status);
  });
});
