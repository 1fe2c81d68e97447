#!/usr/bin/env node
// What an app ships: Kindling's apps against apps of the same model on its peers, built by one
// bundler (esbuild: minified, browser, ES module) and measured the same way: every JavaScript file
// of the build and every WebAssembly file the app needs, each gzipped (level 9). The programs and
// model files are not counted (they are fetched at run time, and their size is the model's).
//
//   Kindling, runtime core  tests/bundle/apps/core: Module, no kernels
//   Kindling, digits app    docs/examples/selective-build: the five kernels `kindling select` names
//   Kindling, MobileNetV2   tests/bundle/apps/mobilenet: @kindling/backend-xnnpack (CPU delegate),
//                           the kernels `kindling select` names for MobileNetV2 (none)
//   onnxruntime-web         `onnxruntime-web/wasm` (the wasm execution provider only): its bundle and
//                           the one .wasm it fetches, ort-wasm-simd-threaded.wasm
//   tfjs (wasm backend)     @tensorflow/tfjs-core + @tensorflow/tfjs-backend-wasm with the graph
//                           interpreter the speed benchmark runs MobileNetV2 with (peers/tfjs-graph.mjs;
//                           the TF.js converter an ordinary tfjs app loads graphs with would add its own
//                           code), and tfjs-backend-wasm-simd.wasm, the build a browser without
//                           cross-origin isolation fetches
//
// The .wasm files an app needs are those its bundled modules reference with
// `new URL('x.wasm', import.meta.url)` (what bundlers copy as assets), plus the ones listed
// below for peers that locate theirs otherwise. WebAssembly embedded in JavaScript counts as JavaScript.
//
// Usage: node bench/size.mjs [--json]   (after `pnpm build` and `pnpm run bench:install`)
// Writes bench/results/size.json and bench/results/size.md.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const peers = join(root, 'bench/peers');
/** A file of a package installed in bench/peers (by path: not every package exports its files). */
const peerFile = (path) => join(peers, 'node_modules', path);
const peerVersion = (name) => JSON.parse(readFileSync(peerFile(`${name}/package.json`), 'utf8')).version;

