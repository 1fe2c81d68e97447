// The acceptance test of the tensor client: the same app code classifies digits on the device
// (@kindling/runtime, the zoo's digits program) and through real Open Inference Protocol servers
// (MLServer and KServe's model server, their model computing the same CNN with numpy from the
// weights read out of the same program, summing in the order the portable kernels sum), with
// identical outputs, which agree with ExecuTorch's recorded outputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tensor } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { Module, portableKernels } from '@kindling/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hybrid, remote, type TensorModelLike } from '../src/index.js';
import { missing, REPO, type RunningServer, startKserveServer, startOipServer, type Weights } from './servers.js';

const CASE = join(REPO, 'packages/conformance-zoo/cases/digits');

/** The app code: runs on any tensor model, on the device or remote. */
async function classify(
  model: TensorModelLike,
  pixels: Float32Array,
): Promise<{ digit: number; logits: Float32Array }> {
  const logits = (await model.execute('forward', [Tensor.from('float32', [1, 1, 8, 8], pixels)])).tensor(0)
    .data as Float32Array;
  let digit = 0;
  for (let i = 1; i < logits.length; i++) if ((logits[i] as number) > (logits[digit] as number)) digit = i;
  return { digit, logits };
}

/** The program's constant tensors (its weights), named by their order in the digits CNN. */
function weightsOf(program: Uint8Array): Weights {
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
  expect(constants.map((t) => t.sizes)).toEqual([
    [16, 1, 3, 3],
    [16],
    [32, 16, 3, 3],
    [32],
    [64, 512],
    [64],
    [10, 64],
    [10],
  ]);
  return Object.fromEntries(
    constants.map((t, i) => [names[i] as string, { shape: t.sizes, bytes: file.constantBytes(t) }]),
  );
}

const floats = (path: string) => new Float32Array(new Uint8Array(readFileSync(path)).buffer);

const SERVERS = [
  // MLServer 1.7.1's REST server does not implement the binary tensor extension (it fails such a
  // request with HTTP 500): JSON tensors there.
  { name: 'MLServer', venv: 'oip' as const, start: startOipServer, binary: [false] },
  { name: "KServe's model server", venv: 'kserve' as const, start: startKserveServer, binary: [true, false] },
];

for (const { name, venv, start, binary: modes } of SERVERS) {
  const why = missing(venv);
  if (why) console.warn(`[remote] skipping the ${name} tests: ${why}`);

  describe.skipIf(why !== undefined)(`a real Open Inference Protocol server (${name})`, () => {
    const program = new Uint8Array(readFileSync(join(CASE, 'portable.pte')));
    const images = floats(join(CASE, 'test_images.bin'));
    let server: RunningServer;
    let device: Module;

    beforeAll(async () => {
      server = await start(weightsOf(program));
      device = await Module.load(program, { kernels: portableKernels });
    }, 150_000);
    afterAll(async () => {
      await device?.dispose();
      if (process.env.KINDLING_REMOTE_LOG) console.log(server?.log());
      await server?.stop();
    });

    for (const binary of modes) {
      it(`gives the device's answers for 20 held-out digits (${binary ? 'binary' : 'JSON'} tensors)`, async () => {
        const cloud = remote({ url: server.url, model: 'digits', binary, timeoutMs: 20_000, retries: 1 });
        expect(await cloud.health()).toEqual({ live: true, ready: true, modelReady: true });
        expect((await cloud.metadata()).inputs).toEqual([{ name: 'input', datatype: 'FP32', shape: [-1, 1, 8, 8] }]);
        for (let i = 0; i < 20; i++) {
          const pixels = images.subarray(i * 64, (i + 1) * 64);
          const here = await classify(device, pixels);
          const there = await classify(cloud, pixels);
          expect(there.digit).toBe(here.digit);
          // Identical, bit for bit: the server's numpy sums each layer in the order the portable
          // kernels do (digits_numpy.py), and the tensors cross the protocol unchanged.
          expect(Array.from(there.logits), `image ${i}`).toEqual(Array.from(here.logits));
        }
      });

      it(`matches ExecuTorch's recorded outputs for the case's three inputs (${binary ? 'binary' : 'JSON'})`, async () => {
        const cloud = remote({ url: server.url, model: 'digits', binary, timeoutMs: 20_000 });
        for (const s of [0, 1, 2]) {
          const { logits } = await classify(cloud, floats(join(CASE, `s${s}.in0.bin`)));
          const expected = floats(join(CASE, `portable.s${s}.out0.bin`));
          for (let k = 0; k < 10; k++) expect(logits[k]).toBeCloseTo(expected[k] as number, 4);
        }
      });
    }

    it('serves a hybrid whose device side is unavailable, and reports it', async () => {
      const sides: (string | undefined)[] = [];
      const model = hybrid({
        local: () => Promise.reject(new Error('no WebGPU adapter')),
        remote: remote({ url: server.url, model: 'digits', binary: modes[0], timeoutMs: 20_000 }),
        onCall: (r) => sides.push(r.side),
      });
      const pixels = images.subarray(0, 64);
      const r = await classify(model, pixels);
      expect(r.digit).toBe((await classify(device, pixels)).digit);
      expect(sides).toEqual(['remote']);
    });
  });
}
