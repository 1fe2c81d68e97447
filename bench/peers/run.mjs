#!/usr/bin/env node
// Kindling against its peers, side by side, in one run on one machine (batch 1, Node, CPU):
//
//   kindling     @kindling/runtime + @kindling/backend-xnnpack on the xnnpack .pte (1 and 2 threads),
//                with the WebAssembly SIMD128 kernels the engine picks by default
//   kindling-relaxed  the same with the relaxed-SIMD kernels (fused multiply-add): on by default in
//                Chrome/Edge >= 114 and Node >= 22; Node 20 needs --experimental-wasm-relaxed-simd,
//                which this child process then gets
//   ort-web      onnxruntime-web, wasm backend, on the ONNX export (ort.env.wasm.numThreads 1 and 2)
//   ort-node     onnxruntime-node, CPU execution provider (intraOpNumThreads 1 and 2)
//   tfjs         @tensorflow/tfjs-backend-wasm, the ONNX graph interpreted with tfjs ops
//   executorch   ExecuTorch's C++ runtime (Python bindings) + XNNPACK on the same .pte (threadpool 1, 2)
//
// Every (runtime, threads) pair is one child process that loads and times the models one after
// another; the processes run one at a time. Each peer's output for the committed input is compared
// with ExecuTorch's recorded output (packages/conformance-zoo/cases/<model>/xnnpack.out0.bin).
// mobilenet_v2_int8 is MobileNetV2's statically quantized program (the zoo's xnnpack-int8 flavour),
// run by Kindling and ExecuTorch only (the ONNX peers have no equivalent of the same program).
//
// Usage: node bench/peers/run.mjs [--models a,b] [--runs N] [--warmup N] [--peers kindling,ort-web,...]
//                                 [--threads 1,2] [--no-export]
// Writes bench/results/peers.json and bench/results/peers.md. Needs `pnpm build` and
// `pnpm run bench:install` first (see bench/README.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const python = `${root}tools/conformance/.venv/bin/python`;

const ALL_MODELS = [
  'mobilenet_v2',
  'mobilenet_v2_int8',
  'mobilenet_v3_small',
  'resnet18',
  'resnet50',
  'minilm',
  'tiny_llama',
  'one_op',
  'conv1d_small',
  'gru_small',
];
/** Benchmark names for another zoo model or flavour: [zoo model, flavour]. */
const FLAVOURED = {
  mobilenet_v2_int8: ['mobilenet_v2', 'xnnpack-int8'],
  // the small graphs: one delegated operator, a 1-D convolution model, a recurrent model
  one_op: ['ops/linear/bias_2d', 'xnnpack'],
  conv1d_small: ['blocks/conv1d_small', 'xnnpack'],
  gru_small: ['blocks/gru_small', 'xnnpack'],
};
/** The small graphs (their own table, with where Kindling's time goes). */
const SMALL = ['one_op', 'conv1d_small', 'gru_small', 'tiny_llama'];
/** Peers that run the .pte itself (and so every flavour); the others run the fp32 ONNX export. */
const PTE_PEERS = ['kindling', 'kindling-relaxed', 'executorch'];
const ALL_PEERS = ['kindling', 'kindling-relaxed', 'ort-web', 'ort-node', 'tfjs', 'executorch'];
/** timed runs per model unless --runs is given (warm-up runs come first and are not timed) */
const DEFAULT_RUNS = { resnet50: 10, minilm: 20, one_op: 2000, conv1d_small: 1000, gru_small: 500, tiny_llama: 500 };
const LABEL = {
  kindling: 'Kindling (xnnpack, SIMD)',
  'kindling-relaxed': 'Kindling (xnnpack, relaxed SIMD)',
  'ort-web': 'onnxruntime-web (wasm)',
  'ort-node': 'onnxruntime-node (CPU)',
  tfjs: 'tfjs-backend-wasm',
  executorch: 'ExecuTorch C++ (XNNPACK)',
};

const { values: args } = parseArgs({
  options: {
    models: { type: 'string', default: ALL_MODELS.join(',') },
    peers: { type: 'string', default: ALL_PEERS.join(',') },
    threads: { type: 'string', default: '1,2' },
    runs: { type: 'string' },
    warmup: { type: 'string', default: '3' },
    'no-export': { type: 'boolean', default: false },
    out: { type: 'string', default: `${root}bench/results/peers` },
  },
});
const models = args.models.split(',').filter(Boolean);
const peers = args.peers.split(',').filter(Boolean);
const threadCounts = args.threads.split(',').map(Number);
for (const m of models) if (!ALL_MODELS.includes(m)) throw new Error(`unknown model ${m} (known: ${ALL_MODELS})`);
for (const p of peers) if (!ALL_PEERS.includes(p)) throw new Error(`unknown peer ${p} (known: ${ALL_PEERS})`);

