#!/usr/bin/env node
// One runtime, one thread count, one process: loads and times every model of the job it reads on
// stdin, one after another, and prints one JSON object as its last stdout line. Spawned by run.mjs
// (never run two of these at once: they would share the cores).
//
// job: { runtime: 'kindling' | 'ort-web' | 'ort-node' | 'tfjs', threads, runs: [{ model, pte, onnx,
//        tfjsDir, inputs: [{ file, dtype, shape }], runs, warmup }] }
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const TYPED = { float32: Float32Array, int64: BigInt64Array, int32: Int32Array, bool: Uint8Array };

function readInput(i) {
  const b = readFileSync(i.file);
  const bytes = new Uint8Array(b.byteLength);
  bytes.set(b);
  return { ...i, bytes, data: new TYPED[i.dtype](bytes.buffer) };
}

const toFloats = (d) => Array.from(d, Number);

/** Each runtime: setup(threads) -> { threads, version }; load(job) -> { run(): Promise<ArrayLike>, dispose() } */
const RUNTIMES = {
  async kindling(threads) {
    const { Module, portableKernels } = await import('@kindling/runtime');
    const { xnnpack } = await import('@kindling/backend-xnnpack');
    const { Tensor, parseScalarType } = await import('@kindling/core');
    const { kernelModule } = await import('@kindling/backend-xnnpack/kernels');
    const version = JSON.parse(readFileSync(require.resolve('@kindling/runtime/package.json'), 'utf8')).version;
    return {
      threads,
      version,
      kernels: kernelModule()?.variant ?? 'ts',
      async load(m) {
        const bytes = new Uint8Array(readFileSync(m.pte));
        const inputs = m.inputs.map(readInput);
        const t0 = performance.now();
        const module = await Module.load(bytes, { kernels: portableKernels, backends: [xnnpack({ threads })] });
        await module.loadMethod('forward'); // methods load lazily: count it in init, like the peers' session creation
        const initMs = performance.now() - t0;
        const tensors = inputs.map(
          (i) => new Tensor({ dtype: parseScalarType(i.dtype), sizes: i.shape, bytes: i.bytes.slice() }),
        );
        return {
          initMs,
          async run() {
            const outs = await module.forward(tensors);
            return outs[0].data;
          },
          // Where a call's time goes, from a second module with a light event tracer (separate
          // runs, so the timed runs above carry no tracing cost).
          async split(runs) {
            const tracer = kindTotals();
            const traced = await Module.load(bytes, {
              kernels: portableKernels,
              backends: [xnnpack({ threads })],
              eventTracer: tracer,
            });
            await traced.loadMethod('forward');
            for (let i = 0; i < 3; i++) await traced.forward(tensors);
            tracer.reset();
            let wall = 0;
            for (let i = 0; i < runs; i++) {
              const t0 = performance.now();
              await traced.forward(tensors);
              wall += performance.now() - t0;
            }
            await traced.dispose();
            const t = tracer.totals;
            return {
              delegateCalls: t.delegateCount / runs,
              instructions: t.instructionCount / runs,
              delegateShare: t.delegate / wall,
              portableShare: t.instruction / wall,
              otherShare: Math.max(0, 1 - (t.delegate + t.instruction) / wall),
            };
          },
          dispose: () => module.dispose(),
        };
      },
    };
  },

  async 'ort-web'(threads) {
    const ort = await import('onnxruntime-web');
    ort.env.wasm.numThreads = threads;
    ort.env.wasm.simd = true;
    ort.env.logLevel = 'error';
    return {
      threads,
      version: ort.env.versions.web,
      load: (m) => loadOrt(ort, m, { executionProviders: ['wasm'] }),
    };
  },

  async 'ort-node'(threads) {
    const ort = require('onnxruntime-node');
    ort.env.logLevel = 'error';
    return {
      threads,
      version: JSON.parse(readFileSync(require.resolve('onnxruntime-node/package.json'), 'utf8')).version,
      load: (m) =>
        loadOrt(ort, m, {
          executionProviders: ['cpu'],
          intraOpNumThreads: threads,
          interOpNumThreads: 1,
          executionMode: 'sequential',
        }),
    };
  },

  async tfjs(threads) {
    const tf = await import('@tensorflow/tfjs-core');
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    wasm.setThreadsCount(threads);
    await tf.setBackend('wasm');
    await tf.ready();
    const { compileGraph } = await import('./tfjs-graph.mjs');
    return {
      threads: wasm.getThreadsCount(),
      version: tf.version_core,
      simd: await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'),
      async load(m) {
        const graphText = readFileSync(`${m.tfjsDir}/tfjs.json`, 'utf8');
        const bin = readFileSync(`${m.tfjsDir}/tfjs.bin`);
        const inputs = m.inputs.map(readInput);
        const t0 = performance.now();
        const g = compileGraph(tf, JSON.parse(graphText), bin);
        const initMs = performance.now() - t0;
        return {
          initMs,
          run: () => g.run(inputs),
          dispose: () => g.dispose(),
        };
      },
    };
  },
};

