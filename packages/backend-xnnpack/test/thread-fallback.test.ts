// The one-thread fallback says why: `singleThreadReason` in onDelegateReady, and one console warning
// per process. Node always has workers, so an engine without SharedArrayBuffer is simulated here;
// the browser tests check a page that is not cross-origin isolated.
import { ConformanceZoo, type ManifestCase } from '@kindling/conformance-zoo';
import { Module, portableKernels } from '@kindling/runtime';
import { afterEach, expect, test, vi } from 'vitest';
import { type XnnpackDelegateInfo, xnnpack } from '../src/index.js';

const zoo = ConformanceZoo.open();
const digits = zoo.cases.find((c) => c.id === 'digits/xnnpack') as ManifestCase;

/** Loads and runs digits on `threads` against ExecuTorch's outputs; the delegates' reports. */
async function run(threads: number): Promise<XnnpackDelegateInfo[]> {
  const infos: XnnpackDelegateInfo[] = [];
  const module = await Module.load(zoo.programBytes(digits), {
    backends: [xnnpack({ threads, onDelegateReady: (info) => infos.push(info) })],
    kernels: portableKernels,
  });
  try {
    for (const [s, step] of digits.steps.entries()) {
      const got = await module.execute(step.method, zoo.inputs(digits, s));
      for (const [i, want] of step.outputs.entries()) {
        const r = zoo.compare(digits, got[i], want);
        if (!r.ok) throw new Error(`step ${s} output ${i}: ${r.message}`);
      }
    }
  } finally {
    await module.dispose();
  }
  return infos;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test('threads: 1 asks for nothing more: no reason, no warning', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const [info] = await run(1);
  expect(info?.threads).toBe(1);
  expect(info?.threadsRequested).toBe(1);
  expect(info?.singleThreadReason).toBeUndefined();
  expect(warn).not.toHaveBeenCalled();
});

test('without SharedArrayBuffer, threads: 2 runs on one thread, says why, and warns once per process', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.stubGlobal('SharedArrayBuffer', undefined);
  const first = await run(2);
  const second = await run(3);
  for (const [info, requested] of [
    [first[0], 2],
    [second[0], 3],
  ] as const) {
    expect(info?.threads).toBe(1);
    expect(info?.threadsRequested).toBe(requested);
    expect(info?.singleThreadReason).toBe('this engine has no SharedArrayBuffer or Atomics');
  }
  expect(warn).toHaveBeenCalledTimes(1);
  expect(warn.mock.calls[0]?.[0]).toBe(
    '[kindling] XnnpackBackend: running on 1 thread instead of 2: this engine has no SharedArrayBuffer or Atomics.',
  );
});