// ---- models, inputs, reference outputs ---------------------------------------------------------
const manifest = JSON.parse(readFileSync(`${root}packages/conformance-zoo/cases/manifest.json`, 'utf8'));
const fx = (f) => `${root}packages/conformance-zoo/cases/${f}`;
const jobs = [];
const skipped = [];
for (const model of models) {
  const [zooModel, flavour] = FLAVOURED[model] ?? [model, 'xnnpack'];
  const c = manifest.cases.find((k) => k.model === zooModel && k.flavour === flavour);
  if (!c) {
    skipped.push({ model, reason: 'not in packages/conformance-zoo/cases/manifest.json' });
    continue;
  }
  const pte = c.committed ? fx(c.file) : `${root}.cache/conformance/${c.file}`;
  if (!existsSync(pte)) {
    skipped.push({
      model,
      reason: `${pte} missing: run tools/conformance/.venv/bin/python tools/conformance/export_zoo.py`,
    });
    continue;
  }
  // step 0 (for tiny_llama: the 6-token prefill on a fresh program; repeating it is idempotent)
  const step = c.steps[0];
  jobs.push({
    model,
    flavour,
    pte,
    onnx: `${root}.cache/bench/${zooModel}/model.onnx`,
    tfjsDir: `${root}.cache/bench/${zooModel}`,
    inputs: step.inputs.map((i) => ({ file: fx(i.file), dtype: i.dtype, shape: i.shape })),
    reference: { file: fx(step.outputs[0].file), shape: step.outputs[0].shape },
    delegateCalls: c.delegate_calls,
    runs: Number(args.runs ?? DEFAULT_RUNS[model] ?? 30),
    warmup: Math.max(1, Number(args.warmup)),
    size: c.size,
  });
}

// ---- ONNX exports (for ort-web, ort-node, tfjs) ------------------------------------------------
const needOnnx = peers.some((p) => ['ort-web', 'ort-node', 'tfjs'].includes(p));
const missingOnnx = jobs
  .filter((j) => j.flavour === 'xnnpack' && (!existsSync(j.onnx) || !existsSync(`${j.tfjsDir}/tfjs.json`)))
  .map((j) => (FLAVOURED[j.model] ?? [j.model])[0]);
if (needOnnx && missingOnnx.length > 0) {
  if (args['no-export'] || !existsSync(python)) {
    console.error(
      `ONNX exports missing for ${missingOnnx.join(', ')}: run bench/peers/export_onnx.py (see bench/README.md)`,
    );
  } else {
    console.error(`exporting ONNX for ${missingOnnx.join(', ')} ...`);
    spawnSync(python, [`${here}export_onnx.py`, '--models', missingOnnx.join(',')], { stdio: 'inherit' });
  }
}

// ---- run each (peer, threads) in its own process, one after another ------------------------------
/** Node flags that give this engine relaxed SIMD (none where it is on by default), or null. */
function relaxedSimdFlags() {
  // (module (func (param v128 v128 v128) (result v128) local.get 0 local.get 1 local.get 2 f32x4.relaxed_madd))
  const probe = Uint8Array.from([
    0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 1, 96, 3, 123, 123, 123, 1, 123, 3, 2, 1, 0, 10, 13, 1, 11, 0, 32, 0, 32, 1, 32,
    2, 253, 133, 2, 11,
  ]);
  if (WebAssembly.validate(probe)) return [];
  const flag = '--experimental-wasm-relaxed-simd';
  const r = spawnSync(process.execPath, [
    flag,
    '-e',
    `process.exit(WebAssembly.validate(new Uint8Array([${probe}])) ? 0 : 1)`,
  ]);
  return r.status === 0 ? [flag] : null;
}

