import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../../e2e/lib/staticServer';

describe('serveStatic(rootDir) (the browser-test server)', () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-static-'));
    mkdirSync(join(dir, 'data'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dir, 'data/timeline.json'), '{"version":1}');
    writeFileSync(join(dir, 'assets/app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets/x.wasm'), Buffer.from([0, 97, 115, 109]));
    writeFileSync(join(dir, 'secret.txt'), 'outside?');
    server = await serveStatic(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(`${server.url}${path}`);

  it('listens on 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves files with their MIME type, ignoring query strings', async () => {
    const json = await get('/data/timeline.json?v=3');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await json.text()).toBe('{"version":1}');
    expect((await get('/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('/assets/x.wasm')).headers.get('content-type')).toBe('application/wasm');
    expect((await get('/')).headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('falls back to index.html for app routes but not for missing assets', async () => {
    const route = await get('/event/2022-02-04?x=1');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>app</title>');
    expect((await get('/data/missing.json')).status).toBe(404);
  });

  it('refuses paths that leave the root', async () => {
    const r = await get('/..%2f..%2f..%2fetc%2fpasswd');
    expect(r.status).toBe(403);
    expect(await r.text()).not.toContain('root:');
  });
});
