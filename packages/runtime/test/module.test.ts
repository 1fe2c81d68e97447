import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ErrorCode, ScalarType, Tag, type Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { createEventTracer, formatEventSummary, loadBytes, Module } from '../src/index.js';
import { fixture, fixturePath, kindlingError, testKernels } from './helpers.js';

const kernels = testKernels;
const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('Module', () => {
  it('loads from an ArrayBuffer, a file: URL, a data: URL, and bytes read with loadBytes', async () => {
    const bytes = fixture('upstream/executorch__apple_add.pte');
    const fromBuffer = await Module.load(bytes.slice().buffer, { kernels });
    const fromFileUrl = await Module.load(pathToFileURL(fixturePath('upstream/executorch__apple_add.pte')), {
      kernels,
    });
    const dataUrl = `data:application/octet-stream;base64,${Buffer.from(bytes).toString('base64')}`;
    const fromDataUrl = await Module.load(new URL(dataUrl), { kernels });
    const fromLoadBytes = await Module.load(await loadBytes(new URL(dataUrl)), { kernels });
    for (const m of [fromBuffer, fromFileUrl, fromDataUrl, fromLoadBytes]) {
      expect(((await m.forward([Float32Array.of(2), Float32Array.of(3)]))[0] as Tensor).toArray()).toEqual([5]);
    }
  });

  it('describes methods', async () => {
    const m = await Module.load(fixture('upstream/executorch__module_linear_no_constant_segment.pte'), { kernels });
    expect(m.methodMeta('forward')).toEqual({
      name: 'forward',
      inputs: [
        {
          tag: Tag.Tensor,
          dtype: ScalarType.Float,
          dtypeName: 'float32',
          sizes: [2, 2],
          dimOrder: [0, 1],
          dynamism: 'static',
          isMemoryPlanned: true,
          nbytes: 16,
        },
      ],
      outputs: [
        {
          tag: Tag.Tensor,
          dtype: ScalarType.Float,
          dtypeName: 'float32',
          sizes: [2, 2],
          dimOrder: [0, 1],
          dynamism: 'static',
          isMemoryPlanned: true,
          nbytes: 16,
        },
      ],
      numInstructions: 2,
      backends: [],
      plannedBufferSizes: [32],
    });
    expect(m.isMethodLoaded('forward')).toBe(false);
    await m.loadMethod('forward');
    expect(m.isMethodLoaded('forward')).toBe(true);
  });

  it('checks inputs: count, typed array class, element count, tensor dtype and shape', async () => {
    const m = await Module.load(fixture('upstream/executorch__arduino_add_model.pte'), { kernels });
    const cases: [unknown[], RegExp][] = [
      [[], /takes 1 input, got 0/],
      [[Int32Array.of(1, 2, 3)], /input 0.*float32.*got Int32Array of 3 elements/],
      [[Float32Array.of(1, 2)], /input 0.*shape \[3\].*got Float32Array of 2 elements/],
      [[{}], /input 0/],
      [[[1, 2]], /input 0.*an array of 2 elements/],
    ];
    for (const [inputs, message] of cases) {
      const e = await kindlingError(() => m.forward(inputs as never));
      expect(e.code).toBe(ErrorCode.InvalidArgument);
      expect(e.message).toMatch(message);
    }
    // Plain arrays are converted.
    expect(((await m.forward([[1, 2, 3]]))[0] as Tensor).toArray()).toEqual([2, 3, 4]);
  });

  it('runs concurrent calls of one method one after another', async () => {
    const m = await Module.load(fixture('upstream/executorch__apple_add.pte'), { kernels });
    const results = await Promise.all([1, 2, 3, 4].map((i) => m.forward([Float32Array.of(i), Float32Array.of(i)])));
    expect(results.map((r) => (r[0] as Tensor).toArray()[0])).toEqual([2, 4, 6, 8]);
  });

  it('dispose makes the module unusable', async () => {
    const m = await Module.load(fixture('upstream/executorch__apple_add.pte'), { kernels });
    await m.forward([Float32Array.of(1), Float32Array.of(1)]);
    await m.dispose();
    const e = await kindlingError(() => m.forward([Float32Array.of(1), Float32Array.of(1)]));
    expect(e.code).toBe(ErrorCode.InvalidState);
  });

  it('records per-operator timings with an event tracer', async () => {
    let clock = 0;
    const tracer = createEventTracer({
      now: () => {
        clock += 1;
        return clock;
      },
    });
    const m = await Module.load(fixture('upstream/executorch__module_linear_no_constant_segment.pte'), {
      kernels,
      eventTracer: tracer,
    });
    await m.forward([Float32Array.of(1, 1, 1, 1)]);
    await m.forward([Float32Array.of(1, 1, 1, 1)]);
    const rows = tracer.summary();
    expect(rows.map((r) => [r.name, r.kind, r.count, r.totalMs, r.meanMs])).toEqual([
      ['aten::add.out', 'instruction', 2, 2, 1],
      ['aten::mul.out', 'instruction', 2, 2, 1],
    ]);
    expect(tracer.summary({ all: true }).find((r) => r.kind === 'method')).toMatchObject({ name: 'forward', count: 2 });
    expect(tracer.events.filter((e) => e.kind === 'instruction').map((e) => e.detail?.instruction)).toEqual([
      0, 1, 0, 1,
    ]);
    const table = formatEventSummary(rows);
    expect(table.split('\n')[0]).toMatch(/^operator\s+kind\s+count\s+total ms\s+mean ms$/);
    expect(table).toContain('aten::mul.out');
  });

  it('bundles for the browser without any node: import', () => {
    const esbuild = `${root}node_modules/.bin/esbuild`;
    expect(existsSync(esbuild)).toBe(true);
    const out = execFileSync(
      esbuild,
      [
        `${root}packages/runtime/src/index.ts`,
        '--bundle',
        '--platform=browser',
        '--format=esm',
        '--minify',
        '--conditions=@kindling/source',
        '--log-level=error',
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(out.length).toBeGreaterThan(1000);
    expect(out).not.toMatch(/node:/);
    expect(out).not.toMatch(/\brequire\(/);
    // A printed figure for the bundle budget.
    console.log(`@kindling/runtime browser bundle: ${out.length} bytes, ${gzipSync(out).length} gzipped`);
  });
});