function runChild(peer, threads) {
  const runs = PTE_PEERS.includes(peer) ? jobs : jobs.filter((j) => j.flavour === 'xnnpack');
  if (runs.length === 0) return { runtime: peer, threads, results: [] };
  const job = { runtime: peer === 'kindling-relaxed' ? 'kindling' : peer, threads, runs };
  const cmd = peer === 'executorch' ? python : process.execPath;
  let argv = peer === 'executorch' ? [`${here}et_bench.py`] : [`${here}worker.mjs`];
  if (peer === 'kindling-relaxed') {
    const flags = relaxedSimdFlags();
    if (!flags) return { runtime: peer, threads, error: 'this Node.js has no relaxed SIMD' };
    argv = [...flags, ...argv];
  }
  if (peer === 'executorch' && !existsSync(python)) return { runtime: peer, threads, error: `${python} missing` };
  console.error(`${LABEL[peer]} x${threads} ...`);
  const r = spawnSync(cmd, argv, {
    input: JSON.stringify(job),
    cwd: here,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, OMP_NUM_THREADS: String(threads) },
  });
  const last = (r.stdout ?? '').trim().split('\n').pop();
  try {
    return JSON.parse(last);
  } catch {
    return {
      runtime: peer,
      threads,
      error: `exit ${r.status}${r.error ? ` (${r.error.message})` : ''}: ${last?.slice(0, 300)}`,
    };
  }
}

function quantile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
/** Two decimals, or three significant digits below 1 (the small graphs run in microseconds). */
const r2 = (x) =>
  !Number.isFinite(x) ? null : Math.abs(x) >= 1 ? Math.round(x * 100) / 100 : Number(x.toPrecision(3));

function readReference(ref) {
  const b = readFileSync(ref.file);
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

const raw = [];
// tfjs-backend-wasm runs single-threaded in Node (its threaded build needs a cross-origin-isolated
// browser page): setThreadsCount(2) reports 1 thread, so only the 1-thread run is made
const threadsFor = (peer) => (peer === 'tfjs' ? threadCounts.filter((t) => t === 1) : threadCounts);
for (const peer of peers)
  for (const threads of threadsFor(peer)) raw.push({ peer, requested: threads, ...runChild(peer, threads) });

// ---- summarise -----------------------------------------------------------------------------------
const results = [];
for (const job of jobs) {
  const ref = readReference(job.reference);
  for (const run of raw) {
    const row = { model: job.model, runtime: run.peer, threads: run.requested, effectiveThreads: run.threads ?? null };
    if (run.version) row.version = run.version;
    if (!PTE_PEERS.includes(run.peer) && job.flavour !== 'xnnpack') continue;
    const r = run.results?.find((x) => x.model === job.model);
    if (r?.kernels) row.kernels = r.kernels;
    if (r?.split) row.split = r.split;
    if (!r || r.error || run.error) {
      row.error = r?.error ?? run.error ?? 'no result';
      results.push(row);
      continue;
    }
    const [zooModel] = FLAVOURED[job.model] ?? [job.model];
    const tol = manifest.cases.find((k) => k.model === zooModel && k.flavour === job.flavour).tolerance;
    let maxAbs = 0;
    let ok = true;
    if (!r.output || r.output.length !== ref.length) {
      maxAbs = Number.NaN;
      ok = false;
    } else {
      for (let i = 0; i < ref.length; i++) {
        const d = Math.abs(r.output[i] - ref[i]);
        maxAbs = Math.max(maxAbs, d);
        if (!(d <= tol.atol + tol.rtol * Math.abs(ref[i]))) ok = false;
      }
    }
    const sorted = [...r.timesMs].sort((a, b) => a - b);
    Object.assign(row, {
      runs: sorted.length,
      warmup: job.warmup,
      medianMs: r2(quantile(sorted, 0.5)),
      p10Ms: r2(quantile(sorted, 0.1)),
      p90Ms: r2(quantile(sorted, 0.9)),
      minMs: r2(sorted[0]),
      initMs: r2(r.initMs),
      firstRunMs: r2(r.firstMs),
      maxAbsDiffVsExecuTorch: maxAbs,
      withinTolerance: ok,
      tolerance: tol,
    });
    results.push(row);
  }
}
// ratio: Kindling's median (same thread count) divided by the peer's median; > 1 = Kindling slower
const medianOf = (model, runtime, threads) =>
  results.find((x) => x.model === model && x.runtime === runtime && x.threads === threads)?.medianMs;
for (const row of results) {
  const k = medianOf(row.model, 'kindling', row.threads);
  const kr = medianOf(row.model, 'kindling-relaxed', row.threads);
  if (k && row.medianMs) row.kindlingOverPeer = r2(k / row.medianMs);
  if (kr && row.medianMs) row.kindlingRelaxedOverPeer = r2(kr / row.medianMs);
}

// The issue's targets, from the same run (null where a number is missing).
const speedup = (a, b) => (a && b ? r2(a / b) : null);
const targets = [];
for (const [runtime, label] of [
  ['kindling', 'SIMD'],
  ['kindling-relaxed', 'relaxed SIMD'],
]) {
  const mnv2 = medianOf('mobilenet_v2', runtime, 1);
  targets.push(
    {
      what: `MobileNetV2 fp32, 1 thread: tfjs-backend-wasm ÷ Kindling (${label})`,
      target: '>= 1.5',
      value: speedup(medianOf('mobilenet_v2', 'tfjs', 1), mnv2),
      met: (v) => v >= 1.5,
    },
    {
      what: `MobileNetV2 fp32, 1 thread: onnxruntime-web ÷ Kindling (${label})`,
      target: '>= 1.5',
      value: speedup(medianOf('mobilenet_v2', 'ort-web', 1), mnv2),
      met: (v) => v >= 1.5,
    },
    {
      what: `MobileNetV2 fp32, 1 thread: Kindling (${label}) ÷ onnxruntime-node`,
      target: '<= 2',
      value: speedup(mnv2, medianOf('mobilenet_v2', 'ort-node', 1)),
      met: (v) => v <= 2,
    },
    {
      what: `ResNet18, Kindling (${label}): 1 thread ÷ 2 threads`,
      target: '>= 1.7',
      value: speedup(medianOf('resnet18', runtime, 1), medianOf('resnet18', runtime, 2)),
      met: (v) => v >= 1.7,
    },
    {
      what: `MobileNetV2, Kindling (${label}), 1 thread: fp32 ÷ int8`,
      target: '> 1',
      value: speedup(mnv2, medianOf('mobilenet_v2_int8', runtime, 1)),
      met: (v) => v > 1,
    },
  );
}
// The CPU delegate's second pass (issue #19), relaxed-SIMD build, 1 thread unless stated.
const relaxed = (model, threads = 1) => medianOf(model, 'kindling-relaxed', threads);
for (const model of ['one_op', 'conv1d_small', 'gru_small', 'tiny_llama', 'mobilenet_v2', 'resnet18', 'resnet50'])
  targets.push({
    what: `${model}: Kindling (relaxed SIMD) ÷ ExecuTorch`,
    target: '<= 3',
    value: speedup(relaxed(model), medianOf(model, 'executorch', 1)),
    met: (v) => v <= 3,
  });
for (const model of ['minilm', 'tiny_llama'])
  targets.push({
    what: `${model}: onnxruntime-web ÷ Kindling (relaxed SIMD)`,
    target: '> 1',
    value: speedup(medianOf(model, 'ort-web', 1), relaxed(model)),
    met: (v) => v > 1,
  });
targets.push({
  what: 'MiniLM, Kindling (relaxed SIMD): 1 thread ÷ 2 threads',
  target: '>= 1.7',
  value: speedup(relaxed('minilm'), relaxed('minilm', 2)),
  met: (v) => v >= 1.7,
});
for (const t of targets) t.met = t.value === null ? null : t.met(t.value);

const cpus = os.cpus();
const meta = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
  cpu: cpus[0]?.model ?? 'unknown',
  cores: cpus.length,
  loadavg: os.loadavg().map(r2),
  executorch: manifest.executorch_version,
  versions: Object.fromEntries(raw.filter((r) => r.version).map((r) => [r.peer, r.version])),
  note: 'batch 1 (MiniLM: the committed 8 x 24-token batch; tiny_llama: the 6-token prefill step). Times in ms, wall clock per call, output read back included.',
};
for (const r of raw) if (r.peer === 'tfjs' && r.simd !== undefined) meta.tfjsSimd = r.simd;
mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(`${args.out}.json`, `${JSON.stringify({ meta, skipped, targets, results }, null, 2)}\n`);

