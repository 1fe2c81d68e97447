import { randomFloat32, randomInt, seededRandom } from '@kindling/backend-utils';
import { ConformanceZoo, type ManifestCase } from '@kindling/conformance-zoo';
import { KindlingError, ScalarType, type Tensor } from '@kindling/core';
import { arg, Graph, tensorType } from '@kindling/ir';
import { lower } from '@kindling/partitioner';
import { Module, portableKernels } from '@kindling/runtime';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type XnnpackDelegateInfo, xnnpack } from '../src/index.js';
import { convRowsPerBlock, gemmPackedLength, packGemmWeights } from '../src/kernels/packing.js';
import { packQb4nWeights } from '../src/kernels/quantized-gemm.js';
import { xnnpackLowering } from '../src/partitioner.js';
import type { CompiledGraph } from '../src/runtime/compiled-graph.js';
import { CONTROL_BYTES, hardwareThreads, ThreadPool, threadsAvailable } from '../src/threads/pool.js';
import { KernelHeap, kernelModule, sharedKernelModule } from '../src/wasm/index.js';

function sameBits(got: Float32Array, want: Float32Array, what: string): void {
  expect(got.length, what).toBe(want.length);
  const g = new Uint32Array(got.buffer, got.byteOffset, got.length);
  const w = new Uint32Array(want.buffer, want.byteOffset, want.length);
  for (let i = 0; i < w.length; i++) {
    if (g[i] !== w[i]) throw new Error(`${what}: element ${i}: got ${got[i]}, expected ${want[i]} (bitwise)`);
  }
}

const available = threadsAvailable() && sharedKernelModule() !== null;

