import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNpy, runCommand } from '../src/commands/run.js';
import { main } from '../src/index.js';

/** Absolute path of a fixture in the repository's fixtures/ folder. */
function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../../../fixtures/${relative}`, import.meta.url));
}

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommand(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

/** A version-1 .npy file of float32 values. */
function npyF32(shape: number[], values: number[]): Uint8Array {
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  const total = 10 + header.length + 1;
  header += ' '.repeat((64 - (total % 64)) % 64);
  header += '\n';
  const out = new Uint8Array(10 + header.length + values.length * 4);
  out.set([0x93, ...new TextEncoder().encode('NUMPY'), 1, 0], 0);
  new DataView(out.buffer).setUint16(8, header.length, true);
  out.set(new TextEncoder().encode(header), 10);
  out.set(new Uint8Array(Float32Array.from(values).buffer), 10 + header.length);
  return out;
}

const add = fixturePath('upstream/executorch__apple_add.pte');

describe('kindling run', () => {
  it('runs forward with generated inputs', async () => {
    const r = await run([add, '--inputs', 'ones']);
    expect(r).toEqual({ code: 0, out: ['output 0: float32[1] = [2]'], err: [] });
    expect((await run([add])).out).toEqual(['output 0: float32[1] = [0]']);
    const a = await run([add, '--inputs', 'random:7', '--json']);
    const b = await run([add, '--inputs', 'random:7', '--json']);
    expect(a.out).toEqual(b.out);
  });

  it('prints JSON, latency and a profile', async () => {
    const r = await run([add, '--inputs', 'ones', '--json', '--repeat', '3', '--profile']);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out[0] as string);
    expect(parsed.method).toBe('forward');
    expect(parsed.outputs).toEqual([{ dtype: 'float32', shape: [1], data: [2] }]);
    expect(parsed.latencyMs.runs).toBe(3);
    expect(parsed.profile[0]).toMatchObject({ name: 'aten::add.out', count: 3 });
    const text = await run([add, '--repeat', '4', '--profile']);
    expect(text.out[1]).toMatch(/^latency: median \d+\.\d{3} ms over 4 runs/);
    expect(text.out[2]).toMatch(/aten::add\.out\s+instruction\s+4/);
  });

  it('reads JSON and .npy inputs and .ptd data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindling-run-'));
    writeFileSync(join(dir, 'in.json'), JSON.stringify([[1.5], { dtype: 'float32', shape: [1], data: [2] }]));
    expect((await run([add, '--inputs', join(dir, 'in.json')])).out).toEqual(['output 0: float32[1] = [3.5]']);
    writeFileSync(join(dir, 'x.npy'), npyF32([3], [1, 2, 3]));
    const arduino = await run([
      fixturePath('upstream/executorch__arduino_add_model.pte'),
      '--inputs',
      join(dir, 'x.npy'),
    ]);
    expect(arduino.out).toEqual(['output 0: float32[3] = [2, 3, 4]']);
    expect(Array.from(parseNpy(npyF32([2, 2], [1, 2, 3, 4])).sizes)).toEqual([2, 2]);
    const dm = await run([
      fixturePath('upstream/executorchrs__data_map_model.pte'),
      '--data',
      fixturePath('upstream/executorchrs__data_map_model.ptd'),
      '--json',
    ]);
    expect(dm.code).toBe(0);
    expect(JSON.parse(dm.out[0] as string).outputs[0].shape).toEqual([2, 2]);
  });

  it('is reachable through the kindling dispatcher', async () => {
    const out: string[] = [];
    const code = await main(['run', add, '--inputs', 'ones'], { out: (s) => out.push(s), err: (s) => out.push(s) });
    expect(code).toBe(0);
    expect(out).toEqual(['output 0: float32[1] = [2]']);
  });

  it('runs constant methods', async () => {
    const r = await run([fixturePath('upstream/numpyrt__const_methods.pte'), '--method', 'get_scalar']);
    expect(r.out).toEqual(['output 0: 128']);
  });

  it('runs a bundled program', async () => {
    const r = await run(['--bundled', fixturePath('upstream/executorch__bundled_program.bpte')]);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(11);
    expect(r.out[0]).toMatch(/^PASS forward\[0\]/);
    expect(r.out[10]).toBe('10 passed, 0 failed');
    expect((await run([fixturePath('upstream/executorch__bundled_program.bpte')])).out).toEqual(r.out);
  });

  it('reports errors as one line with exit code 1', async () => {
    const cases: [string[], RegExp][] = [
      [['/nonexistent.pte'], /^error: NotFound: no such file/],
      [[fixturePath('upstream/numpyrt__custom_op_lstm.pte')], /^error: OperatorMissing: .*etnp::lstm\.out/],
      [
        [fixturePath('upstream/executorch__stories260k_hybrid_llama_qnn.pte'), '--method', 'kv_forward'],
        /^error: NotFound: .*QnnBackend.*@kindling\/backend-qnn/,
      ],
      [[fixturePath('upstream/executorchrs__data_map_model.pte')], /^error: NotFound: .*"a".*\.ptd/],
      [[add, '--bogus'], /^error: InvalidArgument: unknown option --bogus/],
      [[add, '--inputs', 'sevens'], /^error: InvalidArgument: --inputs/],
      [[add, '--method', 'nope'], /^error: NotFound: no method "nope"/],
      [[add, '--repeat', '0'], /^error: InvalidArgument: --repeat/],
    ];
    for (const [args, message] of cases) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(message);
      expect(r.err[0]).not.toMatch(/\n|\s+at\s/);
    }
  });
});