const fmt = (x) =>
  x === null || x === undefined ? '–' : x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toPrecision(2);
const diff = (x) => (Number.isNaN(x) ? 'shape?' : x === 0 ? '0' : x.toExponential(1));
const lines = [
  `Kindling vs peers — ${meta.cpu}, ${meta.cores} cores, Node ${meta.node}, ${meta.date.slice(0, 10)}. ` +
    `Median (p10–p90) ms per call, batch 1, after warm-up; init = load/compile from bytes in memory; ` +
    `Kindling ÷ peer is Kindling's median over the peer's at the same thread count (> 1: Kindling slower), ` +
    `with the SIMD128 kernels / the relaxed-SIMD kernels. ` +
    `max abs diff is the largest difference from ExecuTorch's recorded output for the committed input (✗: outside the zoo's tolerance).`,
  '',
  '| model | runtime | threads | median | p10–p90 | init | 1st run | Kindling ÷ peer (SIMD / relaxed) | max abs diff |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
function ratioCell(row) {
  if (row.runtime.startsWith('kindling')) return row.kernels ? `(${row.kernels} kernels)` : '';
  const f = (x) => (x != null ? `${x.toFixed(2)}×` : '–');
  return `${f(row.kindlingOverPeer)} / ${f(row.kindlingRelaxedOverPeer)}`;
}
for (const row of results) {
  const th =
    row.effectiveThreads !== null && row.effectiveThreads !== row.threads
      ? `${row.threads} (→${row.effectiveThreads})`
      : row.threads;
  if (row.error) {
    lines.push(
      `| ${row.model} | ${LABEL[row.runtime]} | ${th} | n/a | | | | | ${row.error.replaceAll('|', '\\|').slice(0, 120)} |`,
    );
    continue;
  }
  lines.push(
    `| ${row.model} | ${LABEL[row.runtime]} | ${th} | ${fmt(row.medianMs)} | ${fmt(row.p10Ms)}–${fmt(row.p90Ms)} | ${fmt(row.initMs)} | ${fmt(row.firstRunMs)} | ${ratioCell(row)} | ${diff(row.maxAbsDiffVsExecuTorch)}${row.withinTolerance ? '' : ' ✗'} |`,
  );
}
// Summary: one row per model, medians at 1 thread (and Kindling's 2-thread speed-up); "vs X" is
// X's median over Kindling's with the relaxed-SIMD kernels (> 1: Kindling faster).
lines.push(
  '',
  'Summary, median ms (1 thread unless marked); vs X = X ÷ Kindling (relaxed SIMD), above 1: Kindling faster:',
  '',
  '| model | Kindling SIMD | Kindling relaxed | Kindling relaxed 2T | ort-web | tfjs-wasm | ort-node | ExecuTorch | vs ort-web | vs tfjs-wasm | vs ort-node | vs ExecuTorch | 2T ÷ 1T |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const job of jobs) {
  const m = (runtime, threads = 1) => medianOf(job.model, runtime, threads);
  const kr = m('kindling-relaxed');
  const times = (v) => (v === null ? '–' : `${v.toFixed(2)}×`);
  const vs = (runtime) => times(speedup(m(runtime), kr));
  lines.push(
    `| ${job.model} | ${fmt(m('kindling'))} | ${fmt(kr)} | ${fmt(m('kindling-relaxed', 2))} | ${fmt(m('ort-web'))} | ${fmt(m('tfjs'))} | ${fmt(m('ort-node'))} | ${fmt(m('executorch'))} | ${vs('ort-web')} | ${vs('tfjs')} | ${vs('ort-node')} | ${vs('executorch')} | ${times(speedup(kr, m('kindling-relaxed', 2)))} |`,
  );
}
const smallJobs = jobs.filter((j) => SMALL.includes(j.model));
if (smallJobs.length > 0) {
  lines.push(
    '',
    'Small graphs, median ms, 1 thread; where Kindling (relaxed SIMD) spends a call, from separate traced runs: in delegate calls, in portable operators between them, and the rest (the executor, inputs and outputs):',
    '',
    '| model | delegate calls | Kindling SIMD | Kindling relaxed | ExecuTorch | ort-web | Kindling relaxed ÷ ExecuTorch | in delegates | in portable ops | rest |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  const pct = (x) => (x === undefined ? '–' : `${Math.round(x * 100)}%`);
  const fine = (x) => (x === null || x === undefined ? '–' : x >= 1 ? x.toFixed(2) : x.toFixed(3));
  for (const job of smallJobs) {
    const m = (runtime) => medianOf(job.model, runtime, 1);
    const split = results.find(
      (x) => x.model === job.model && x.runtime === 'kindling-relaxed' && x.threads === 1,
    )?.split;
    const ratio = speedup(m('kindling-relaxed'), m('executorch'));
    lines.push(
      `| ${job.model} | ${job.delegateCalls} | ${fine(m('kindling'))} | ${fine(m('kindling-relaxed'))} | ${fine(m('executorch'))} | ${fine(m('ort-web'))} | ${ratio === null ? '–' : `${ratio.toFixed(2)}×`} | ${pct(split?.delegateShare)} | ${pct(split?.portableShare)} | ${pct(split?.otherShare)} |`,
    );
  }
}
lines.push(
  '',
  'Targets (issues #6 and #19), from this run:',
  '',
  '| measure | target | value | met |',
  '| --- | --- | ---: | --- |',
);
for (const t of targets)
  lines.push(
    `| ${t.what} | ${t.target} | ${t.value === null ? '–' : `${t.value.toFixed(2)}×`} | ${t.met === null ? '–' : t.met ? 'yes' : 'no'} |`,
  );
for (const s of skipped) lines.push(`\nSkipped ${s.model}: ${s.reason}`);
writeFileSync(`${args.out}.md`, `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