const APPS = [
  { id: 'kindling-core', label: 'Kindling: runtime core (no kernels)', entry: 'tests/bundle/apps/core/main.ts' },
  {
    id: 'kindling-digits',
    label: 'Kindling: digits app (selected kernels)',
    entry: 'docs/examples/selective-build/src/main.ts',
  },
  {
    id: 'kindling-mobilenet',
    label: 'Kindling: MobileNetV2 + CPU delegate',
    entry: 'tests/bundle/apps/mobilenet/main.ts',
    model: 'MobileNetV2',
  },
  {
    id: 'ort-web',
    label: 'onnxruntime-web (wasm EP): MobileNetV2',
    package: 'onnxruntime-web',
    model: 'MobileNetV2',
    source: `import * as ort from 'onnxruntime-web/wasm';
export async function classify(url, image) {
  const session = await ort.InferenceSession.create(url, { executionProviders: ['wasm'] });
  const input = new ort.Tensor('float32', image, [1, 3, 224, 224]);
  const out = await session.run({ [session.inputNames[0]]: input });
  return out[session.outputNames[0]].data;
}
globalThis.classify = classify;`,
  },
  {
    id: 'tfjs-wasm',
    label: 'tfjs (wasm backend): MobileNetV2',
    package: '@tensorflow/tfjs-backend-wasm',
    model: 'MobileNetV2',
    source: `import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { compileGraph } from './tfjs-graph.mjs';
export async function classify(graphUrl, binUrl, image) {
  await tf.setBackend('wasm');
  const graph = await (await fetch(graphUrl)).json();
  const bin = new Uint8Array(await (await fetch(binUrl)).arrayBuffer());
  const model = compileGraph(tf, graph, bin);
  return model.run([image]);
}
globalThis.classify = classify;`,
    wasm: ['@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm'],
  },
];

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const WASM_URL = /new\s+URL\(\s*(["'`])([^"'`]+\.wasm)\1\s*,\s*import\.meta\.url\s*\)/g;

/** Bundles one app; its JavaScript outputs and the .wasm files it needs, with their sizes. */
async function measure(app, outdir) {
  const result = await build({
    ...(app.entry
      ? { entryPoints: [join(root, app.entry)] }
      : { stdin: { contents: app.source, resolveDir: peers, sourcefile: `${app.id}.mjs`, loader: 'js' } }),
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir,
    splitting: true,
    metafile: true,
    write: true,
    logLevel: 'silent',
    external: ['node:*'],
  });
  const js = Object.keys(result.metafile.outputs)
    .filter((f) => /\.m?js$/.test(f))
    .map((f) => {
      const bytes = readFileSync(resolve(root, f));
      return { file: f.slice(f.lastIndexOf('/') + 1), bytes: bytes.length, gzip: gzip(bytes) };
    });
  const wasmFiles = new Set((app.wasm ?? []).map(peerFile));
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = resolve(root, input);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(WASM_URL)) wasmFiles.add(resolve(dirname(path), m[2]));
  }
  const wasm = [...wasmFiles].map((path) => {
    const bytes = readFileSync(path);
    // Kindling's CPU delegate references its four kernel builds (names in a `kindling.kernels`
    // custom section) and fetches one, the engine's: the largest single-threaded one counts.
    const build = bytes.includes('kindling.kernels') ? (bytes.includes('-shared') ? 'shared' : 'single') : undefined;
    return { file: path.slice(path.lastIndexOf('/') + 1), bytes: bytes.length, gzip: gzip(bytes), build };
  });
  const largest = Math.max(0, ...wasm.filter((f) => f.build === 'single').map((f) => f.gzip));
  for (const f of wasm) {
    f.fetched = f.build === undefined || (f.build === 'single' && f.gzip === largest);
    if (f.fetched) continue;
    f.note = 'not fetched: an alternative build';
  }
  for (const f of wasm) delete f.build;
  const fetched = wasm.filter((f) => f.fetched);
  const sum = (list, key) => list.reduce((s, f) => s + f[key], 0);
  return {
    id: app.id,
    label: app.label,
    version: app.package ? peerVersion(app.package) : undefined,
    js,
    wasm,
    jsGzip: sum(js, 'gzip'),
    wasmGzip: sum(fetched, 'gzip'),
    gzip: sum(js, 'gzip') + sum(fetched, 'gzip'),
    bytes: sum(js, 'bytes') + sum(fetched, 'bytes'),
  };
}

function table(rows) {
  const base = rows.find((r) => r.id === 'kindling-mobilenet');
  const kb = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(1)} kB`);
  const lines = [
    '| app | JS (gzip) | wasm (gzip) | total (gzip) | total ÷ Kindling MobileNetV2 |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    const name = r.version ? `${r.label} (${r.version})` : r.label;
    const ratio =
      r.id.startsWith('kindling') && r.id !== 'kindling-mobilenet' ? '' : `${(r.gzip / base.gzip).toFixed(1)}×`;
    lines.push(`| ${name} | ${kb(r.jsGzip)} | ${r.wasmGzip ? kb(r.wasmGzip) : '—'} | ${kb(r.gzip)} | ${ratio} |`);
  }
  return lines.join('\n');
}

async function main() {
  for (const pkg of ['core', 'runtime', 'backend-xnnpack']) {
    if (!existsSync(join(root, 'packages', pkg, 'dist/index.js'))) {
      console.error(`error: packages/${pkg}/dist is missing: run \`npx --yes pnpm@10.18.3 build\` first`);
      return 1;
    }
  }
  for (const app of APPS.filter((a) => a.package)) {
    if (!existsSync(peerFile(`${app.package}/package.json`))) {
      console.error(`error: ${app.package} is not installed: run \`npx --yes pnpm@10.18.3 run bench:install\``);
      return 1;
    }
  }
  const work = mkdtempSync(join(tmpdir(), 'kindling-size-'));
  const rows = [];
  try {
    for (const app of APPS) rows.push(await measure(app, join(work, app.id)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const embedded = rows.find((r) => r.id === 'kindling-mobilenet')?.wasm.length === 0;
  const md = `${table(rows)}\n\nesbuild (minified, ES module, browser); every JS file of the build and the .wasm the app fetches (Kindling's CPU delegate: the largest of its single-threaded kernel builds, one of which the engine loads), each gzipped (level 9); programs and model files not counted.${embedded ? " Kindling's CPU delegate embeds its WebAssembly kernels in its JavaScript (base64), so they count as JS." : ''}\n`;
  const out = join(root, 'bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'size.json'), `${JSON.stringify({ bundler: 'esbuild', rows }, null, 2)}\n`);
  writeFileSync(join(out, 'size.md'), md);
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else {
    console.log(md);
    for (const r of rows) {
      for (const f of [...r.js, ...r.wasm]) {
        console.log(
          `  ${r.id.padEnd(20)} ${f.file.padEnd(40)} ${String(f.gzip).padStart(9)} gzip ${String(f.bytes).padStart(10)}${f.note ? `  (${f.note})` : ''}`,
        );
      }
    }
    console.log('written: bench/results/size.json, bench/results/size.md');
  }
  return 0;
}

process.exitCode = await main();
