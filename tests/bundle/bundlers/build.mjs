#!/usr/bin/env node
/**
 * Builds the size-test apps with Vite and with webpack, as an app that installs the packages does:
 * each app's sources resolve `@kindling/*` to the built packages (`packages/<name>/dist`, through
 * the pnpm workspace's links), with each bundler's defaults for a production build.
 *
 * - `core`: the runtime with no kernels (`tests/bundle/apps/core`);
 * - `digits`: the digits app with the kernels `kindling select` writes for its program (the guide
 *   "Selective build": `docs/examples/selective-build`);
 * - `mobilenet`: MobileNetV2 with the CPU delegate and the kernels `kindling select` writes for
 *   its XNNPACK program (`tests/bundle/apps/mobilenet`).
 *
 * An app's size is what it downloads: every JavaScript file the bundler emits and the one kernel
 * build (`.wasm`) the CPU delegate fetches (the largest single-threaded one emitted), each gzipped
 * (level 9) on its own; the HTML page and the programs (fetched at run time) are not counted.
 *
 * Vite and webpack are installed here, outside the pnpm workspace: `pnpm run bundlers:install`.
 * Used by tests/bundle/bundlers.test.ts (sizes) and tests/browser/run.mjs (runs the apps);
 * `node tests/bundle/bundlers/build.mjs [--json] [--out DIR]` prints the figures.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../../..');

/** The apps: a folder with `index.html` (Vite's entry) and the module webpack starts from. */
export const APPS = {
  core: { root: join(repo, 'tests/bundle/apps/core'), entry: './main.ts' },
  digits: { root: join(repo, 'docs/examples/selective-build'), entry: './src/main.ts' },
  mobilenet: { root: join(repo, 'tests/bundle/apps/mobilenet'), entry: './main.ts' },
};

export const BUNDLERS = ['vite', 'webpack'];

/** Whether Vite and webpack are installed here (`pnpm run bundlers:install`). */
export function bundlersInstalled() {
  const require = createRequire(join(here, 'package.json'));
  try {
    require.resolve('vite/package.json');
    require.resolve('webpack/package.json');
    return true;
  } catch {
    return false;
  }
}

/** Vite's module, as this folder resolves it (for tests that build with its API). */
export const loadVite = () => import('vite');

const counted = (name) => /\.(m?js|cjs|wasm)$/.test(name);

function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { recursive: true })) {
    const path = join(dir, String(entry));
    if (statSync(path).isFile()) out.push(relative(dir, path).split('\\').join('/'));
  }
  return out.sort();
}

/** Every counted file of a build, with its size and gzipped size. */
function measure(dir) {
  const files = filesUnder(dir)
    .filter(counted)
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      // Each kernel build names itself in a custom section (`kindling.kernels`); webpack hashes
      // the file names, so the section tells the shared-memory builds apart.
      const shared = name.endsWith('.wasm') && bytes.includes('kindling.kernels') && bytes.includes('-shared');
      return { name, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, shared };
    });
  // The CPU delegate's kernel builds are alternatives: an app fetches the one its engine runs, so
  // the JavaScript counts in full and the wasm by the largest single-threaded build emitted (the
  // shared-memory builds replace it where the app runs threads).
  const js = files.filter((f) => !f.name.endsWith('.wasm'));
  const wasm = files.filter((f) => f.name.endsWith('.wasm') && !f.shared);
  const largest = (key) => Math.max(0, ...wasm.map((f) => f[key]));
  const sum = (key) => js.reduce((s, f) => s + f[key], 0) + largest(key);
  return { files, bytes: sum('bytes'), gzip: sum('gzip') };
}

async function buildWithVite(app, outDir) {
  const { build } = await import('vite');
  await build({
    root: app.root,
    configFile: false,
    logLevel: 'silent',
    base: './', // the page's assets relative to it: the browser tests serve each app under its own path
    build: { outDir, emptyOutDir: true },
  });
}

async function buildWithWebpack(app, outDir) {
  const { default: webpack } = await import('webpack');
  const config = {
    mode: 'production',
    context: app.root,
    entry: app.entry,
    target: 'web',
    output: { path: outDir, filename: 'main.js', clean: true },
    resolve: { extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } },
    // webpack reads JavaScript only: the apps' TypeScript goes through Vite's own transform.
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, loader: join(here, 'ts-loader.mjs') }] },
    performance: { hints: false },
    devtool: false,
  };
  const stats = await new Promise((resolvePromise, reject) => {
    webpack(config, (error, result) => (error ? reject(error) : resolvePromise(result)));
  });
  if (stats.hasErrors()) {
    const { errors } = stats.toJson({ all: false, errors: true });
    throw new Error(`webpack: ${errors.map((e) => e.message).join('\n')}`);
  }
  // A page for the browser tests (Vite writes its own from the app's index.html).
  writeFileSync(
    join(outDir, 'index.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"></head><body><script src="main.js"></script></body></html>\n',
  );
}

/**
 * Builds `apps` with `bundlers` into `outDir/<app>-<bundler>/`; resolves to one result per build:
 * `{ app, bundler, dir, files: [{ name, bytes, gzip }], bytes, gzip }`.
 */
export async function buildApps({ outDir, apps = Object.keys(APPS), bundlers = BUNDLERS } = {}) {
  const results = [];
  for (const name of apps) {
    const app = APPS[name];
    if (!app) throw new Error(`no app ${name}`);
    for (const bundler of bundlers) {
      const dir = join(outDir, `${name}-${bundler}`);
      mkdirSync(dir, { recursive: true });
      if (bundler === 'vite') await buildWithVite(app, dir);
      else if (bundler === 'webpack') await buildWithWebpack(app, dir);
      else throw new Error(`no bundler ${bundler}`);
      results.push({ app: name, bundler, dir, ...measure(dir) });
    }
  }
  return results;
}

/** The figures as a table, one row per build, one line per counted file. */
export function formatSizes(results) {
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  const lines = [];
  for (const r of results) {
    lines.push(
      `${`${r.app} (${r.bundler})`.padEnd(22)} ${kb(r.gzip).padStart(9)} gzip  ${kb(r.bytes).padStart(9)} minified`,
    );
    for (const f of r.files)
      lines.push(`    ${f.name.padEnd(40)} ${kb(f.gzip).padStart(9)}       ${kb(f.bytes).padStart(9)}`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, out: { type: 'string' } } });
  if (!bundlersInstalled()) {
    console.error('error: Vite and webpack are not installed: run `npx --yes pnpm@10.18.3 run bundlers:install`');
    process.exit(1);
  }
  // --out DIR keeps the builds there (for a test that reads them); otherwise a temporary folder.
  const outDir = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), 'kindling-apps-'));
  try {
    const results = await buildApps({ outDir });
    if (values.json) process.stdout.write(`${JSON.stringify(results)}\n`);
    else console.log(formatSizes(results));
  } finally {
    if (!values.out) rmSync(outDir, { recursive: true, force: true });
  }
}
