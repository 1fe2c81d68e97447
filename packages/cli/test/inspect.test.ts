import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/upstream/${name}`, import.meta.url));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function inspectJson(name: string) {
  const r = await cli('inspect', fixture(name), '--json');
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out);
}

describe('kindling inspect --json', () => {
  it('stories260k: 29 methods, QnnBackend delegates, constant values', async () => {
    const s = await inspectJson('executorch__stories260k_hybrid_llama_qnn.pte');
    expect(s.methods).toHaveLength(29);
    const delegating = s.methods.filter((m: { delegates: { id: string }[] }) =>
      m.delegates.some((d) => d.id === 'QnnBackend'),
    );
    expect(delegating.map((m: { name: string }) => m.name).sort()).toEqual(['kv_forward', 'prefill_forward']);
    const get = (n: string) => s.methods.find((m: { name: string }) => m.name === n).outputs[0].value;
    expect(get('get_max_seq_len')).toBe(128);
    expect(get('get_vocab_size')).toBe(512);
    expect(s.segments).toHaveLength(2);
    expect(s.segments[1]).toMatchObject({ size: 1331456, use: ['delegate'] });
    const kv = s.methods.find((m: { name: string }) => m.name === 'kv_forward');
    expect(kv.inputs[0]).toMatchObject({ type: 'Tensor', dtype: 'int32', shape: [1, 1], dynamism: 'static' });
  });

  it('data map program: external tensors a and b', async () => {
    const s = await inspectJson('executorchrs__data_map_model.pte');
    expect(s.methods[0].externalTensors.map((t: { name: string }) => t.name).sort()).toEqual(['a', 'b']);
  });

  it('add programs: operator counts, inputs, outputs and planned memory', async () => {
    for (const name of ['executorch__apple_add.pte', 'executorchrs__add.pte']) {
      const s = await inspectJson(name);
      const m = s.methods[0];
      expect(m.name).toBe('forward');
      expect(m.operators).toEqual([{ name: 'aten::add.out', count: 1 }]);
      expect(m.inputs.map((i: { dtype: string; shape: number[] }) => [i.dtype, i.shape])).toEqual([
        ['float32', [1]],
        ['float32', [1]],
      ]);
      expect(m.plannedMemory).toEqual([{ memoryId: 1, bytes: 48 }]);
    }
  });

  it('xnnpack program: delegate id, payload size and location', async () => {
    const s = await inspectJson('numpyrt__xnnpack_add.pte');
    expect(s.methods[0].delegates).toHaveLength(1);
    expect(s.methods[0].delegates[0]).toMatchObject({ id: 'XnnpackBackend', location: 'segment' });
    expect(s.methods[0].delegates[0].payloadSize).toBeGreaterThan(32);
  });

  it('bundled program and .ptd files', async () => {
    const b = await inspectJson('executorch__bundled_program.bpte');
    expect(b.kind).toBe('bundled-program');
    expect(b.bundled.suites).toEqual([{ method: 'forward', testCases: 10 }]);
    const d = await inspectJson('executorchrs__data_map_model.ptd');
    expect(d.tensors.map((t: { key: string; dtype: string; shape: number[] }) => [t.key, t.dtype, t.shape])).toEqual([
      ['a', 'float32', [2, 2]],
      ['b', 'float32', [2, 2]],
    ]);
  });

  it('--instructions lists one line per instruction', async () => {
    const r = await cli('inspect', fixture('executorch__module_linear_no_constant_segment.pte'), '--instructions');
    expect(r.code).toBe(0);
    expect(r.out).toContain('0: aten::mul.out(%0:float32[2,2], %2:float32[2,2], %3:float32[2,2], %3:float32[2,2])');
    expect(r.out).toContain(
      '1: aten::add.out(%3:float32[2,2], %1:float32[2,2], %5=1, %4:float32[2,2], %4:float32[2,2])',
    );
  });
});

describe('kindling errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kindling-cli-'));

  it('reports a corrupted file as one line and exit code 1', async () => {
    const bytes = new Uint8Array(readFileSync(fixture('numpyrt__const_methods.pte')));
    new DataView(bytes.buffer).setUint32(0, 0xfffffff0, true);
    const path = join(dir, 'bad.pte');
    writeFileSync(path, bytes);
    const r = await cli('inspect', path);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: InvalidProgram: .+$/);
    expect(r.err.split('\n')).toHaveLength(1);
  });

  it('reports a truncated file, a missing file and a non-program', async () => {
    const bytes = readFileSync(fixture('executorch__arduino_add_model.pte'));
    const path = join(dir, 'short.pte');
    writeFileSync(path, bytes.subarray(0, 1100));
    expect((await cli('inspect', path)).err).toMatch(/^error: InvalidProgram: .*truncated/);
    expect((await cli('inspect', join(dir, 'missing.pte'))).err).toBe(
      `error: NotFound: no such file: ${join(dir, 'missing.pte')}`,
    );
    const text = join(dir, 'text.pte');
    writeFileSync(text, 'hello, this is not a program');
    expect((await cli('inspect', text)).err).toMatch(/^error: InvalidProgram: not an ExecuTorch program/);
  });

  it('refuses unknown options and commands', async () => {
    expect((await cli('inspect', '--bogus', 'x')).err).toMatch(/^error: InvalidArgument: unknown option --bogus/);
    expect((await cli('frobnicate')).code).toBe(1);
  });
});

describe('kindling run with installed backends', () => {
  it('runs an XNNPACK-delegated program through @kindling/backend-xnnpack', async () => {
    const r = await cli('run', fixture('numpyrt__xnnpack_add.pte'), '--inputs', 'ones', '--json');
    expect(r.code, r.err).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.method).toBe('forward');
    expect(result.outputs).toEqual([{ dtype: 'float32', shape: [3], data: [2, 2, 2] }]);
  });
});