describe.skipIf(!available)('kernels split across a thread pool are bit-identical to one call', () => {
  let heap: KernelHeap;
  let pool: ThreadPool;
  const random = seededRandom(7);

  beforeAll(async () => {
    const m = sharedKernelModule();
    if (!m) throw new Error('no shared build');
    heap = new KernelHeap(m);
    const control = heap.alloc(CONTROL_BYTES);
    const started = await ThreadPool.start(heap, control, 3);
    if (!started) throw new Error('the pool did not start');
    pool = started;
  });
  afterAll(() => pool?.close());

  function put(data: Float32Array): number {
    const ptr = heap.alloc(data.length * 4 + 16);
    heap.f32(ptr, data.length).set(data);
    return ptr;
  }

  const gemmShapes: [number, number, number][] = [
    [1, 37, 19],
    [1, 1000, 512],
    [2, 9, 3],
    [7, 64, 33],
    [49, 130, 70],
    [200, 8, 16],
    [97, 250, 41],
    [13, 1, 5],
  ];
  test.each(gemmShapes)('gemm m=%i n=%i k=%i', (m, n, k) => {
    const a = put(randomFloat32(random, m * k));
    const packed = heap.alloc(gemmPackedLength(n, k) * 4);
    packGemmWeights(
      randomFloat32(random, n * k),
      0,
      n,
      k,
      false,
      randomFloat32(random, n),
      heap.f32(packed, gemmPackedLength(n, k)),
      0,
    );
    const c1 = heap.alloc(m * n * 4 + 16);
    const c2 = heap.alloc(m * n * 4 + 16);
    heap.exports.gemm(m, n, k, a, k, packed, c1, n, -0.5, 2);
    for (const parts of [2, 3, 5, 12]) {
      heap.f32(c2, m * n).fill(Number.NaN);
      pool.run('gemm_part', [m, n, k, a, k, packed, c2, n, -0.5, 2], parts);
      sameBits(heap.f32(c2, m * n), heap.f32(c1, m * n), `gemm ${m}x${n}x${k} in ${parts} parts`);
    }
  });

  test.each([
    [13, 37, 40, 40],
    [64, 20, 96, 32],
    [5, 3, 9, 9],
  ])('qd8_dots m=%i n=%i k=%i block %i', (m, n, k, bs) => {
    const x = heap.alloc(m * k);
    new Int8Array(heap.buffer, x, m * k).forEach((_, i, a) => {
      a[i] = randomInt(random, -128, 127);
    });
    const w = heap.alloc(n * k * 2);
    new Int16Array(heap.buffer, w, n * k).forEach((_, i, a) => {
      a[i] = randomInt(random, -8, 7);
    });
    const count = m * n * (k / bs);
    const d1 = heap.alloc(count * 4);
    const d2 = heap.alloc(count * 4);
    heap.exports.qd8_dots(m, n, k, bs, x, w, d1);
    for (const parts of [2, 3, 7]) {
      new Int32Array(heap.buffer, d2, count).fill(-1);
      pool.run('qd8_dots_part', [m, n, k, bs, x, w, d2], parts);
      expect(Array.from(new Int32Array(heap.buffer, d2, count)), `${parts} parts`).toEqual(
        Array.from(new Int32Array(heap.buffer, d1, count)),
      );
    }
  });

  test.each([
    [1, 37, 64, 32],
    [1, 256, 128, 32],
    [5, 20, 96, 12],
  ])('qd8_gemm_qb4w m=%i n=%i k=%i block %i', (m, n, k, bs) => {
    const x = heap.alloc(m * k);
    new Int8Array(heap.buffer, x, m * k).forEach((_, i, a) => {
      a[i] = randomInt(random, -128, 127);
    });
    const w = heap.alloc(n * k);
    new Int8Array(heap.buffer, w, n * k).forEach((_, i, a) => {
      a[i] = randomInt(random, -8, 7);
    });
    const groups = Math.ceil(n / 4);
    const scales = put(randomFloat32(random, groups * (k / bs) * 4, 1e-3, 1e-2));
    const ksums = put(randomFloat32(random, n, -20, 20));
    const bias = put(randomFloat32(random, n));
    const zx = heap.alloc(m * 4);
    new Int32Array(heap.buffer, zx, m).forEach((_, i, a) => {
      a[i] = randomInt(random, -128, 127);
    });
    const sx = put(randomFloat32(random, m, 1e-3, 0.1));
    const o1 = heap.alloc(m * n * 4 + 16);
    const o2 = heap.alloc(m * n * 4 + 16);
    heap.exports.qd8_gemm_qb4w(m, n, k, bs, x, w, scales, ksums, bias, zx, sx, o1, -3, 3);
    for (const parts of [2, 3, 7]) {
      heap.f32(o2, m * n).fill(Number.NaN);
      pool.run('qd8_gemm_qb4w_part', [m, n, k, bs, x, w, scales, ksums, bias, zx, sx, o2, -3, 3], parts);
      sameBits(heap.f32(o2, m * n), heap.f32(o1, m * n), `qd8_gemm_qb4w ${m}x${n}x${k} in ${parts} parts`);
    }
  });

  test.each([
    [1, 37, 64, 32],
    [3, 256, 128, 32],
    [9, 21, 192, 64],
  ])('qd8_gemm_qb4n m=%i n=%i k=%i block %i (scratch per thread)', (m, n, k, bs) => {
    const x = heap.alloc(m * k);
    new Int8Array(heap.buffer, x, m * k).forEach((_, i, a) => {
      a[i] = randomInt(random, -128, 127);
    });
    const weights = new Int16Array(n * k).map(() => randomInt(random, -8, 7));
    const packed = packQb4nWeights(weights, n, k);
    const w = heap.alloc(packed.length);
    new Uint8Array(heap.buffer, w, packed.length).set(packed);
    const groups = Math.ceil(n / 4);
    const scales = put(randomFloat32(random, groups * (k / bs) * 4, 1e-3, 1e-2));
    const ksums = put(randomFloat32(random, groups * 4, -20, 20));
    const bias = put(randomFloat32(random, groups * 4));
    const zx = heap.alloc(m * 4);
    new Int32Array(heap.buffer, zx, m).forEach((_, i, a) => {
      a[i] = randomInt(random, -128, 127);
    });
    const sx = put(randomFloat32(random, m, 1e-3, 0.1));
    const o1 = heap.alloc(m * n * 4 + 16);
    const o2 = heap.alloc(m * n * 4 + 16);
    const stride = Math.ceil(heap.exports.qd8_gemm_qb4n_scratch(m, k, bs) / 16) * 16;
    const scratch = heap.alloc(stride * 4);
    heap.exports.qd8_gemm_qb4n(m, n, k, bs, x, w, scales, ksums, bias, zx, sx, o1, -3, 3, scratch);
    for (const parts of [2, 3, 7]) {
      heap.f32(o2, m * n).fill(Number.NaN);
      pool.run(
        'qd8_gemm_qb4n_part',
        [m, n, k, bs, x, w, scales, ksums, bias, zx, sx, o2, -3, 3, scratch],
        parts,
        14,
        stride,
      );
      sameBits(heap.f32(o2, m * n), heap.f32(o1, m * n), `qd8_gemm_qb4n ${m}x${n}x${k} in ${parts} parts`);
    }
  });

  test.each([
    [1, 37, 61],
    [1, 256, 128],
    [5, 20, 96],
  ])('qd8_gemm_qc m=%i n=%i k=%i', (m, n, k) => {
    const x = heap.alloc(m * k);
    new Int8Array(heap.buffer, x, m * k).forEach((_, i, a) => {
      a[i] = randomInt(random, -128, 127);
    });
    const w = heap.alloc(n * k * 2);
    new Int16Array(heap.buffer, w, n * k).forEach((_, i, a) => {
      a[i] = randomInt(random, -127, 127);
    });
    const rowSums = heap.alloc(n * 4 + 16);
    new Int32Array(heap.buffer, rowSums, n).forEach((_, i, a) => {
      a[i] = randomInt(random, -4000, 4000);
    });
    const scales = put(randomFloat32(random, n, 1e-3, 1e-2));
    const bias = put(randomFloat32(random, n));
    const zx = heap.alloc(m * 4);
    new Int32Array(heap.buffer, zx, m).forEach((_, i, a) => {
      a[i] = randomInt(random, -128, 127);
    });
    const sx = put(randomFloat32(random, m, 1e-3, 0.1));
    const o1 = heap.alloc(m * n * 4 + 16);
    const o2 = heap.alloc(m * n * 4 + 16);
    heap.exports.qd8_gemm_qc(m, n, k, x, w, rowSums, scales, bias, zx, sx, o1, -3, 3);
    for (const parts of [2, 3, 7]) {
      heap.f32(o2, m * n).fill(Number.NaN);
      pool.run('qd8_gemm_qc_part', [m, n, k, x, w, rowSums, scales, bias, zx, sx, o2, -3, 3], parts);
      sameBits(heap.f32(o2, m * n), heap.f32(o1, m * n), `qd8_gemm_qc ${m}x${n}x${k} in ${parts} parts`);
    }
  });

  test.each([
    [6, 5, 33, 19, true],
    [12, 8, 16, 24, false],
  ])('bmm_exact_part batch=%i m=%i k=%i n=%i transB %s', (batch, m, k, n, transB) => {
    const a = put(randomFloat32(random, batch * m * k));
    const b = put(randomFloat32(random, batch * k * n));
    const stride = Math.ceil((k * n * 4 + 16) / 16) * 16;
    const scratch = heap.alloc(stride * pool.threads);
    const o1 = heap.alloc(batch * m * n * 4 + 16);
    const o2 = heap.alloc(batch * m * n * 4 + 16);
    const args = (o: number) => [batch, m, k, n, a, m * k, b, k * n, transB ? 1 : 0, o, scratch];
    heap.exports.bmm_exact_part(...args(o1), 0, 1);
    for (const parts of [2, 3, 7]) {
      heap.f32(o2, batch * m * n).fill(Number.NaN);
      pool.run('bmm_exact_part', args(o2), parts, 10, stride);
      sameBits(heap.f32(o2, batch * m * n), heap.f32(o1, batch * m * n), `bmm_exact_part in ${parts} parts`);
    }
  });

  // [batch, ih, iw, kh, kw, stride, pad, dilation, groups, gi, go]
  const convShapes = [
    [1, 9, 11, 3, 3, 1, 1, 1, 1, 3, 16],
    [2, 14, 14, 3, 3, 2, 1, 1, 1, 8, 12],
    [1, 17, 13, 5, 3, 1, 2, 2, 2, 4, 9],
    [1, 8, 8, 1, 1, 1, 0, 1, 1, 32, 40],
    [3, 6, 6, 1, 1, 1, 0, 1, 2, 5, 7],
    [1, 30, 30, 7, 7, 2, 3, 1, 1, 3, 8],
    // Fewer pixel blocks than parts: the parts split the output panels instead.
    [1, 3, 3, 3, 3, 1, 1, 1, 1, 6, 45],
    [2, 2, 3, 3, 3, 1, 1, 1, 3, 4, 19],
  ];
  test.each(convShapes)('conv2d %j', (batch, ih, iw, kh, kw, s, pad, d, groups, gi, go) => {
    const oh = Math.floor((ih + 2 * pad - d * (kh - 1) - 1) / s) + 1;
    const ow = Math.floor((iw + 2 * pad - d * (kw - 1) - 1) / s) + 1;
    const inC = groups * gi;
    const outC = groups * go;
    const kk = kh * kw * gi;
    const x = put(randomFloat32(random, batch * ih * iw * inC));
    const groupLength = gemmPackedLength(go, kk);
    const packed = heap.alloc(groupLength * groups * 4);
    const weights = randomFloat32(random, outC * kk);
    const bias = randomFloat32(random, outC);
    for (let g = 0; g < groups; g++) {
      const o = heap.f32(packed, groupLength * groups);
      packGemmWeights(weights, g * go * kk, go, kk, false, bias.subarray(g * go, (g + 1) * go), o, g * groupLength);
    }
    const rowsPerBlock = Math.min(convRowsPerBlock(kk), 5); // small blocks: many parts
    const stride = Math.ceil((rowsPerBlock * kk * 4) / 16) * 16;
    const scratch = heap.alloc(stride * pool.threads);
    const count = batch * oh * ow * outC;
    const c1 = heap.alloc(count * 4 + 16);
    const c2 = heap.alloc(count * 4 + 16);
    const args = (out: number) => [
      batch,
      ih,
      iw,
      oh,
      ow,
      kh,
      kw,
      s,
      s,
      d,
      d,
      pad,
      pad,
      groups,
      gi,
      go,
      x,
      packed,
      out,
      scratch,
      rowsPerBlock,
      -1,
      1,
    ];
    heap.exports.conv2d(...(args(c1) as Parameters<typeof heap.exports.conv2d>));
    for (const parts of [2, 4, 9]) {
      heap.f32(c2, count).fill(Number.NaN);
      pool.run('conv2d_part', args(c2), parts, 19, stride);
      sameBits(heap.f32(c2, count), heap.f32(c1, count), `conv ${JSON.stringify([batch, ih, iw, kh])} ${parts}`);
    }
  });

  test.each([
    [1, 10, 10, 13, 3, 1, 1],
    [2, 15, 9, 32, 5, 2, 2],
    [1, 7, 7, 6, 3, 1, 0],
  ])('dwconv2d batch=%i %ix%i c=%i k=%i s=%i p=%i', (batch, ih, iw, ch, k, s, pad) => {
    const oh = Math.floor((ih + 2 * pad - k) / s) + 1;
    const ow = Math.floor((iw + 2 * pad - k) / s) + 1;
    const cp = (ch + 3) & ~3;
    const x = put(randomFloat32(random, batch * ih * iw * ch));
    const w = put(randomFloat32(random, (1 + k * k) * cp));
    const count = batch * oh * ow * ch;
    const c1 = heap.alloc(count * 4 + 16);
    const c2 = heap.alloc(count * 4 + 16);
    const args = (out: number) => [batch, ih, iw, oh, ow, ch, k, k, s, s, 1, 1, pad, pad, x, w, out, 0, 6];
    heap.exports.dwconv2d(...(args(c1) as Parameters<typeof heap.exports.dwconv2d>));
    for (const parts of [2, 3, 7]) {
      heap.f32(c2, count).fill(Number.NaN);
      pool.run('dwconv2d_part', args(c2), parts);
      sameBits(heap.f32(c2, count), heap.f32(c1, count), `dwconv ${parts}`);
    }
  });
});

