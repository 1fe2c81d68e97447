// The example of the guide "Apple devices (Core ML)": a program ExecuTorch's CoreMLPartitioner wrote
// (fp16, its default compile specs) runs on the reference host to ExecuTorch's recorded outputs of
// the same model, within the zoo's fp16 tolerance; without a host it says what is needed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { referenceHost } from '@kindling/backend-coreml';
import { describe, expect, it } from 'vitest';
import { lowerForCoreML } from './lower-for-coreml.js';
import { runOnCoreML } from './run-on-coreml.js';

const dir = fileURLToPath(new URL('../../packages/conformance-zoo/cases/ops/conv2d/3x3_pad1/', import.meta.url));
const floats = (name: string) => new Float32Array(new Uint8Array(readFileSync(`${dir}${name}`)).buffer);
const manifest = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../packages/conformance-zoo/cases/manifest.json', import.meta.url)), 'utf8'),
);
const zooCase = manifest.cases.find((c: { id: string }) => c.id === 'ops/conv2d/3x3_pad1/coreml');

describe('running on Core ML', () => {
  const program = new Uint8Array(readFileSync(`${dir}coreml.pte`));
  const shape = zooCase.steps[0].inputs[0].shape as number[];

  it('runs an fp16 Core ML program on the reference host to the recorded outputs', async () => {
    const r = await runOnCoreML(program, floats('in0.bin'), shape, referenceHost());
    if (!('output' in r)) throw new Error(r.unavailable);
    const expected = floats('coreml.out0.bin');
    const { atol, rtol } = zooCase.tolerance as { atol: number; rtol: number };
    expect(r.output).toHaveLength(expected.length);
    r.output.forEach((v, i) => {
      expect(Math.abs(v - (expected[i] as number))).toBeLessThanOrEqual(atol + rtol * Math.abs(expected[i] as number));
    });
  });

  it('without a host, says that Core ML needs a native host on an Apple device', async () => {
    const r = await runOnCoreML(program, floats('in0.bin'), shape, null);
    expect('unavailable' in r && r.unavailable).toMatch(/Apple devices/);
  });

  it('lowers the portable program with Kindling and runs it on the reference host to the recorded outputs', async () => {
    const portableCase = manifest.cases.find((c: { id: string }) => c.id === 'ops/conv2d/3x3_pad1/portable');
    const { bytes, taken } = await lowerForCoreML(new Uint8Array(readFileSync(`${dir}portable.pte`)));
    expect(taken).toEqual(['aten.convolution.default']);
    const r = await runOnCoreML(bytes, floats('in0.bin'), shape, referenceHost());
    if (!('output' in r)) throw new Error(r.unavailable);
    // ExecuTorch's outputs of the portable program, within the fp16 tolerance of the coreml case
    const expected = floats(portableCase.steps[0].outputs[0].file.split('/').at(-1));
    const { atol, rtol } = zooCase.tolerance as { atol: number; rtol: number };
    expect(r.output).toHaveLength(expected.length);
    r.output.forEach((v, i) => {
      expect(Math.abs(v - (expected[i] as number))).toBeLessThanOrEqual(atol + rtol * Math.abs(expected[i] as number));
    });
  });
});
