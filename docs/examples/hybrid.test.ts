// The examples of the guide "Hybrid: device and cloud", run against the real servers of
// @kindling/remote's tests (MLServer and llama.cpp's server, installed by
// tools/remote-servers/install.sh; skipped with the reason printed when they are not installed).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CallRecord } from '@kindling/remote';
import { Module, portableKernels } from '@kindling/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  missing,
  type RunningServer,
  startChatServer,
  startOipServer,
  type Weights,
} from '../../packages/remote/test/servers.js';
import { ask } from './hybrid-chat.js';
import { classify, digitsEverywhere } from './hybrid-device-and-cloud.js';

const dir = fileURLToPath(new URL('../../packages/conformance-zoo/cases/digits/', import.meta.url));
const program = new Uint8Array(readFileSync(`${dir}portable.pte`));
const images = new Float32Array(new Uint8Array(readFileSync(`${dir}test_images.bin`)).buffer);
const labels = new BigInt64Array(new Uint8Array(readFileSync(`${dir}test_labels.bin`)).buffer);

const noOip = missing('oip');
const noChat = missing('chat');
if (noOip) console.warn(`[docs] skipping the hybrid guide's tensor example: ${noOip}`);
if (noChat) console.warn(`[docs] skipping the hybrid guide's chat example: ${noChat}`);

/** The digits program's weights in the order the server's numpy model names them. */
async function weights(): Promise<Weights> {
  const { PteFile } = await import('@kindling/ir');
  const file = PteFile.read(program);
  const names = [
    'conv1.weight',
    'conv1.bias',
    'conv2.weight',
    'conv2.bias',
    'fc1.weight',
    'fc1.bias',
    'fc2.weight',
    'fc2.bias',
  ];
  const constants = file
    .plan('forward')
    .values.flatMap((v) =>
      v.type === 'Tensor' && v.tensor.dataBufferIdx > 0 && v.tensor.allocationInfo === null ? [v.tensor] : [],
    );
  return Object.fromEntries(
    constants.map((t, i) => [names[i] as string, { shape: t.sizes, bytes: file.constantBytes(t) }]),
  );
}

describe.skipIf(noOip !== undefined)('guide: hybrid tensor model', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startOipServer(await weights());
  }, 150_000);
  afterAll(() => server?.stop());

  it('classifies on the device, and on the server when asked or when the device is gone', async () => {
    const records: CallRecord[] = [];
    const model = digitsEverywhere(program, server.url, (r) => records.push(r));
    const device = await Module.load(program, { kernels: portableKernels });
    let correct = 0;
    for (let i = 0; i < 10; i++) {
      const pixels = images.subarray(i * 64, (i + 1) * 64);
      const here = await classify(model, pixels);
      const there = await classify(model, pixels, 'remote');
      expect(there).toBe(here);
      const logits = (await device.forward([pixels])).tensor(0).toArray();
      expect(here).toBe(logits.indexOf(Math.max(...logits)));
      if (BigInt(here) === labels[i]) correct++;
    }
    await device.dispose();
    expect(correct).toBeGreaterThanOrEqual(9);
    expect(records.map((r) => r.side)).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? 'remote' : 'local')));

    // A device that cannot load the program (here: bytes that are not a program) falls back.
    const expected = await classify(model, images.subarray(0, 64));
    const broken = digitsEverywhere(new Uint8Array(16), server.url, (r) => records.push(r));
    expect(await classify(broken, images.subarray(0, 64))).toBe(expected);
    expect(records.at(-1)).toMatchObject({ side: 'remote', fallback: true, reason: 'unavailable' });
  });
});

describe.skipIf(noChat !== undefined)('guide: remote chat', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startChatServer();
  }, 150_000);
  afterAll(() => server?.stop());

  it('streams an answer', async () => {
    let text = '';
    const { finishReason, usage } = await ask(server.url, 'What is the capital of France?', (t) => {
      text += t;
    });
    expect(text.trim().length).toBeGreaterThan(0);
    expect(['eos', 'length']).toContain(finishReason);
    expect(usage.completionTokens).toBeGreaterThan(0);
  });
});
