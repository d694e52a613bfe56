import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, isAbsolute } from 'node:path';
import { mimeType } from './mimeType';

/** A running static server. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  close: () => Promise<void>;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Serves `root` on 127.0.0.1 at a free port. Query strings are ignored; a directory serves its
 * index.html; a missing path without a file extension (an app route) falls back to the root
 * index.html (SPA), while a missing asset such as `/data/x.json` is a real 404.
 */
export async function serveStatic(rootDir: string): Promise<StaticServer> {
  const root = resolve(rootDir);
  const server: Server = createServer((req, res) => {
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return send(400, 'bad request');
    }
    let file = resolve(join(root, pathname));
    const rel = relative(root, file);
    if (rel.startsWith('..') || isAbsolute(rel)) return send(403, 'forbidden');
    let stats = statOrNull(file);
    if (stats?.isDirectory()) {
      file = join(file, 'index.html');
      stats = statOrNull(file);
    }
    if (!stats?.isFile()) {
      const ext = extname(pathname);
      if (ext !== '' && ext !== '.html') return send(404, `not found: ${pathname}`);
      file = join(root, 'index.html');
      stats = statOrNull(file);
      if (!stats?.isFile()) return send(404, 'no index.html');
    }
    res.writeHead(200, { 'content-type': mimeType(file), 'content-length': stats.size, 'cache-control': 'no-store' });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
