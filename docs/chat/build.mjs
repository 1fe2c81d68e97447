#!/usr/bin/env node
/**
 * Builds the chat page: `node docs/chat/build.mjs [--out DIR]` (default `docs/chat/dist`).
 *
 * - the page, its script and its module worker, with Vite from `tests/bundle/bundlers` (installed
 *   there, outside the pnpm workspace, by `pnpm run bundlers:install`). `@kindling/*` resolve to the
 *   built packages through the docs workspace's links (`npx --yes pnpm@10.18.3 build` first);
 * - `_headers`: the cross-origin isolation headers (COOP/COEP) the CPU delegate's threads need, in
 *   the format Netlify and Cloudflare Pages read; other hosts must send the same headers.
 *
 * No model is bundled: the page loads the files the user picks, or the URLs of its query string.
 * Every asset is referenced relative to the page, so the folder can be served under any path (the
 * documentation site serves it at `/chat/`).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = fileURLToPath(new URL('.', import.meta.url));
const bundlers = resolve(here, '../../tests/bundle/bundlers');

/** The headers every response of the page needs for threads (cross-origin isolation). */
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

async function loadVite() {
  let entry;
  try {
    entry = createRequire(join(bundlers, 'package.json')).resolve('vite');
  } catch {
    throw new Error(
      'Vite is not installed in tests/bundle/bundlers: run `npx --yes pnpm@10.18.3 run bundlers:install`',
    );
  }
  return import(pathToFileURL(entry).href);
}

/** Builds the chat page into `outDir`; resolves to `{ outDir }`. */
export async function buildChat({ outDir = join(here, 'dist') } = {}) {
  const { build } = await loadVite();
  await build({
    root: here,
    configFile: false,
    logLevel: 'warn',
    base: './',
    // The worker imports the packages as ES modules (code splitting, `import.meta.url` for the
    // CPU delegate's .wasm files).
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const headers = Object.entries(ISOLATION_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
  writeFileSync(join(outDir, '_headers'), ['/*', ...headers, ''].join('\n'));
  return { outDir };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const { outDir } = await buildChat(values.out ? { outDir: resolve(values.out) } : {});
  console.log(`chat page: ${outDir}`);
}
