#!/usr/bin/env node
// Times the steps of a conformance case (built packages: run `pnpm build` first), for profiling
// the delegate with `node --cpu-prof scripts/profile-decode.mjs ...`. Loads the case's program,
// runs its steps once, then repeats one step (by default the last: a decode step of the tiny_llama
// programs) and prints the median time per call over rounds. `--dist DIR` (repeatable) loads the
// backend from other builds of this package's dist (e.g. a copy of an earlier build inside the
// package, so its imports resolve) and alternates them round by round, so their medians come
// from the same run.
//   node scripts/profile-decode.mjs tiny_llama/xnnpack-8da4w [--step N] [--rounds R] [--calls C]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readTensorFile } from '@kindling/conformance-zoo';
import { Module, portableKernels } from '@kindling/runtime';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const root = resolve(pkg, '../..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    step: { type: 'string' },
    rounds: { type: 'string', default: '7' },
    calls: { type: 'string', default: '20' },
    dist: { type: 'string', multiple: true },
    cache: { type: 'string', default: join(root, '.cache/conformance') },
  },
});
const id = positionals[0] ?? 'tiny_llama/xnnpack-8da4w';
const casesDir = join(root, 'packages/conformance-zoo/cases');
const manifest = JSON.parse(readFileSync(join(casesDir, 'manifest.json'), 'utf8'));
const c = manifest.cases.find((x) => x.id === id);
if (!c) throw new Error(`no case ${id}`);
const programDir = c.committed ? casesDir : values.cache;
const bytes = new Uint8Array(readFileSync(join(programDir, c.file)));
const dists = values.dist?.length ? values.dist : ['dist'];

const modules = [];
for (const d of dists) {
  const { xnnpack } = await import(pathToFileURL(join(pkg, d, 'index.js')).href);
  const module = await Module.load(bytes, { kernels: portableKernels, backends: [xnnpack()] });
  modules.push({ name: d, module, times: [] });
}
const inputsOf = (s) => s.inputs.map((v) => readTensorFile(casesDir, v));
for (const m of modules) for (const s of c.steps) await m.module.execute(s.method, inputsOf(s));
const stepIndex = values.step === undefined ? c.steps.length - 1 : Number(values.step);
const step = c.steps[stepIndex];
const inputs = inputsOf(step);
const calls = Number(values.calls);
for (let r = 0; r < Number(values.rounds); r++) {
  for (const m of modules) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) await m.module.execute(step.method, inputs);
    m.times.push((performance.now() - t0) / calls);
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const m of modules) {
  console.log(
    `${id} step ${stepIndex} [${m.name}]: median ${median(m.times).toFixed(3)} ms per call (${m.times.map((t) => t.toFixed(2)).join(' ')})`,
  );
  await m.module.dispose();
}
