/**
 * The app of the guide "Running in the browser" (docs/guides/running-in-the-browser.md), made only
 * from the page (guide-page.mjs reads it) and built, served and run the ways the page shows:
 *
 * - Vite: the files of "The app" (`index.html`, `src/main.ts`, `src/model.worker.ts`,
 *   `vite.config.ts`), built by `vite build` and served by `vite preview`, and served by Vite's dev
 *   server (`npx vite`), both with the config's headers;
 * - webpack: the same sources with the page's `public/index.html` and `webpack.config.js`, built in
 *   production mode and served with the page's `_headers` rules (guide-serve.mjs), and served by
 *   webpack-dev-server in development mode with the config's `devServer`;
 * - esbuild: the same sources, `src/main.ts` starting the worker with the URL the page gives for
 *   esbuild, built by the page's shell commands (the build, then the copy of the kernels), served
 *   with the `_headers` rules and by nginx with the page's `location` block; and built without the
 *   copy, the worker given the page's embedded kernels, where no `.wasm` file may be fetched.
 *
 * Every app also gets `public/model.pte` (the zoo's digits program lowered for XNNPACK),
 * `public/input.bin` (one of its inputs) and `public/_headers` (the page's), as the page says, a
 * `package.json` with `"type": "module"` and the packages in its own `node_modules` (copies of the
 * built packages, as an install lays them out). The production servers add the page's Content
 * Security Policy; the dev servers send only their configs' headers. In headless Chromium the page
 * must be cross-origin isolated, the CPU delegate must run on more than one thread in the page's
 * worker, and the output must be ExecuTorch's recorded output.
 */
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { bundlersInstalled, loadVite } from '../bundle/bundlers/build.mjs';
import { readGuide } from './guide-page.mjs';
import { findNginx, serveNginx, serveStatic } from './guide-serve.mjs';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const bundlers = join(repo, 'tests/bundle/bundlers');
const cases = join(repo, 'packages/conformance-zoo/cases');
const CASE = 'digits/xnnpack';
/** A build, or a server's start, that takes longer fails (ms). */
const PREPARE_MS = 120_000;

/** What `npm install @kindling/core @kindling/runtime @kindling/backend-xnnpack` brings. */
const PACKAGES = ['core', 'runtime', 'backend-xnnpack', 'backend-utils', 'ir'];

const fromBundlers = createRequire(join(bundlers, 'package.json'));

/** The tools of the webpack apps, installed with Vite and webpack (`pnpm run bundlers:install`). */
function webpackToolsInstalled() {
  try {
    for (const name of ['webpack-dev-server', 'esbuild-loader', 'copy-webpack-plugin']) {
      fromBundlers.resolve(`${name}/package.json`);
    }
    return true;
  } catch {
    return false;
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: not done within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const floats = (path) => {
  const b = readFileSync(path);
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};

/** The zoo case the app runs: its program, its first input and ExecuTorch's output for it. */
function zooCase() {
  const c = JSON.parse(readFileSync(join(cases, 'manifest.json'), 'utf8')).cases.find((x) => x.id === CASE);
  if (!c) throw new Error(`no case ${CASE} in the manifest`);
  return {
    program: join(cases, c.file),
    input: join(cases, c.steps[0].inputs[0].file),
    expected: floats(join(cases, c.steps[0].outputs[0].file)),
    tolerance: c.tolerance,
  };
}

// --- The apps' files, from the page.

/** `src/main.ts` for esbuild: the worker started from the URL the page gives in its esbuild section. */
function esbuildMain(guide) {
  const spans = guide.inline('esbuild', 'new Worker(');
  if (spans.length !== 1) throw new Error(`the esbuild section shows ${spans.length} \`new Worker(…)\`, expected one`);
  const main = guide.file('src/main.ts');
  const worker = /new Worker\(new URL\([^)]*\)(?:, \{[^}]*\})?\)/g;
  const found = main.match(worker) ?? [];
  if (found.length !== 1) throw new Error(`src/main.ts starts ${found.length} workers, expected one`);
  return main.replace(worker, spans[0]);
}