// Whole programs on two threads, bit-identical to one thread: the backend test suite's threads
// checks (backend-suite.test.ts, threadsBitIdentical).

const zoo = ConformanceZoo.open();
const digitsXnnpack = () => zoo.programBytes(zoo.cases.find((c) => c.id === 'digits/xnnpack') as ManifestCase);

test.skipIf(!available)('a pool closes: its workers exit, and it refuses new jobs', async () => {
  const m = sharedKernelModule();
  if (!m) throw new Error('no shared build');
  const heap = new KernelHeap(m);
  const pool = await ThreadPool.start(heap, heap.alloc(CONTROL_BYTES), 4);
  // Four threads asked for, as many as the hardware runs at once given.
  expect(pool?.threads).toBe(Math.min(4, await hardwareThreads()));
  await pool?.close();
  expect(pool?.closed).toBe(true);
  expect(() => pool?.run('gemm_part', [], 1)).toThrow(/closed/);
});

test.skipIf(!available)('a graph with threads 2 runs on a pool; destroy stops it; threads 1 has none', async () => {
  const bytes = digitsXnnpack();
  const seen: { threads: number; started: number; graph: { threads: number } }[] = [];
  for (const threads of [1, 2]) {
    const backend = xnnpack({ threads });
    const init = backend.init.bind(backend);
    backend.init = async (...a) => {
      const graph = (await init(...a)) as { threads: number };
      seen.push({ threads, started: graph.threads, graph });
      return graph;
    };
    const module = await Module.load(bytes, { backends: [backend], kernels: portableKernels });
    await module.loadMethod('forward');
    await module.dispose();
  }
  expect(seen.map((s) => [s.threads, s.started])).toEqual([
    [1, 1],
    [2, 2],
  ]);
  // After dispose (Backend.destroy) the pool is gone and the graph runs on the calling thread.
  expect(seen.every((s) => s.graph.threads === 1)).toBe(true);
});