/** An event tracer that only sums time per kind (delegate calls, portable instructions). */
function kindTotals() {
  const starts = [];
  const kinds = [];
  const totals = { delegate: 0, instruction: 0, delegateCount: 0, instructionCount: 0 };
  let next = 0;
  return {
    totals,
    begin(_name, kind) {
      const token = next++ & 1023;
      starts[token] = performance.now();
      kinds[token] = kind;
      return token;
    },
    end(token) {
      const kind = kinds[token];
      if (kind !== 'delegate' && kind !== 'instruction') return;
      totals[kind] += performance.now() - starts[token];
      totals[`${kind}Count`]++;
    },
    reset() {
      Object.assign(totals, { delegate: 0, instruction: 0, delegateCount: 0, instructionCount: 0 });
    },
  };
}

async function loadOrt(ort, m, options) {
  const bytes = new Uint8Array(readFileSync(m.onnx));
  const inputs = m.inputs.map(readInput);
  const t0 = performance.now();
  const session = await ort.InferenceSession.create(bytes, { graphOptimizationLevel: 'all', ...options });
  const initMs = performance.now() - t0;
  const feeds = {};
  session.inputNames.forEach((name, k) => {
    const i = inputs[k];
    feeds[name] = new ort.Tensor(i.dtype, i.data, i.shape);
  });
  const outName = session.outputNames[0];
  return {
    initMs,
    async run() {
      const r = await session.run(feeds);
      const d = r[outName].data;
      for (const t of Object.values(r)) t.dispose?.();
      return d;
    },
    dispose: () => session.release(),
  };
}

async function main() {
  const job = JSON.parse(readFileSync(0, 'utf8'));
  const rt = await RUNTIMES[job.runtime](job.threads);
  const out = { runtime: job.runtime, threads: rt.threads, version: rt.version, results: [] };
  if (rt.simd !== undefined) out.simd = rt.simd;
  for (const m of job.runs) {
    const r = { model: m.model };
    if (rt.kernels) r.kernels = rt.kernels;
    try {
      const h = await rt.load(m);
      r.initMs = h.initMs;
      let t0 = performance.now();
      const first = await h.run();
      r.firstMs = performance.now() - t0;
      r.output = toFloats(first);
      for (let i = 1; i < m.warmup; i++) await h.run();
      const times = [];
      for (let i = 0; i < m.runs; i++) {
        t0 = performance.now();
        await h.run();
        times.push(performance.now() - t0);
      }
      r.timesMs = times;
      if (h.split) r.split = await h.split(m.runs);
      await h.dispose();
    } catch (e) {
      r.error = `${e?.name ?? 'Error'}: ${String(e?.message ?? e).split('\n')[0]}`;
    }
    out.results.push(r);
    process.stderr.write(`  ${job.runtime} x${job.threads} ${m.model}: ${r.error ? `FAILED (${r.error})` : 'done'}\n`);
  }
  // onnxruntime-web keeps worker threads alive: leave explicitly, once the result (which can be
  // larger than a pipe's buffer) is written
  process.stdout.write(`${JSON.stringify(out)}\n`, () => process.exit(0));
}

await main();
