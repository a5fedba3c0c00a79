// A small static server for dist/ on 127.0.0.1, used by browser tests, the benchmark and the
// screenshot script. It serves the site under a base path so sub-path hosting is tested too.
// Text files go out gzip-compressed when the browser accepts it, as any static host or CDN
// sends them, so Lighthouse and the benchmark see the bytes a visitor downloads.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

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

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;
const compressed = new Map();
/** The gzip of a file, made once per version of it. */
async function gzipped(file, mtimeMs) {
  const cached = compressed.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const body = gzipSync(await readFile(file));
  compressed.set(file, { mtimeMs, body });
  return body;
}

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
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const body = await gzipped(file, info.mtimeMs);
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length }).end(body);
        return;
      }
      res.writeHead(200, { ...headers, 'content-length': info.size });
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
