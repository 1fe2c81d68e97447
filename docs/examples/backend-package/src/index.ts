/**
 * A third-party Kindling backend, as a package: `kindling-backend-elementwise` runs element-wise
 * float32 operators in plain JavaScript. Its `.` entry (this file) is the runtime half; its
 * `./partitioner` entry is the ahead-of-time half. Both default-export a factory, which is how
 * `kindling run|lower --backend kindling-backend-elementwise` finds them.
 *
 * @packageDocumentation
 */
import {
  type BackendCapabilities,
  type BackendV1,
  ErrorCode,
  KindlingError,
  ScalarType,
  Tag,
  type Tensor,
} from '@kindling/core';
import { decodePayload, ELEMENTWISE_ID, OPS, type Op, type Payload } from './payload.js';

/** Load options (typed in `Module.load({ backendOptions: { ElementwiseJsBackend: ... } })`). */
export interface ElementwiseOptions {
  /** Clamp every output to this absolute value (default: no clamp). */
  readonly clamp?: number;
}

declare module '@kindling/core' {
  interface BackendOptionsMap {
    ElementwiseJsBackend: ElementwiseOptions;
  }
}

/** What this backend executes; the backend test suite picks its cases from this. */
export const ELEMENTWISE_CAPABILITIES: BackendCapabilities = {
  operators: OPS,
  dtypes: ['float32'],
};

const APPLY: Record<Op, (a: number, b: number) => number> = {
  'aten.add.Tensor': (a, b) => a + b,
  'aten.sub.Tensor': (a, b) => a - b,
  'aten.mul.Tensor': (a, b) => a * b,
  // NaN stays NaN, as in ExecuTorch's kernels (`a < 0 ? 0 : a` rather than `a > 0 ? a : 0`).
  'aten.relu.default': (a) => (a < 0 ? 0 : a),
  'aten.sigmoid.default': (a) => 1 / (1 + Math.exp(-a)),
};

function floatTensor(args: readonly { tag: Tag; value?: unknown }[], i: number): Tensor {
  const a = args[i];
  if (!a || a.tag !== Tag.Tensor || (a.value as Tensor).dtype !== ScalarType.Float) {
    throw new KindlingError(ErrorCode.InvalidArgument, `elementwise: delegate argument ${i} is not a float32 tensor`);
  }
  return a.value as Tensor;
}

/** Creates the runtime half: it executes `ElementwiseJsBackend` delegates. */
export function elementwise(options: ElementwiseOptions = {}): BackendV1 {
  return {
    specificationVersion: 'v1',
    id: ELEMENTWISE_ID,
    name: 'elementwise',
    capabilities: ELEMENTWISE_CAPABILITIES,
    isAvailable: () => true,
    init: (_context, processed) => decodePayload(processed),
    execute(_context, handle, args) {
      const p = handle as Payload;
      if (args.length !== p.inputs.length + p.outputs.length) {
        throw new KindlingError(
          ErrorCode.InvalidArgument,
          `elementwise: the call passes ${args.length} values, the payload has ${p.inputs.length} inputs and ${p.outputs.length} outputs`,
        );
      }
      const buffers = new Map<number, Float32Array>();
      for (const [id, values] of Object.entries(p.constants)) buffers.set(Number(id), Float32Array.from(values));
      for (const [i, id] of p.inputs.entries()) buffers.set(id, floatTensor(args, i).data as Float32Array);
      const outputs = p.outputs.map((id, i) => [id, floatTensor(args, p.inputs.length + i)] as const);
      for (const step of p.steps) {
        const operands = step.args.map((id) => buffers.get(id) as Float32Array);
        for (const x of operands) {
          if (x.length !== step.numel && x.length !== 1) {
            throw new KindlingError(
              ErrorCode.InvalidArgument,
              `elementwise: an operand has ${x.length} elements, not ${step.numel}`,
            );
          }
        }
        const out = new Float32Array(step.numel);
        const [a, b] = operands as [Float32Array, Float32Array | undefined];
        const f = APPLY[step.op];
        for (let i = 0; i < step.numel; i++) {
          const y = f(a[a.length === 1 ? 0 : i] as number, b ? (b[b.length === 1 ? 0 : i] as number) : 0);
          out[i] = options.clamp === undefined ? y : Math.max(-options.clamp, Math.min(options.clamp, y));
        }
        buffers.set(step.out, out);
      }
      for (const [id, tensor] of outputs) {
        const result = buffers.get(id) as Float32Array;
        if (result.length !== tensor.numel) {
          throw new KindlingError(
            ErrorCode.InvalidArgument,
            `elementwise: output ${id} has ${tensor.numel} elements, the payload computes ${result.length}`,
          );
        }
        (tensor.data as Float32Array).set(result);
      }
    },
  };
}

export default elementwise;
export { ELEMENTWISE_ID };