test('threads: 1 and an engine without WebAssembly SIMD keep the single-threaded graph', () => {
  expect(kernelModule()).not.toBeNull();
  expect(() => xnnpack({ threads: 0 })).toThrow(/threads/);
});

test('onDelegateReady reports the threads that started, the kernel build, the arena and the nodes', async () => {
  const bytes = digitsXnnpack();
  const infos: XnnpackDelegateInfo[] = [];
  for (const threads of [1, 2]) {
    const module = await Module.load(bytes, {
      backends: [xnnpack({ threads, onDelegateReady: (info) => infos.push(info) })],
      kernels: portableKernels,
    });
    await module.loadMethod('forward');
    await module.dispose();
  }
  expect(infos.map((i) => i.threads)).toEqual([1, available ? 2 : 1]);
  for (const info of infos) {
    expect(info.kernels).toBe(kernelModule()?.variant);
    expect(info.arenaBytes).toBeGreaterThan(0);
    expect(info.nodes).toContain('Conv2d');
  }
});

/** A program with one matrix product large enough to be split across a pool: x[64,256] @ w[256,256]. */
async function largeMatmulProgram(): Promise<Uint8Array> {
  const g = new Graph('forward');
  const x = g.addInput(tensorType(ScalarType.Float, [64, 256]));
  const w = g.addConstant(
    tensorType(ScalarType.Float, [256, 256]),
    new Uint8Array(randomFloat32(seededRandom(3), 256 * 256).buffer),
  );
  const mm = g.addNode('aten.mm.default', [arg.value(x), arg.value(w)], [tensorType(ScalarType.Float, [64, 256])]);
  g.outputs = mm.outputs;
  const { bytes } = await lower([g], { backends: [xnnpackLowering()] });
  return bytes;
}

