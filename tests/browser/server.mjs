/**
 * The browser tests' HTTP server (loopback only): the test page, its bundled scripts, the
 * conformance fixtures and the generated programs, under two prefixes:
 *
 * - `/plain/`: an ordinary page (not cross-origin isolated: no SharedArrayBuffer);
 * - `/isolated/`: every response carries `Cross-Origin-Opener-Policy: same-origin` and
 *   `Cross-Origin-Embedder-Policy: require-corp`, so the page and its workers are cross-origin isolated.
 *
 * Every response also carries `Cross-Origin-Resource-Policy: same-origin` (what `require-corp` asks of
 * subresources) and `Cache-Control: no-store`. The CPU delegate's kernel builds are served where the
 * bundled scripts look for them (`new URL('./generated/kernels-….wasm', import.meta.url)`), from
 * the built @kindling/backend-xnnpack, as an app serves the assets its bundler emits.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.pte': 'application/octet-stream',
  '.ptd': 'application/octet-stream',
  '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.jinja': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const KERNEL_BUILDS = new URL('../../packages/backend-xnnpack/dist/generated/', import.meta.url);

export const VARIANTS = ['plain', 'isolated'];

function pageHtml(variant) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Kindling browser tests (${variant})</title></head>
<body><script type="module" src="page.js"></script></body>
</html>
`;
}

/**
 * Starts the server on 127.0.0.1 (a free port). `scripts` maps a file name (`page.js`) to its text,
 * `generated` a path under `generated/` to its bytes; `fixtures/` serves `fixturesDir`, and each
 * entry of `folders` (a prefix such as `apps/`, a folder) that folder's files.
 * Resolves to `{ origin, failures, close }`; `failures` lists requests answered with an error status.
 */
export async function startServer({ fixturesDir, scripts, generated, folders = {} }) {
  const failures = [];
  const roots = [['fixtures/', resolve(fixturesDir)], ...Object.entries(folders).map(([p, d]) => [p, resolve(d)])];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers = {
      'Cache-Control': 'no-store',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'X-Content-Type-Options': 'nosniff',
    };
    const send = (status, type, body) => {
      if (status >= 400) failures.push(`${req.method} ${url.pathname}: ${status}`);
      res.writeHead(status, { ...headers, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed\n');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204, headers);
      return res.end();
    }
    const match = /^\/(plain|isolated)\/(.*)$/.exec(url.pathname);
    if (!match) return send(404, 'text/plain', 'not found\n');
    const [, variant, rest] = match;
    if (variant === 'isolated') {
      headers['Cross-Origin-Opener-Policy'] = 'same-origin';
      headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
    }
    if (rest === '' || rest === 'index.html') return send(200, MIME['.html'], pageHtml(variant));
    const script = scripts.get(rest);
    if (script !== undefined) return send(200, MIME[extname(rest)] ?? 'text/plain', script);
    const kernels = /^generated\/(kernels-[a-z-]+\.wasm)$/.exec(rest);
    if (kernels) return send(200, MIME['.wasm'], readFileSync(new URL(kernels[1], KERNEL_BUILDS)));
    if (rest.startsWith('generated/')) {
      const bytes = generated.get(rest.slice('generated/'.length));
      const type = MIME[extname(rest)];
      if (bytes === undefined || type === undefined) return send(404, 'text/plain', 'not found\n');
      return send(200, type, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    }
    const served = roots.find(([prefix]) => rest.startsWith(prefix));
    if (!served) return send(404, 'text/plain', 'not found\n');
    const [prefix, root] = served;

    let relative;
    try {
      relative = decodeURIComponent(rest.slice(prefix.length));
    } catch {
      return send(400, 'text/plain', 'bad path\n');
    }
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = resolve(root, relative);
    const type = MIME[extname(file)];
    if (!file.startsWith(root + sep) || type === undefined) return send(404, 'text/plain', 'not found\n');
    let info;
    try {
      info = await stat(file);
    } catch {
      return send(404, 'text/plain', 'not found\n');
    }
    if (!info.isFile()) return send(404, 'text/plain', 'not found\n');
    res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': info.size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });

  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise());
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    failures,
    close: () =>
      new Promise((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
