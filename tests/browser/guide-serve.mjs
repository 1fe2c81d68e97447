/**
 * Serving a built app as the guide "Running in the browser" says to serve it in production:
 *
 * - `serveStatic`: a static host that reads the `_headers` file of the folder it publishes (as
 *   Netlify and Cloudflare Pages do) and sends the headers its rules give each path;
 * - `serveNginx`: nginx with the page's `location` block in the `server` that serves the folder,
 *   when nginx is installed (`.ci/run` installs Debian's).
 *
 * Both add the page's Content Security Policy to every response and log each request with its
 * status and content type (`requests`), so a test can tell what the page and its workers fetched.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile } from './guide-page.mjs';

// The content types a static host sends for these extensions.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pte': 'application/octet-stream',
  '.bin': 'application/octet-stream',
};

/** Serves `root` on 127.0.0.1 with its `_headers` rules and `extra` headers on every response. */
export async function serveStatic({ root, extra = {} }) {
  root = resolve(root);
  const headersFile = join(root, '_headers');
  if (!existsSync(headersFile)) throw new Error('the build has no _headers file (the page puts it in public/)');
  const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'));
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = resolve(root, `.${decodeURIComponent(url.pathname)}${url.pathname.endsWith('/') ? 'index.html' : ''}`);
    const type = TYPES[extname(file)];
    let found = false;
    if (file.startsWith(root + sep) && type !== undefined)
      found = (await stat(file).catch(() => null))?.isFile() ?? false;
    const status = found ? 200 : 404;
    requests.push({ path: url.pathname, status, type: found ? type : undefined });
    res.writeHead(status, {
      ...headersFor(rules, url.pathname),
      ...extra,
      'Content-Type': found ? type : 'text/plain',
    });
    if (!found) return res.end('not found\n');
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** The nginx binary, or null. */
export function findNginx() {
  for (const candidate of [process.env.KINDLING_NGINX, '/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

const freePort = () =>
  new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });

/**
 * Serves `root` with nginx: the page's `location` block (`block`) in the `server`, the page's CSP
 * added to that block, in an `http` block that includes nginx's own `mime.types` (as its stock
 * nginx.conf does). One process (no master, no user switch), its files under `work`.
 */
export async function serveNginx({ nginx, root, block, csp, work }) {
  mkdirSync(work, { recursive: true });
  const confPath = /--conf-path=(\S+)/.exec(spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr)?.[1];
  const mimeTypes = join(dirname(confPath ?? '/etc/nginx/nginx.conf'), 'mime.types');
  const location = /^location \/ \{\n/m;
  if (!location.test(block)) throw new Error('the nginx block has no `location / {`');
  const withCsp = block.replace(location, (m) => `${m}    add_header Content-Security-Policy "${csp}" always;\n`);
  const port = await freePort();
  const log = join(work, 'access.log');
  const temp = (name) => `${name}_temp_path ${join(work, name)};`;
  const conf = `daemon off;
master_process off;
pid ${join(work, 'nginx.pid')};
error_log ${join(work, 'error.log')} warn;
events { worker_connections 64; }
http {
  include ${mimeTypes};
  default_type application/octet-stream;
  log_format kindling '$uri|$status|$sent_http_content_type';
  access_log ${log} kindling;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    root ${resolve(root)};
${withCsp.replace(/^/gm, '    ')}
  }
}
`;
  const file = join(work, 'nginx.conf');
  writeFileSync(file, conf);
  const checked = spawnSync(nginx, ['-t', '-q', '-e', join(work, 'error.log'), '-c', file], { encoding: 'utf8' });
  if (checked.status !== 0) throw new Error(`nginx -t: ${checked.stderr.trim()}`);
  const child = spawn(nginx, ['-e', join(work, 'error.log'), '-c', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise((ok) => child.once('exit', ok));
  // Not left running if the test run ends first (its watchdog exits the process).
  const stop = () => child.exitCode === null && child.kill('SIGTERM');
  process.once('exit', stop);
  const origin = `http://127.0.0.1:${port}`;
  // Up when it answers (it writes its pid file once listening).
  for (let i = 0; ; i++) {
    if (existsSync(join(work, 'nginx.pid')) && (await fetch(`${origin}/`).catch(() => null))) break;
    if (child.exitCode !== null || i === 100) {
      stop();
      process.off('exit', stop);
      throw new Error(`nginx did not start: ${stderr.trim() || readFileSync(join(work, 'error.log'), 'utf8')}`);
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
  return {
    origin,
    get requests() {
      return readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [path, status, type] = line.split('|');
          return { path, status: Number(status), type: type === '-' ? undefined : type };
        });
    },
    close: async () => {
      stop();
      process.off('exit', stop);
      await exited;
    },
  };
}