/** `src/model.worker.ts` given the page's embedded kernels: its imports, and its `xnnpack({ … })` options first. */
function embeddedWorker(guide) {
  const snippet = guide.block('esbuild', 'ts', 'embeddedKernels');
  const worker = guide.file('src/model.worker.ts');
  const imports = snippet.split('\n').filter((line) => line.startsWith('import ') && !worker.includes(line));
  const options = /xnnpack\(\{ ([^}]+) \}\)/.exec(snippet)?.[1];
  if (imports.length === 0 || !options)
    throw new Error('the embedded kernels snippet has no import or no xnnpack({ … })');
  if (worker.split('xnnpack({').length !== 2)
    throw new Error('src/model.worker.ts calls xnnpack({ … }) other than once');
  return `${imports.join('\n')}\n${worker.replace('xnnpack({', `xnnpack({ ${options},`)}`;
}

/** The files of each app, by the names the page gives them. */
function filesOf(guide, app) {
  const common = {
    'src/main.ts': guide.file('src/main.ts'),
    'src/model.worker.ts': guide.file('src/model.worker.ts'),
    'public/_headers': guide.file('_headers'),
  };
  if (app === 'vite')
    return { ...common, 'index.html': guide.file('index.html'), 'vite.config.ts': guide.file('vite.config.ts') };
  const page = { ...common, 'public/index.html': guide.file('public/index.html') };
  if (app === 'webpack') return { ...page, 'webpack.config.js': guide.file('webpack.config.js') };
  const esbuild = { ...page, 'src/main.ts': esbuildMain(guide) };
  if (app === 'esbuild') return esbuild;
  if (app === 'esbuild-embedded') return { ...esbuild, 'src/model.worker.ts': embeddedWorker(guide) };
  throw new Error(`no app ${app}`);
}

/**
 * Writes an app into `dir` (under tests/bundle/bundlers, so that its configs' imports of `vite`,
 * `copy-webpack-plugin` and the loaders resolve to the ones installed there).
 */
function writeApp(dir, files, zoo) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  mkdirSync(join(dir, 'public'), { recursive: true });
  copyFileSync(zoo.program, join(dir, 'public/model.pte'));
  copyFileSync(zoo.input, join(dir, 'public/input.bin'));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ private: true, type: 'module' }, null, 2)}\n`);
  // The packages as an install lays them out: inside node_modules (which the bundlers treat as
  // dependencies: Vite's pre-bundling, for one), not links to the workspace.
  const modules = join(dir, 'node_modules');
  for (const name of PACKAGES) {
    const to = join(modules, '@kindling', name);
    mkdirSync(to, { recursive: true });
    copyFileSync(join(repo, 'packages', name, 'package.json'), join(to, 'package.json'));
    cpSync(join(repo, 'packages', name, 'dist'), join(to, 'dist'), { recursive: true });
  }
  cpSync(realpathSync(join(repo, 'packages/ir/node_modules/flatbuffers')), join(modules, 'flatbuffers'), {
    recursive: true,
  });
  // `npm install --save-dev esbuild`: the esbuild of tests/bundle.
  const esbuild = dirname(createRequire(join(repo, 'tests/bundle/package.json')).resolve('esbuild/package.json'));
  mkdirSync(join(modules, '.bin'));
  symlinkSync(join(esbuild, 'bin/esbuild'), join(modules, '.bin/esbuild'));
}

/** Runs shell commands of the page in `dir`; `npx X` runs the X installed there. */
async function runCommands(dir, commands) {
  const env = { ...process.env, PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}` };
  try {
    await promisify(execFile)('sh', ['-ec', `npx() { "$@"; }\n${commands}`], { cwd: dir, env, timeout: PREPARE_MS });
  } catch (error) {
    throw new Error(`${commands.trim()}\n${error.stderr || error.message}`);
  }
}

