import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Serves a built site on 127.0.0.1 (random port) under an optional base path. */
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
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(prefix)) {
      response.statusCode = 404;
      response.end('not found');
      return;
    }
    request.url = `/${url.slice(prefix.length)}`;
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

/** Debian chromium, or the browser named by CHROMIUM_PATH (e.g. Chrome on CI runners). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
