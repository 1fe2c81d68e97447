import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { xnnpack } from '@kindling/backend-xnnpack';
import { ScalarType, Tensor } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { Module, portableKernels } from '@kindling/runtime';
import { describe, expect, it } from 'vitest';
import { importedKernelNames, main, selectKernels } from '../src/index.js';

const cases = fileURLToPath(new URL('../../conformance-zoo/cases/', import.meta.url));
const upstream = (name: string) => fileURLToPath(new URL(`../../../fixtures/upstream/${name}`, import.meta.url));
const digits = join(cases, 'digits/portable.pte');
const llama = join(cases, 'tiny_llama/xnnpack.pte');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A scratch folder inside this package, so that a generated module resolves @kindling/runtime. */
function scratch(): string {
  return mkdtempSync(join(fileURLToPath(new URL('..', import.meta.url)), '.select-test-'));
}

describe('kindling select', () => {
  it('writes a module with exactly the kernels the programs call, which runs them', async () => {
    const dir = scratch();
    try {
      const out = join(dir, 'kernels.gen.ts');
      const r = await cli('select', digits, '-o', out);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain('5 kernel(s) for 5 operator(s) of 1 program(s)');
      const text = readFileSync(out, 'utf8');
      expect([...importedKernelNames(text)].sort()).toEqual([
        'addmm',
        'convolution',
        'maxPool2dWithIndices',
        'permuteCopy',
        'relu',
      ]);
      // the module itself: the digits program runs on it as on every portable kernel
      const { kernels } = await import(out);
      expect(kernels).toHaveLength(5);
      const bytes = new Uint8Array(readFileSync(digits));
      const x = Tensor.from(
        ScalarType.Float,
        [1, 1, 8, 8],
        Float32Array.from({ length: 64 }, (_, i) => (i % 7) / 7),
      );
      const selected = await Module.load(bytes, { kernels });
      const all = await Module.load(bytes, { kernels: portableKernels });
      const [a] = await selected.forward([x]);
      const [b] = await all.forward([x]);
      expect((a as Tensor).toArray()).toEqual((b as Tensor).toArray());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('covers several programs; --check fails naming what the module lacks', async () => {
    const dir = scratch();
    try {
      const out = join(dir, 'kernels.gen.ts');
      expect((await cli('select', digits, llama, '-o', out)).code).toBe(0);
      const selection = selectKernels([digits, llama].map((f) => PteFile.read(new Uint8Array(readFileSync(f)))));
      expect(selection.delegates).toEqual(['XnnpackBackend']);
      expect(selection.kernels.map((k) => k.op)).toContain('aten::index_put.out');
      const ok = await cli('select', digits, llama, '-o', out, '--check');
      expect(ok.code, ok.err).toBe(0);
      writeFileSync(out, readFileSync(out, 'utf8').replaceAll('indexPut, ', ''));
      const lacking = await cli('select', digits, llama, '-o', out, '--check');
      expect(lacking.code).toBe(1);
      expect(lacking.err).toMatch(
        /^error: OperatorMissing: .* lacks 1 kernel\(s\) .*indexPut \(aten::index_put\.out\)/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists operators no portable kernel implements (a custom op)', async () => {
    const selection = selectKernels([
      PteFile.read(new Uint8Array(readFileSync(upstream('numpyrt__custom_op_lstm.pte')))),
    ]);
    expect(selection.missing).toEqual(['etnp::lstm.out']);
    const dir = scratch();
    try {
      const out = join(dir, 'kernels.gen.ts');
      const r = await cli('select', upstream('numpyrt__custom_op_lstm.pte'), '-o', out);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain('no portable kernel for etnp::lstm.out');
      expect(readFileSync(out, 'utf8')).toContain('//   etnp::lstm.out');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a missing output name and an unreadable program', async () => {
    expect((await cli('select', digits)).code).toBe(1);
    const r = await cli('select', join(cases, 'no-such.pte'), '-o', '/nonexistent/dir/k.ts');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: /);
  });

  it('--wasm writes the CPU delegate kernels with only what the XNNPACK payloads use, which run them', async () => {
    const dir = scratch();
    try {
      const program = join(cases, 'digits/xnnpack.pte');
      const wasmOut = join(dir, 'kernels.wasm');
      const r = await cli('select', program, '--wasm', wasmOut);
      expect(r.code, r.err).toBe(0);
      // The report names the delegate's node types, as the delegate itself reports them.
      const bytes = new Uint8Array(readFileSync(program));
      const seen: string[] = [];
      const full = await Module.load(bytes, {
        kernels: portableKernels,
        backends: [xnnpack({ onDelegateReady: (i) => seen.push(...i.nodes) })],
      });
      expect(r.out).toContain(`XnnpackBackend: 1 payload(s), node types: ${[...new Set(seen)].sort().join(', ')}`);
      expect(r.out).toMatch(/kernels\.wasm: the simd kernel build with \d+ kernel\(s\) for 1 XNNPACK payload\(s\)/);
      const wasm = new Uint8Array(readFileSync(wasmOut));
      const pruned = await Module.load(bytes, { kernels: portableKernels, backends: [xnnpack({ wasm })] });
      const x = Tensor.from(
        ScalarType.Float,
        [1, 1, 8, 8],
        Float32Array.from({ length: 64 }, (_, i) => (i % 5) / 5),
      );
      const [a] = await pruned.forward([x]);
      const [b] = await full.forward([x]);
      expect((a as Tensor).toArray()).toEqual((b as Tensor).toArray());
      await pruned.dispose();
      await full.dispose();

      const ok = await cli('select', program, '--wasm', wasmOut, '--check');
      expect(ok.code, ok.err).toBe(0);
      // A build for another program lacks the convolution.
      const other = join(dir, 'add.wasm');
      expect((await cli('select', join(cases, 'ops/add/same_shape/xnnpack.pte'), '--wasm', other)).code).toBe(0);
      const lacking = await cli('select', program, '--wasm', other, '--check');
      expect(lacking.code).toBe(1);
      expect(lacking.err).toMatch(/^error: OperatorMissing: .*add\.wasm lacks \d+ kernel\(s\) .*conv2d/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--wasm refuses programs without XNNPACK payloads and unknown builds', async () => {
    const nowhere = join(tmpdir(), `kindling-never-written-${process.pid}.wasm`);
    const r = await cli('select', digits, '--wasm', nowhere);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/programs have none/);
    const b = await cli('select', join(cases, 'digits/xnnpack.pte'), '--wasm', nowhere, '--wasm-build', 'sse');
    expect(b.code).toBe(1);
    expect(b.err).toMatch(/--wasm-build must be one of simd, relaxed-simd, simd-shared, relaxed-simd-shared/);
    expect(existsSync(nowhere)).toBe(false);
  });
});