// --- Builds and servers. Each server resolves to { origin, csp, requests?, close }.

async function viteBuild(dir) {
  const vite = await loadVite();
  await vite.build({ root: dir, configFile: join(dir, 'vite.config.ts'), logLevel: 'silent' });
}

/** `vite preview`: the config's headers, and the page's Content Security Policy on top. */
async function vitePreview(dir, { csp }) {
  const vite = await loadVite();
  const server = await vite.preview({
    root: dir,
    configFile: join(dir, 'vite.config.ts'),
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, open: false, headers: { 'Content-Security-Policy': csp } },
  });
  const { port } = server.httpServer.address();
  return { origin: `http://127.0.0.1:${port}`, csp, close: () => server.close() };
}

/** `npx vite`: the dev server, with the config (its `server.headers`, `optimizeDeps`). */
async function viteDev(dir) {
  const vite = await loadVite();
  const server = await vite.createServer({
    root: dir,
    configFile: join(dir, 'vite.config.ts'),
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, open: false },
  });
  await server.listen();
  const { port } = server.httpServer.address();
  return { origin: `http://127.0.0.1:${port}`, csp: null, close: () => server.close() };
}

/**
 * The page's webpack config as the webpack CLI runs it from the app's folder (`context` and
 * `output.path` default to that folder and its dist/), in `mode`, quiet.
 */
async function webpackCompiler(dir, mode) {
  const { default: config } = await import(pathToFileURL(join(dir, 'webpack.config.js')).href);
  const webpack = fromBundlers('webpack');
  return {
    config,
    compiler: webpack({
      context: dir,
      ...config,
      mode,
      output: { path: join(dir, 'dist'), ...config.output },
      infrastructureLogging: { level: 'error' },
      stats: 'errors-only',
    }),
  };
}

/** `npx webpack --mode production`. */
async function webpackBuild(dir) {
  const { compiler } = await webpackCompiler(dir, 'production');
  const stats = await new Promise((ok, fail) => compiler.run((error, result) => (error ? fail(error) : ok(result))));
  await new Promise((ok) => compiler.close(ok));
  if (stats.hasErrors()) {
    throw new Error(
      `webpack: ${stats
        .toJson({ all: false, errors: true })
        .errors.map((e) => e.message)
        .join('\n')}`,
    );
  }
}

/** `npx webpack serve --mode development`: webpack-dev-server with the config's `devServer`. */
async function webpackDev(dir) {
  const { config, compiler } = await webpackCompiler(dir, 'development');
  const WebpackDevServer = fromBundlers('webpack-dev-server');
  const server = new WebpackDevServer(
    // `static` defaults to public/ in the folder the CLI runs in.
    {
      static: join(dir, 'public'),
      ...config.devServer,
      host: '127.0.0.1',
      port: 0,
      open: false,
      setupExitSignals: false,
    },
    compiler,
  );
  await server.start();
  // The first compilation done before the page loads (and the test's time starts).
  await new Promise((ok) => server.middleware.waitUntilValid(() => ok()));
  return { origin: `http://127.0.0.1:${server.server.address().port}`, csp: null, close: () => server.stop() };
}

/** The page's esbuild commands: the build, then (`kernels`) the copy of the kernels. */
async function esbuildBuild(dir, guide, { kernels }) {
  await runCommands(dir, guide.block('esbuild', 'sh', 'esbuild src/'));
  if (kernels) await runCommands(dir, guide.block('esbuild', 'sh', '.wasm'));
}

/** dist/ as a static host serves it: its `_headers` rules, and the page's CSP. */
async function staticHost(dir, { csp }) {
  const server = await serveStatic({ root: join(dir, 'dist'), extra: { 'Content-Security-Policy': csp } });
  return { ...server, csp, requests: server.requests };
}