describe.skipIf(!available)('a pool worker that fails while holding a part', () => {
  async function start() {
    const bytes = await largeMatmulProgram();
    const step = { method: 'forward', inputs: [randomFloat32(seededRandom(4), 64 * 256)] };
    const graphs: CompiledGraph[] = [];
    const backend = xnnpack({ threads: 2 });
    const init = backend.init.bind(backend);
    backend.init = async (...a) => {
      const graph = (await init(...a)) as CompiledGraph;
      graphs.push(graph);
      return graph;
    };
    const module = await Module.load(bytes, { backends: [backend], kernels: portableKernels });
    const run = () => module.execute(step.method, step.inputs);
    const bytesOf = (outputs: unknown[]) =>
      outputs.map((o) => {
        const d = (o as Tensor).data as ArrayBufferView;
        return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
      });
    const one = await Module.load(bytes, { backends: [xnnpack({ threads: 1 })], kernels: portableKernels });
    const want = bytesOf(await one.execute(step.method, step.inputs));
    await one.dispose();
    const same = (outputs: unknown[]) => {
      const got = bytesOf(outputs);
      expect(got.length).toBe(want.length);
      got.forEach((g, i) => {
        expect(Buffer.compare(g, want[i] as Uint8Array), `output ${i}`).toBe(0);
      });
    };
    same(await run()); // the pool works
    const pools = graphs.map((g) => g.pool).filter((p): p is ThreadPool => p !== null);
    expect(pools.length).toBeGreaterThan(0);
    return { module, run, same, pools, graphs };
  }

  test.each(['throw', 'exit', 'hang'] as const)(
    'a worker that %s after claiming a part: the call rejects within 1 s, later calls run on one thread',
    async (mode) => {
      const { module, run, same, pools, graphs } = await start();
      try {
        for (const p of pools) p.injectFault(1, mode);
        // The worker misbehaves on the next part it claims (the calling thread may take every part
        // of a job, so a call may still succeed before that).
        let error: unknown;
        let ms = 0;
        for (let i = 0; i < 50 && error === undefined; i++) {
          const t0 = performance.now();
          try {
            await run();
          } catch (e) {
            error = e;
          }
          ms = performance.now() - t0;
        }
        expect(KindlingError.isInstance(error), String(error)).toBe(true);
        const e = error as KindlingError;
        expect(e.message).toMatch(mode === 'throw' ? /kernel worker 1 threw/ : /parts of \w+ were not finished/);
        expect(e.message).toMatch(/now runs on the calling thread/);
        expect(ms).toBeLessThan(1000);
        console.log(`worker ${mode}: the call rejected after ${ms.toFixed(0)} ms`);
        expect(pools.every((p) => p.closed)).toBe(true);
        // The next call works, on the calling thread, with the same results.
        same(await run());
        expect(graphs.every((g) => g.threads === 1)).toBe(true);
      } finally {
        await module.dispose();
      }
    },
  );

  test('a worker that dies between calls: the next call reports it, the ones after run on one thread', async () => {
    const { module, run, same, pools } = await start();
    try {
      const pool = pools[0] as ThreadPool;
      pool.terminateWorker(1);
      // Its 'exit' event closes the pool.
      for (let i = 0; i < 100 && !pool.closed; i++) await new Promise((r) => setTimeout(r, 10));
      expect(pool.closed).toBe(true);
      const t0 = performance.now();
      const e = await run().then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(KindlingError.isInstance(e), String(e)).toBe(true);
      expect((e as KindlingError).message).toMatch(/kernel worker 1 exited .*now runs on the calling thread/);
      expect(performance.now() - t0).toBeLessThan(1000);
      same(await run());
    } finally {
      await module.dispose();
    }
  });
});

