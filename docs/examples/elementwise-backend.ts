// A complete (small) backend: the ahead-of-time half decides which nodes it takes and serialises a
// partition into a payload; the runtime half executes that payload. Both halves share one id.
import { type Backend, ErrorCode, KindlingError, ScalarType, Tag, type Tensor } from '@kindling/core';
import type { Node, Value } from '@kindling/ir';
import type { BackendLowering, Partition, PreprocessResult, SupportResult } from '@kindling/partitioner';

/** The delegate id written into programs and matched by the runtime. */
export const ELEMENTWISE_ID = 'ElementwiseJsBackend';

const OPS = [
  'aten.add.Tensor',
  'aten.sub.Tensor',
  'aten.mul.Tensor',
  'aten.relu.default',
  'aten.sigmoid.default',
] as const;
type Op = (typeof OPS)[number];

/** The payload: a list of steps over numbered buffers, as JSON. */
interface Payload {
  version: 1;
  inputs: number[];
  outputs: number[];
  /** Constants the partition owns, embedded in the payload. */
  constants: Record<string, number[]>;
  steps: { op: Op; args: number[]; out: number; numel: number }[];
}

const isFloatTensor = (v: Value) => v.type.kind === 'tensor' && v.type.dtype === ScalarType.Float;
const numel = (v: Value) => (v.type.kind === 'tensor' ? v.type.shape.reduce((a, b) => a * b, 1) : 0);

/** The ahead-of-time half. */
export const elementwiseLowering: BackendLowering = {
  specificationVersion: 'v1',
  id: ELEMENTWISE_ID,
  name: 'elementwise',

  supports(node: Node): SupportResult {
    if (!(OPS as readonly string[]).includes(node.op))
      return { supported: false, reason: `operator ${node.op} is not implemented` };
    const tensors = node.inputs;
    const out = node.outputs[0];
    if (!out || ![...tensors, out].every(isFloatTensor)) return { supported: false, reason: 'only float32 tensors' };
    if ([...tensors, out].some((v) => v.type.kind === 'tensor' && v.type.dynamism !== 0)) {
      return { supported: false, reason: 'dynamic shapes are not supported' };
    }
    // Operands must have the output's element count (no broadcasting) or be a single element.
    if (tensors.some((v) => numel(v) !== numel(out) && numel(v) !== 1))
      return { supported: false, reason: 'broadcasting is not supported' };
    const alpha = node.args[2];
    if (
      (node.op === 'aten.add.Tensor' || node.op === 'aten.sub.Tensor') &&
      alpha &&
      !(alpha.kind === 'int' && alpha.value === 1n)
    ) {
      return { supported: false, reason: 'alpha must be 1' };
    }
    return { supported: true };
  },

  preprocess(partition: Partition): PreprocessResult {
    const constants: Record<string, number[]> = {};
    for (const c of partition.constants) {
      const bytes = c.data as Uint8Array;
      constants[c.id] = Array.from(new Float32Array(bytes.slice().buffer));
    }
    const payload: Payload = {
      version: 1,
      inputs: partition.inputs.map((v) => v.id),
      outputs: partition.outputs.map((v) => v.id),
      constants,
      steps: partition.nodes.map((n) => ({
        op: n.op as Op,
        args: n.inputs.map((v) => v.id),
        out: (n.outputs[0] as Value).id,
        numel: numel(n.outputs[0] as Value),
      })),
    };
    return { processed: new TextEncoder().encode(JSON.stringify(payload)) };
  },
};

const APPLY: Record<Op, (a: number, b: number) => number> = {
  'aten.add.Tensor': (a, b) => a + b,
  'aten.sub.Tensor': (a, b) => a - b,
  'aten.mul.Tensor': (a, b) => a * b,
  'aten.relu.default': (a) => (a > 0 ? a : 0),
  'aten.sigmoid.default': (a) => 1 / (1 + Math.exp(-a)),
};

/** The runtime half. */
export function elementwiseBackend(): Backend {
  return {
    specificationVersion: 'v1',
    id: ELEMENTWISE_ID,
    name: 'elementwise',
    isAvailable: () => true,
    init(_context, processed) {
      let payload: Payload;
      try {
        payload = JSON.parse(new TextDecoder().decode(processed)) as Payload;
      } catch {
        throw new KindlingError(ErrorCode.DelegateInvalidCompatibility, 'payload is not JSON');
      }
      if (payload.version !== 1)
        throw new KindlingError(ErrorCode.DelegateInvalidCompatibility, `payload version ${payload.version}`);
      return payload;
    },
    execute(_context, handle, args) {
      const p = handle as Payload;
      const buffers = new Map<number, Float32Array>();
      for (const [id, values] of Object.entries(p.constants)) buffers.set(Number(id), Float32Array.from(values));
      const tensorArg = (i: number): Tensor => {
        const a = args[i];
        if (!a || a.tag !== Tag.Tensor)
          throw new KindlingError(ErrorCode.InvalidArgument, `delegate argument ${i} is not a tensor`);
        return a.value;
      };
      p.inputs.forEach((id, i) => {
        buffers.set(id, tensorArg(i).data as Float32Array);
      });
      p.outputs.forEach((id, i) => {
        buffers.set(id, tensorArg(p.inputs.length + i).data as Float32Array);
      });
      for (const step of p.steps) {
        const out = buffers.get(step.out) ?? new Float32Array(step.numel);
        buffers.set(step.out, out);
        const [a, b] = step.args.map((id) => buffers.get(id) as Float32Array) as [
          Float32Array,
          Float32Array | undefined,
        ];
        const f = APPLY[step.op];
        for (let i = 0; i < step.numel; i++) {
          out[i] = f(a[a.length === 1 ? 0 : i] as number, b ? (b[b.length === 1 ? 0 : i] as number) : 0);
        }
      }
    },
  };
}