/** dist/ served by nginx with the page's `location` block, or null without nginx. */
async function nginxHost(dir, { guide, csp }) {
  const nginx = findNginx();
  if (!nginx) return null;
  const block = guide.blocks.filter((b) => b.lang === 'nginx');
  if (block.length !== 1) throw new Error(`the guide has ${block.length} nginx blocks, expected one`);
  const server = await serveNginx({
    nginx,
    root: join(dir, 'dist'),
    block: block[0].code,
    csp,
    work: join(dir, '.nginx'),
  });
  return {
    origin: server.origin,
    csp,
    close: server.close,
    get requests() {
      return server.requests;
    },
  };
}

/**
 * The apps and how each is served: `build(dir, guide)` once, then each of `serve` in turn.
 * `wasm`: whether the page must fetch a kernel build (`'fetched'`) or none (`'none'`); checked
 * where the server logs its requests.
 */
const APPS = [
  {
    app: 'vite',
    build: viteBuild,
    serve: [
      { name: 'Vite: vite build, vite preview', start: vitePreview },
      { name: 'Vite: the dev server (npx vite)', start: viteDev },
    ],
  },
  {
    app: 'webpack',
    build: webpackBuild,
    serve: [
      { name: 'webpack: production build, served with the _headers rules', start: staticHost, wasm: 'fetched' },
      { name: 'webpack: the dev server (npx webpack serve)', start: webpackDev },
    ],
  },
  {
    app: 'esbuild',
    build: (dir, guide) => esbuildBuild(dir, guide, { kernels: true }),
    serve: [
      { name: "esbuild: the page's commands, served with the _headers rules", start: staticHost, wasm: 'fetched' },
      {
        name: "esbuild: the same build served by nginx with the page's location block",
        start: nginxHost,
        wasm: 'fetched',
      },
    ],
  },
  {
    app: 'esbuild-embedded',
    build: (dir, guide) => esbuildBuild(dir, guide, { kernels: false }),
    serve: [{ name: 'esbuild: the embedded kernels, no .wasm fetched', start: staticHost, wasm: 'none' }],
  },
];

