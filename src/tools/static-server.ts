/**
 * A built site served as static hosts serve it (browser tests, Lighthouse in the tests and in
 * `npm run bench`): clean URLs, an optional base path, text gzip-compressed.
 */
import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/** Text files every static host we document compresses (GitHub Pages, Netlify, nginx `gzip on`). */
const COMPRESSED_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a clean URL names (`/a/` → a/index.html, `/a` → a.html), if any. */
function fileFor(dir: string, urlPath: string): string | undefined {
  const rel = decodeURIComponent(urlPath.split('?')[0]!).replace(/^\/+/, '');
  const candidates = rel === '' || rel.endsWith('/') ? [path.join(rel, 'index.html')] : [rel, `${rel}.html`];
  for (const candidate of candidates) {
    const root = path.resolve(dir);
    const full = path.join(root, candidate);
    if (!full.startsWith(root)) return undefined;
    try {
      if (statSync(full).isFile()) return full;
    } catch {
      // try the next form
    }
  }
  return undefined;
}

/**
 * Serves a built site on 127.0.0.1 (random port) under an optional base path, gzip-compressing
 * text as production hosts do (Lighthouse would otherwise weigh uncompressed pages).
 */
export async function serveSite(dir: string, base = '/'): Promise<{ origin: string; url: (p: string) => string; close: () => Promise<void> }> {
  const files = sirv(dir, {
    dev: false,
    etag: false,
    extensions: ['html'],
    // sirv's type table has no .xlsx; set it as docs/deploy.md tells every static host to.
    setHeaders: (response, pathname) => {
      if (pathname.endsWith('.xlsx')) response.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    },
  });
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const compressed = new Map<string, Buffer>();
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(prefix)) {
      response.statusCode = 404;
      response.end('not found');
      return;
    }
    request.url = `/${url.slice(prefix.length)}`;
    const file = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) ? fileFor(dir, request.url) : undefined;
    const type = file ? COMPRESSED_TYPES[path.extname(file)] : undefined;
    if (file && type) {
      let body = compressed.get(file);
      if (!body) compressed.set(file, (body = gzipSync(readFileSync(file))));
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    files(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p: string) => `${origin}${prefix}${p.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
