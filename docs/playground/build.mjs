#!/usr/bin/env node
/**
 * Builds the playground: `node docs/playground/build.mjs [--out DIR]` (default `docs/playground/dist`).
 *
 * - the page and its scripts, with Vite from `tests/bundle/bundlers` (installed there, outside the
 *   pnpm workspace, by `pnpm run bundlers:install`: a second Vite in the workspace would sit beside
 *   vitest's own). `@kindling/*` resolve to the built packages (`npx --yes pnpm@10.18.3 build` first);
 * - `examples/`: a few programs from `@kindling/conformance-zoo`, listed in `examples/examples.json`;
 * - `_headers`: the cross-origin isolation headers (COOP/COEP) the CPU delegate's threads need, in the
 *   format Netlify and Cloudflare Pages read; other hosts must send the same headers.
 *
 * Every asset is referenced relative to the page, so the folder can be served under any path
 * (the documentation site serves it at `/playground/`).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = fileURLToPath(new URL('.', import.meta.url));
const bundlers = resolve(here, '../../tests/bundle/bundlers');

/** The zoo programs offered as examples: [case id, title]. */
export const EXAMPLES = [
  ['digits/portable', 'Digits CNN (portable kernels)'],
  ['digits/xnnpack', 'Digits CNN, lowered to the CPU delegate (XNNPACK)'],
  ['digits/xnnpack-int8', 'Digits CNN, int8-quantized for the CPU delegate'],
  ['digits/vulkan', 'Digits CNN, lowered to the GPU delegate (Vulkan payload, runs on WebGPU)'],
  ['blocks/inverted_residual/xnnpack', "MobileNetV2's inverted residual block (CPU delegate)"],
  ['ops/split/chunks/portable', 'split into three outputs (portable kernels)'],
];

/** The headers every response of the playground needs for threads (cross-origin isolation). */
export const ISOLATION_HEADERS = {
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

function copyExamples(outDir) {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@kindling/conformance-zoo/manifest.json');
  const cases = new Map(JSON.parse(readFileSync(manifestPath, 'utf8')).cases.map((c) => [c.id, c]));
  const listed = [];
  for (const [id, title] of EXAMPLES) {
    const c = cases.get(id);
    if (!c?.committed) throw new Error(`the zoo has no committed case ${id}`);
    const file = `examples/${id.replaceAll('/', '-')}.pte`;
    mkdirSync(join(outDir, 'examples'), { recursive: true });
    copyFileSync(join(dirname(manifestPath), c.file), join(outDir, file));
    listed.push({ id, title, file });
  }
  writeFileSync(join(outDir, 'examples/examples.json'), `${JSON.stringify(listed, null, 2)}\n`);
  return listed;
}

/** Builds the playground into `outDir`; resolves to `{ outDir, examples }`. */
export async function buildPlayground({ outDir = join(here, 'dist') } = {}) {
  const { build } = await loadVite();
  await build({
    root: here,
    configFile: false,
    logLevel: 'warn',
    base: './',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const examples = copyExamples(outDir);
  const headers = Object.entries(ISOLATION_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
  writeFileSync(join(outDir, '_headers'), ['/*', ...headers, ''].join('\n'));
  return { outDir, examples };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const { outDir, examples } = await buildPlayground(values.out ? { outDir: resolve(values.out) } : {});
  console.log(`playground: ${outDir} (${examples.length} examples)`);
}