/** Loads the app in a new page and checks what it shows against ExecuTorch's output. */
async function checkApp({ context, check, limits }, served, zoo, wasm) {
  let page;
  try {
    page = await context.newPage();
    const errors = [];
    // A page error or a failed request ends the wait for the result at once.
    let fatal;
    const broken = new Promise((_, reject) => {
      fatal = (message) => {
        errors.push(message);
        reject(new Error(message));
      };
    });
    broken.catch(() => {});
    page.on('pageerror', (error) => fatal(`page error: ${error.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    // The page's own requests must all succeed (the browser's favicon request aside: the app has none).
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) fatal(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.setDefaultTimeout(limits.page);
    const response = await page.goto(`${served.origin}/`);
    check(response?.ok(), `loading the app: HTTP ${response?.status()}`);
    const shown = page.waitForFunction(() => document.getElementById('result')?.textContent?.startsWith('{'), null, {
      timeout: limits.page,
    });
    shown.catch(() => {});
    await Promise.race([shown, broken]).catch(() =>
      check(false, `the app showed no result: ${errors.join('; ') || 'no error reported'}`),
    );
    const result = JSON.parse(await page.evaluate(() => document.getElementById('result')?.textContent ?? ''));
    const failed = errors.filter((e) => !e.startsWith('console: Failed to load resource'));
    check(failed.length === 0, failed.join('; '));
    const headers = response.headers();
    if (served.csp)
      check(headers['content-security-policy'] === served.csp, "the page was served without the guide's CSP");
    check(headers['cross-origin-opener-policy'] === 'same-origin', 'no Cross-Origin-Opener-Policy header');
    check(headers['cross-origin-embedder-policy'] === 'require-corp', 'no Cross-Origin-Embedder-Policy header');
    check(result.pageIsolated === true, 'the page is not cross-origin isolated');
    check(result.crossOriginIsolated === true, 'the worker is not cross-origin isolated');
    check(result.threads > 1, `the CPU delegate ran on ${result.threads} thread(s)`);
    const { expected, tolerance } = zoo;
    const out = result.output;
    check(out.length === expected.length, `${out.length} outputs, expected ${expected.length}`);
    let worst = 0;
    for (let i = 0; i < expected.length; i++) {
      const d = Math.abs(out[i] - expected[i]);
      check(d <= tolerance.atol + tolerance.rtol * Math.abs(expected[i]), `output ${i}: ${out[i]} vs ${expected[i]}`);
      worst = Math.max(worst, d);
    }
    let fetched = '';
    if (served.requests) {
      // What the page and its workers asked the server for (the workers' requests included).
      const requests = served.requests;
      const missing = requests.filter((r) => r.status >= 400 && r.path !== '/favicon.ico');
      check(missing.length === 0, `not found: ${missing.map((r) => r.path).join(', ')}`);
      const kernels = requests.filter((r) => r.path.endsWith('.wasm'));
      if (wasm === 'none') check(kernels.length === 0, `fetched ${kernels.map((r) => r.path).join(', ')}`);
      if (wasm === 'fetched') {
        check(kernels.length > 0, 'no kernel build (.wasm) was fetched');
        for (const k of kernels) check(k.type === 'application/wasm', `${k.path} served as ${k.type}`);
      }
      fetched = `, ${kernels.length} .wasm fetched`;
    }
    return `${CASE} on ${result.threads} threads, max |diff| vs ExecuTorch ${worst.toExponential(2)}${fetched}`;
  } finally {
    await page?.close({ runBeforeUnload: false }).catch(() => {});
  }
}

const failing = (error) => () => {
  throw error;
};

/** Builds, serves and runs the guide's app every way; `test`, `check`, `skip` are the runner's. */
export async function runGuideAppTest({ context, test, check, skip, limits }) {
  const title = (name) => `"Running in the browser", ${name}: isolated, threads, ExecuTorch's output`;
  const names = APPS.flatMap((a) => a.serve.map((s) => title(s.name)));
  const missing = !bundlersInstalled()
    ? 'Vite and webpack are not installed'
    : !webpackToolsInstalled()
      ? 'webpack-dev-server, esbuild-loader or copy-webpack-plugin is not installed'
      : null;
  if (missing) {
    for (const name of names) {
      if (process.env.KINDLING_REQUIRE_BUNDLERS === '1') {
        await test(name, () => check(false, `${missing} (\`pnpm run bundlers:install\`)`));
      } else skip(`${name} (${missing}: \`pnpm run bundlers:install\`)`);
    }
    return;
  }
  let guide;
  let zoo;
  let csp;
  try {
    guide = readGuide();
    zoo = zooCase();
    csp = guide.csp();
  } catch (error) {
    for (const name of names) await test(name, failing(error));
    return;
  }
  const root = mkdtempSync(join(bundlers, '.guide-app-'));
  try {
    for (const { app, build, serve } of APPS) {
      const dir = join(root, app);
      // Built and served before a test's time limit starts (a build takes a while on a busy machine).
      let buildError = null;
      try {
        writeApp(dir, filesOf(guide, app), zoo);
        await withTimeout(build(dir, guide), PREPARE_MS, `building the ${app} app`);
      } catch (error) {
        buildError = error;
      }
      for (const { name, start, wasm } of serve) {
        if (buildError) {
          await test(title(name), failing(buildError));
          continue;
        }
        let served;
        try {
          served = await withTimeout(start(dir, { guide, csp }), PREPARE_MS, `serving the ${app} app`);
        } catch (error) {
          await test(title(name), failing(error));
          continue;
        }
        if (served === null) {
          // nginx: installed by .ci/run (Debian's), where its absence fails the test.
          if (process.env.KINDLING_REQUIRE_NGINX === '1')
            await test(title(name), failing(new Error('nginx is not installed')));
          else skip(`${title(name)} (nginx is not installed)`);
          continue;
        }
        try {
          await test(title(name), () => checkApp({ context, check, limits }, served, zoo, wasm));
        } finally {
          await served.close();
        }
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
