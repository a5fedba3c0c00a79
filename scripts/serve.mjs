// A small static server for dist/ on 127.0.0.1, used by browser tests, the benchmark and the
// screenshot script. It serves the site under a base path so sub-path hosting is tested too.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` under `base` (e.g. '/' or '/planner/'). Resolves to { url, close }.
 * @param {{ root?: string, base?: string, port?: number }} options
 */
export async function startServer({ root = 'dist', base = '/', port = 0 } = {}) {
  const rootDir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(prefix) && `${path}/` !== prefix) {
        res.writeHead(404).end('Not found');
        return;
      }
      path = path.slice(prefix.length - 1) || '/';
      let file = normalize(join(rootDir, path));
      if (!file.startsWith(rootDir)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/` }).end();
          return;
        }
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info) {
        const notFound = join(rootDir, '404.html');
        res.writeHead(404, { 'content-type': TYPES['.html'] });
        if (await stat(notFound).catch(() => null)) createReadStream(notFound).pipe(res);
        else res.end('Not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-cache',
      });
      createReadStream(file).pipe(res);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}${prefix}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await startServer({ base: process.env.BASE_PATH ?? '/', port });
  console.log(`Serving dist/ at ${url}`);
}