test('backendOptions.XnnpackBackend overrides the factory options for one program', async () => {
  const infos: XnnpackDelegateInfo[] = [];
  const module = await Module.load(digitsXnnpack(), {
    backends: [xnnpack({ threads: 1 })],
    kernels: portableKernels,
    backendOptions: { XnnpackBackend: { threads: 2, onDelegateReady: (info) => infos.push(info) } },
  });
  await module.loadMethod('forward');
  await module.dispose();
  expect(infos.map((i) => i.threads)).toEqual([available ? 2 : 1]);

  const bad = await Module.load(digitsXnnpack(), {
    backends: [xnnpack()],
    kernels: portableKernels,
    backendOptions: { XnnpackBackend: { threads: 0 } },
  });
  await expect(bad.loadMethod('forward')).rejects.toThrow(
    /backendOptions.XnnpackBackend: threads must be a positive integer, got 0/,
  );
  await bad.dispose();
});

test.skipIf(!available)('the delegates of one xnnpack() instance share one kernel memory and one pool', async () => {
  const tinyLlama = zoo.programBytes(zoo.cases.find((c) => c.id === 'tiny_llama/xnnpack') as ManifestCase);
  const backend = xnnpack({ threads: 4 });
  const init = backend.init.bind(backend);
  const graphs: CompiledGraph[] = [];
  backend.init = async (...a) => {
    const graph = (await init(...a)) as CompiledGraph;
    graphs.push(graph);
    return graph;
  };
  const workers = () => (process.report.getReport() as unknown as { workers: unknown[] }).workers.length;
  const before = workers();
  const module = await Module.load(tinyLlama, { backends: [backend], kernels: portableKernels });
  await module.loadMethod('forward');
  expect(graphs.length).toBe(24);
  const pools = new Set(graphs.map((g) => g.pool));
  expect(pools.size).toBe(1);
  // threads: 4, bounded by the hardware (2 threads on a 2-core machine).
  const threads = Math.min(4, await hardwareThreads());
  expect([...pools][0]?.threads).toBe(threads);
  // One set of workers for the whole program (the calling thread is one more), not one per delegate.
  expect(workers() - before).toBe(threads - 1);
  // A second program on the same instance joins the same pool.
  const again = await Module.load(tinyLlama, { backends: [backend], kernels: portableKernels });
  await again.loadMethod('forward');
  expect(new Set(graphs.map((g) => g.pool)).size).toBe(1);
  expect(workers() - before).toBe(threads - 1);
  await module.dispose();
  await again.dispose();
  for (let waited = 0; workers() > before && waited < 2000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  expect(workers()).toBe(before);
});
