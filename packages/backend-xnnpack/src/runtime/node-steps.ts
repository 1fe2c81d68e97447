import { ErrorCode, KindlingError } from '@kindling/core';
import { convertKernel, dequantizeToF32, quantizeBound, quantizeF32 } from '../kernels/convert.js';
import {
  type ConvGeometry,
  conv2dF32,
  convOutputSize,
  convTranspose2dF32,
  convTransposeOutputSize,
  depthwiseConv2dF32,
  packConvWeights,
} from '../kernels/convolution.js';
import {
  type BlockSwap,
  blockSwapOf,
  concatenateN,
  constantPadN,
  type Elements,
  sliceN,
  transposeN,
} from '../kernels/data-movement.js';
import { BinaryOp, binaryF32, broadcastShapes, createBinaryScratch } from '../kernels/elementwise-binary.js';
import { batchMatMulF32, fullyConnectedF32 } from '../kernels/fully-connected.js';
import {
  convRowsPerBlock,
  depthwisePackedLength,
  gemmPackedLength,
  packDepthwiseWeights,
  packGemmWeights,
} from '../kernels/packing.js';
import {
  globalAvgPoolF32,
  globalAvgPoolQs8,
  globalAvgPoolQs8Scale,
  type PoolGeometry,
  pool2dF32,
} from '../kernels/pooling.js';
import {
  qs8Add,
  qs8AddParams,
  qs8Clamp,
  qs8Lookup,
  qs8Mul,
  qs8MulParams,
  qs8UnaryTable,
} from '../kernels/quantized-elementwise.js';
import {
  blockwiseKsums,
  type QuantizedGemmParams,
  qConv2d,
  qFullyConnected,
  qFullyConnectedBlockwise,
  quantizedOutputRange,
  requantizationScales,
  unpackInt4,
} from '../kernels/quantized-gemm.js';
import { resizeBilinear2dF32 } from '../kernels/resize.js';
import { softmaxF32 } from '../kernels/softmax.js';
import { UnaryOp, unaryF32 } from '../kernels/unary.js';
import {
  nodeTypeName,
  XNN_INVALID_ID,
  type XnnConvAttrs,
  XnnDatatype,
  type XnnNode,
  XnnNodeType,
} from '../serialization/xnn-graph.js';
import type { PoolKernel, ThreadPool } from '../threads/pool.js';
import type { KernelHeap } from '../wasm/kernels.js';
import {
  wasmHardswishStep,
  wasmQd8ConvStep,
  wasmQd8FullyConnectedStep,
  wasmQs8AddStep,
  wasmQs8ConvertStep,
  wasmQs8ConvStep,
  wasmQs8FullyConnectedStep,
  wasmQs8GlobalAvgPool,
  wasmQs8MaxPoolStep,
  wasmQs8MulStep,
} from './quantized-steps.js';
import { numelOf, type RuntimeValue, storageElementSize } from './runtime-value.js';

/** One node ready to run: `infer` sets its outputs' shapes from its inputs', `run` computes. */
export interface Step {
  readonly node: XnnNode;
  infer(): void;
  run(): void;
  /** Bytes of kernel scratch (in the WebAssembly memory) `run` needs for the current shapes. */
  scratchBytes?(): number;
}

/**
 * What steps share: the WebAssembly kernels (or null), the scratch the graph planned (one slice of
 * `scratchBytes` per thread, `scratchStride` apart) and the thread pool (null: one thread).
 */
export interface StepContext {
  readonly heap: KernelHeap | null;
  scratchPtr: number;
  scratchBytes: number;
  scratchStride: number;
  pool: ThreadPool | null;
}

/** Multiply-adds below which a kernel runs on the calling thread (waking workers costs more). */
const PARALLEL_MIN_MACS = 1 << 20;

/**
 * Runs `kernel` split across the pool when there is one and the call is large enough; false when
 * the caller should run the whole kernel itself. The result is bit-identical either way.
 */
export function runParallel(
  ctx: StepContext,
  kernel: PoolKernel,
  args: number[],
  macs: number,
  scratchArg = -1,
): boolean {
  const pool = ctx.pool;
  if (!pool || macs < PARALLEL_MIN_MACS) return false;
  pool.run(kernel, args, pool.threads * 4, scratchArg, ctx.scratchStride);
  return true;
}

/** Calls a kernel export with an argument list (the one `runParallel` would have split). */
function callKernel(kernel: unknown, args: readonly number[]): void {
  (kernel as (...a: number[]) => void)(...args);
}

/**
 * A kernel's argument list, allocated once when the step is built and refilled on every run, so
 * that executing a graph allocates nothing: `set(...)` fills {@link ArgList.values} (what the pool
 * splits); {@link ArgList.whole} is the same list plus part 0 of 1 (the whole call on this thread).
 */
class ArgList {
  readonly values: number[];
  readonly #whole: number[];
  #n = 0;
  constructor(size: number) {
    this.values = new Array<number>(size).fill(0);
    this.#whole = new Array<number>(size + 2).fill(0);
  }
  /** Starts filling from the first argument. */
  reset(): this {
    this.#n = 0;
    return this;
  }
  /** Sets the next argument. */
  add(v: number): this {
    this.values[this.#n++] = v;
    return this;
  }
  /** The arguments followed by part 0 of 1. */
  whole(): number[] {
    const w = this.#whole;
    const n = this.values.length;
    for (let i = 0; i < n; i++) w[i] = this.values[i] as number;
    w[n] = 0;
    w[n + 1] = 1;
    return w;
  }
}

/** Pointer of a value's elements in the kernels' memory, or -1 when they live elsewhere. */
export function pointerOf(heap: KernelHeap, v: RuntimeValue): number {
  const d = v.data;
  return d && d.buffer === heap.buffer ? d.byteOffset : -1;
}

/**
 * Whether an operand of `shape` repeats over `outShape` as one contiguous block (its dims, without
 * leading 1s, are the trailing dims of the output), so element `i` of the output reads `i % numel`.
 */
export function repeats(shape: readonly number[], outShape: readonly number[]): boolean {
  let s = 0;
  while (s < shape.length && shape[s] === 1) s++;
  const rest = shape.length - s;
  if (rest > outShape.length) return false;
  for (let i = 0; i < rest; i++) if (shape[s + i] !== outShape[outShape.length - rest + i]) return false;
  return true;
}

/**
 * Where a value lives in the kernels' memory at run time: arena values at their view's offset;
 * an fp32 constant is copied there now (at init) when `copyConstant`.
 */
function wasmLocator(heap: KernelHeap, v: RuntimeValue, copyConstant: boolean): () => number {
  if (v.storage === 'constant') {
    if (!copyConstant || !(v.data instanceof Float32Array)) return () => -1;
    const src = v.data;
    const ptr = heap.alloc(src.length * 4);
    heap.f32(ptr, src.length).set(src);
    return () => ptr;
  }
  return () => pointerOf(heap, v);
}

/** Copies packed fp32 weights into the kernels' memory; returns the pointer. */
function packInto(heap: KernelHeap, length: number, pack: (out: Float32Array) => void): number {
  const ptr = heap.alloc(length * 4);
  pack(heap.f32(ptr, length));
  return ptr;
}

export { IMPLEMENTED_NODE_TYPES } from './implemented-node-types.js';

const BINARY: Partial<Record<XnnNodeType, BinaryOp>> = {
  [XnnNodeType.Add]: BinaryOp.Add,
  [XnnNodeType.Subtract]: BinaryOp.Subtract,
  [XnnNodeType.Multiply]: BinaryOp.Multiply,
  [XnnNodeType.Div]: BinaryOp.Divide,
  [XnnNodeType.Minimum]: BinaryOp.Minimum,
  [XnnNodeType.Maximum]: BinaryOp.Maximum,
  [XnnNodeType.PReLU]: BinaryOp.PReLU,
};

const UNARY: Partial<Record<XnnNodeType, UnaryOp>> = {
  [XnnNodeType.Clamp]: UnaryOp.Clamp,
  [XnnNodeType.Abs]: UnaryOp.Abs,
  [XnnNodeType.Negate]: UnaryOp.Negate,
  [XnnNodeType.Floor]: UnaryOp.Floor,
  [XnnNodeType.Ceiling]: UnaryOp.Ceiling,
  [XnnNodeType.Square]: UnaryOp.Square,
  [XnnNodeType.SquareRoot]: UnaryOp.SquareRoot,
  [XnnNodeType.ReciprocalSquareRoot]: UnaryOp.ReciprocalSquareRoot,
  [XnnNodeType.Exp]: UnaryOp.Exp,
  [XnnNodeType.Log]: UnaryOp.Log,
  [XnnNodeType.Sigmoid]: UnaryOp.Sigmoid,
  [XnnNodeType.Tanh]: UnaryOp.Tanh,
  [XnnNodeType.Gelu]: UnaryOp.Gelu,
  [XnnNodeType.Hardswish]: UnaryOp.Hardswish,
  [XnnNodeType.LeakyReLU]: UnaryOp.LeakyReLU,
  [XnnNodeType.ELU]: UnaryOp.ELU,
  [XnnNodeType.Sin]: UnaryOp.Sin,
  [XnnNodeType.Cos]: UnaryOp.Cos,
  [XnnNodeType.Copy]: UnaryOp.Copy,
};

/** Unary operators with the WebAssembly kernel `unary_f32` (hardswish and the clamp have their own). */
const WASM_UNARY: ReadonlySet<UnaryOp> = new Set([UnaryOp.Exp, UnaryOp.Sigmoid, UnaryOp.Gelu]);

/** Resolves a value id to its runtime value. */
export type ValueLookup = (id: number) => RuntimeValue;

function fail(node: XnnNode, code: ErrorCode, message: string): never {
  throw new KindlingError(code, `XNNPACK ${nodeTypeName(node.type)} (node ${node.index}): ${message}`, {
    context: { backend: 'XnnpackBackend', node: node.index, operator: nodeTypeName(node.type) },
  });
}

const f32 = (v: RuntimeValue): Float32Array => v.data as Float32Array;
const isFloat = (v: RuntimeValue): boolean => v.datatype === XnnDatatype.Fp32 || v.datatype === XnnDatatype.Fp16;

function requireFloat(node: XnnNode, ...values: RuntimeValue[]): void {
  for (const v of values) {
    if (!isFloat(v)) {
      fail(
        node,
        ErrorCode.NotImplemented,
        `${XnnDatatype[v.datatype]} value ${v.id} is not supported by this node yet`,
      );
    }
  }
}

/** Largest element count of one value (2^28: 1 GiB of fp32). */
const MAX_VALUE_ELEMENTS = 2 ** 28;

function setShape(out: RuntimeValue, shape: number[]): void {
  for (const d of shape) {
    if (!(Number.isSafeInteger(d) && d >= 0)) {
      throw new KindlingError(
        ErrorCode.DelegateInvalidCompatibility,
        `XNNPACK: value ${out.id} would have shape [${shape.join(', ')}], which has a negative or non-integer size`,
        { context: { backend: 'XnnpackBackend', value: out.index } },
      );
    }
  }
  const n = numelOf(shape);
  if (!(n <= MAX_VALUE_ELEMENTS)) {
    throw new KindlingError(
      ErrorCode.DelegateMemoryAllocationFailed,
      `XNNPACK: value ${out.id} would have shape [${shape.join(', ')}] (${n} elements, more than ${MAX_VALUE_ELEMENTS})`,
      { context: { backend: 'XnnpackBackend', value: out.index } },
    );
  }
  out.shape = shape;
}

/** Builds the step of one node. Throws `NotImplemented` for node types not implemented yet. */
export function createStep(node: XnnNode, get: ValueLookup, ctx: StepContext): Step {
  const ins = node.inputs.map((id) => (id === XNN_INVALID_ID ? null : get(id)));
  const out = get(node.outputs[0] as number);
  const input = (i: number): RuntimeValue => {
    const v = ins[i];
    if (!v) return fail(node, ErrorCode.DelegateInvalidCompatibility, `input ${i} is missing`);
    return v;
  };
  const { outputMin: min, outputMax: max } = node;
  const binary = BINARY[node.type];
  if (binary !== undefined) {
    const a = input(0);
    const b = input(1);
    if (isQs8(a) && isQs8(b) && isQs8(out)) return quantizedBinaryStep(node, binary, a, b, out, ctx.heap);
    requireFloat(node, a, b, out);
    const scratch = createBinaryScratch();
    const heap = ctx.heap;
    const wasmOp = heap && binary <= BinaryOp.Maximum ? binary : -1;
    const commutative = binary === BinaryOp.Add || binary === BinaryOp.Multiply;
    // For the WebAssembly kernel: [full operand, repeated operand, its length], or null.
    let plan: [() => number, () => number, number] | null = null;
    const locA = heap && wasmOp >= 0 ? wasmLocator(heap, a, true) : () => -1;
    const locB = heap && wasmOp >= 0 ? wasmLocator(heap, b, true) : () => -1;
    return {
      node,
      infer() {
        const shape = broadcastShapes(a.shape, b.shape);
        if (!shape) fail(node, ErrorCode.InvalidArgument, `shapes [${a.shape}] and [${b.shape}] do not broadcast`);
        setShape(out, shape);
        plan = null;
        if (wasmOp >= 0) {
          if (numelOf(a.shape) === numelOf(shape) && repeats(b.shape, shape)) plan = [locA, locB, numelOf(b.shape)];
          else if (commutative && numelOf(b.shape) === numelOf(shape) && repeats(a.shape, shape))
            plan = [locB, locA, numelOf(a.shape)];
        }
      },
      run() {
        if (plan && heap && plan[2] > 0) {
          const [full, rep, len] = plan;
          const fp = full();
          const rp = rep();
          const op = pointerOf(heap, out);
          if (fp >= 0 && rp >= 0 && op >= 0)
            return heap.exports.binary(wasmOp, numelOf(out.shape), fp, rp, len, op, min, max);
        }
        binaryF32(binary, f32(a), a.shape, f32(b), b.shape, f32(out), out.shape, min, max, scratch);
      },
    };
  }
  const unary = UNARY[node.type];
  if (unary !== undefined) {
    const x = input(0);
    const param =
      node.attrs.kind === 'elu' ? node.attrs.alpha : node.attrs.kind === 'leaky-relu' ? node.attrs.negativeSlope : 0;
    const clampMin = node.type === XnnNodeType.Clamp ? min : Number.NEGATIVE_INFINITY;
    const clampMax = node.type === XnnNodeType.Clamp ? max : Number.POSITIVE_INFINITY;
    if (node.type === XnnNodeType.Copy && !isFloat(x)) {
      return {
        node,
        infer: () => setShape(out, x.shape.slice()),
        run: () => (out.data as Elements).set((x.data as Elements).subarray(0, numelOf(x.shape))),
      };
    }
    if (isQs8(x) && isQs8(out)) return quantizedUnaryStep(node, unary, x, out, param, clampMin, clampMax);
    requireFloat(node, x, out);
    const heap = ctx.heap;
    if (heap && unary === UnaryOp.Clamp) {
      return {
        node,
        infer: () => setShape(out, x.shape.slice()),
        run() {
          const xp = pointerOf(heap, x);
          const op = pointerOf(heap, out);
          if (xp >= 0 && op >= 0) heap.exports.clampf(numelOf(x.shape), xp, op, clampMin, clampMax);
          else unaryF32(unary, f32(x), f32(out), numelOf(x.shape), param, clampMin, clampMax);
        },
      };
    }
    const infer = () => setShape(out, x.shape.slice());
    const reference = () => unaryF32(unary, f32(x), f32(out), numelOf(x.shape), param, clampMin, clampMax);
    const wasm = heap && unary === UnaryOp.Hardswish && wasmHardswishStep(node, x, out, heap, infer, reference);
    if (wasm) return wasm;
    if (heap && WASM_UNARY.has(unary)) {
      return {
        node,
        infer,
        run() {
          const xp = pointerOf(heap, x);
          const op = pointerOf(heap, out);
          if (xp >= 0 && op >= 0) heap.exports.unary_f32(unary, numelOf(x.shape), xp, op, clampMin, clampMax);
          else reference();
        },
      };
    }
    return { node, infer, run: reference };
  }
  switch (node.type) {
    case XnnNodeType.Softmax: {
      const x = input(0);
      requireFloat(node, x, out);
      return {
        node,
        infer: () => setShape(out, x.shape.slice()),
        run() {
          const c = x.shape.length === 0 ? 1 : (x.shape[x.shape.length - 1] as number);
          softmaxF32(f32(x), f32(out), c === 0 ? 0 : numelOf(x.shape) / c, c);
        },
      };
    }
    case XnnNodeType.FullyConnected:
      return fullyConnectedStep(node, input(0), input(1), ins[2] ?? null, out, ctx);
    case XnnNodeType.BatchMatrixMultiply:
      return batchMatMulStep(node, input(0), input(1), out, ctx);
    case XnnNodeType.Conv2d:
    case XnnNodeType.DepthwiseConv2d:
      return convStep(node, input(0), input(1), ins[2] ?? null, out, ctx);
    case XnnNodeType.ConvTranspose2d:
      return convTransposeStep(node, input(0), input(1), ins[2] ?? null, out);
    case XnnNodeType.StaticResizeBilinear2D:
      return resizeBilinearStep(node, input(0), out);
    case XnnNodeType.AvgPooling2d:
    case XnnNodeType.MaxPooling2d:
      return poolStep(node, input(0), out, ctx);
    case XnnNodeType.GlobalAvgPooling2d: {
      const x = input(0);
      if (isQs8(x) && isQs8(out)) return quantizedGlobalAvgPoolStep(node, x, out, ctx.heap);
      requireFloat(node, x, out);
      let acc = new Float64Array(0);
      return {
        node,
        infer() {
          setShape(out, globalPoolShape(node, x));
          const c = x.shape[x.shape.length - 1] as number;
          if (acc.length < c) acc = new Float64Array(c);
        },
        run() {
          const s = x.shape;
          const c = s[s.length - 1] as number;
          const pixels = (s[s.length - 2] as number) * (s[s.length - 3] as number);
          const batch = c * pixels === 0 ? 0 : numelOf(s) / (c * pixels);
          const heap = ctx.heap;
          const xp = heap ? pointerOf(heap, x) : -1;
          const op = heap ? pointerOf(heap, out) : -1;
          if (heap && xp >= 0 && op >= 0) return heap.exports.gavgpool_f32(batch, pixels, c, xp, op, min, max);
          globalAvgPoolF32(f32(x), f32(out), batch, pixels, c, min, max, acc);
        },
      };
    }
    case XnnNodeType.StaticTranspose: {
      const x = input(0);
      if (node.attrs.kind !== 'transpose') return fail(node, ErrorCode.DelegateInvalidCompatibility, 'missing perm');
      const perm = node.attrs.perm;
      const index = new Int32Array(8);
      const strides: number[] = new Array(8).fill(0);
      const outShape: number[] = [];
      const heap = ctx.heap;
      const elementBytes =
        x.datatype === XnnDatatype.QCInt4 || x.datatype === XnnDatatype.QBInt4 ? 0 : storageElementSize(x.datatype);
      let swap: BlockSwap | null = null;
      return {
        node,
        infer() {
          if (perm.length !== x.shape.length)
            fail(node, ErrorCode.InvalidArgument, `perm of ${perm.length} dims for shape [${x.shape}]`);
          setShape(
            out,
            perm.map((p) => x.shape[p] as number),
          );
          outShape.length = 0;
          outShape.push(...out.shape);
          swap = heap && elementBytes > 0 ? blockSwapOf(x.shape, perm) : null;
        },
        run() {
          if (swap && heap) {
            const xp = pointerOf(heap, x);
            const op = pointerOf(heap, out);
            if (xp >= 0 && op >= 0 && xp !== op)
              return heap.exports.transpose4(swap.outer, swap.rows, swap.cols, swap.inner * elementBytes, xp, op);
          }
          transposeN(x.data as Elements, x.shape, perm, outShape, out.data as Elements, index, strides);
        },
      };
    }
    case XnnNodeType.StaticReshape: {
      const x = input(0);
      if (node.attrs.kind !== 'reshape') return fail(node, ErrorCode.DelegateInvalidCompatibility, 'missing new shape');
      const newShape = node.attrs.newShape;
      return {
        node,
        infer() {
          const total = numelOf(x.shape);
          const shape = newShape.slice();
          const unknown = shape.indexOf(0);
          if (unknown >= 0 && shape.indexOf(0, unknown + 1) < 0) {
            const known = numelOf(shape.filter((_, i) => i !== unknown));
            shape[unknown] = known === 0 ? 0 : total / known;
          }
          if (numelOf(shape) !== total)
            fail(node, ErrorCode.InvalidArgument, `cannot reshape [${x.shape}] to [${newShape}]`);
          setShape(out, shape);
        },
        run: () => {
          if (out.data !== x.data) (out.data as Elements).set((x.data as Elements).subarray(0, numelOf(x.shape)));
        },
      };
    }
    case XnnNodeType.StaticSlice: {
      const x = input(0);
      if (node.attrs.kind !== 'slice')
        return fail(node, ErrorCode.DelegateInvalidCompatibility, 'missing slice attributes');
      const { offsets, sizes } = node.attrs;
      const index = new Int32Array(8);
      const strides: number[] = new Array(8).fill(0);
      return {
        node,
        infer() {
          if (offsets.length !== x.shape.length)
            fail(node, ErrorCode.InvalidArgument, `slice of ${offsets.length} dims for shape [${x.shape}]`);
          const shape = sizes.map((s, i) => (s === 0 ? (x.shape[i] as number) - (offsets[i] as number) : s));
          shape.forEach((s, i) => {
            if (s < 0 || (offsets[i] as number) + s > (x.shape[i] as number)) {
              fail(node, ErrorCode.InvalidArgument, `slice [${offsets}] + [${sizes}] exceeds shape [${x.shape}]`);
            }
          });
          setShape(out, shape);
        },
        run: () => sliceN(x.data as Elements, x.shape, offsets, out.shape, out.data as Elements, index, strides),
      };
    }
    case XnnNodeType.StaticConstantPad: {
      const x = input(0);
      if (node.attrs.kind !== 'pad') return fail(node, ErrorCode.DelegateInvalidCompatibility, 'missing paddings');
      const { prePaddings: pre, postPaddings: post, paddingValue } = node.attrs;
      const index = new Int32Array(8);
      const strides: number[] = new Array(8).fill(0);
      requireFloat(node, x, out);
      return {
        node,
        infer() {
          if (pre.length < x.shape.length)
            fail(node, ErrorCode.InvalidArgument, `${pre.length} paddings for shape [${x.shape}]`);
          setShape(
            out,
            x.shape.map((d, i) => d + (pre[i] as number) + (post[i] as number)),
          );
        },
        run: () => constantPadN(f32(x), x.shape, pre, out.shape, paddingValue, f32(out), index, strides),
      };
    }
    case XnnNodeType.Concatenate2:
    case XnnNodeType.Concatenate3:
    case XnnNodeType.Concatenate4:
    case XnnNodeType.Concatenate5: {
      const xs = node.inputs.map((_, i) => input(i));
      if (node.attrs.kind !== 'cat') return fail(node, ErrorCode.DelegateInvalidCompatibility, 'missing axis');
      const axis = node.attrs.axis;
      const arrays: Elements[] = new Array(xs.length);
      const axisSizes: number[] = new Array(xs.length).fill(0);
      return {
        node,
        infer() {
          const first = xs[0] as RuntimeValue;
          const rank = first.shape.length;
          if (axis >= rank) fail(node, ErrorCode.InvalidArgument, `axis ${axis} for rank ${rank}`);
          const shape = first.shape.slice();
          shape[axis] = 0;
          for (const v of xs) {
            if (v.shape.length !== rank || v.shape.some((d, i) => i !== axis && d !== first.shape[i])) {
              fail(
                node,
                ErrorCode.InvalidArgument,
                `cannot concatenate [${first.shape}] and [${v.shape}] on axis ${axis}`,
              );
            }
            shape[axis] = (shape[axis] as number) + (v.shape[axis] as number);
          }
          setShape(out, shape);
        },
        run() {
          const shape = out.shape;
          let outer = 1;
          for (let i = 0; i < axis; i++) outer *= shape[i] as number;
          let inner = 1;
          for (let i = axis + 1; i < shape.length; i++) inner *= shape[i] as number;
          for (let i = 0; i < xs.length; i++) {
            const v = xs[i] as RuntimeValue;
            arrays[i] = v.data as Elements;
            axisSizes[i] = v.shape[axis] as number;
          }
          concatenateN(arrays, axisSizes, outer, inner, out.data as Elements);
        },
      };
    }
    case XnnNodeType.Convert: {
      const x = input(0);
      const kernel = convertKernel(x, out);
      if (!kernel) {
        return fail(
          node,
          ErrorCode.NotImplemented,
          `conversion ${XnnDatatype[x.datatype]} -> ${XnnDatatype[out.datatype]} is not implemented yet`,
        );
      }
      const infer = () => setShape(out, x.shape.slice());
      const reference = () => kernel(x, out);
      return (
        (ctx.heap && wasmQs8ConvertStep(node, x, out, ctx.heap, infer, reference)) || { node, infer, run: reference }
      );
    }
    default:
      return fail(node, ErrorCode.NotImplemented, `node type ${nodeTypeName(node.type)} is not implemented yet`);
  }
}

/** A per-tensor quantized int8 value. */
function isQs8(v: RuntimeValue): boolean {
  return v.datatype === XnnDatatype.QInt8 && v.quant?.kind === 'per-tensor';
}

function qparams(v: RuntimeValue): { scale: number; zeroPoint: number } {
  return v.quant?.kind === 'per-tensor' ? v.quant : { scale: 1, zeroPoint: 0 };
}

/** Scratch fp32 buffers that grow only when shapes grow (at shape inference, never in `run`). */
class FloatScratch {
  data = new Float32Array(0);
  ensure(n: number): void {
    if (this.data.length < n) this.data = new Float32Array(n);
  }
}

function toFloat(v: RuntimeValue, into: FloatScratch): Float32Array {
  const { scale, zeroPoint } = qparams(v);
  dequantizeToF32(v.data as Int8Array, into.data, numelOf(v.shape), scale, zeroPoint);
  return into.data;
}

function fromFloat(src: Float32Array, out: RuntimeValue): void {
  const { scale, zeroPoint } = qparams(out);
  quantizeF32(src, out.data as Int8Array, numelOf(out.shape), scale, zeroPoint, -128, 127);
}

/**
 * Quantized (qint8, per tensor) binary operators. Add and subtract use XNNPACK's fixed-point
 * kernel and multiply its fp32 requantization, so results match it exactly; the others
 * dequantize, compute in fp32 with the clamp and requantize (within one quantization step).
 */
function quantizedBinaryStep(
  node: XnnNode,
  op: BinaryOp,
  a: RuntimeValue,
  b: RuntimeValue,
  out: RuntimeValue,
  heap: KernelHeap | null,
): Step {
  const scratch = createBinaryScratch();
  const infer = () => {
    const shape = broadcastShapes(a.shape, b.shape);
    if (!shape) fail(node, ErrorCode.InvalidArgument, `shapes [${a.shape}] and [${b.shape}] do not broadcast`);
    setShape(out, shape);
  };
  const i8 = (v: RuntimeValue) => v.data as Int8Array;
  if (op === BinaryOp.Add || op === BinaryOp.Subtract) {
    const p = qs8AddParams(
      qparams(a),
      qparams(b),
      qparams(out),
      op === BinaryOp.Subtract,
      node.outputMin,
      node.outputMax,
    );
    // XNNPACK supports scale ratios in [2^-10, 2^8) (shift 12..30); others go through fp32 below.
    if (p.shift >= 12 && p.shift <= 30) {
      const reference = () => qs8Add(p, i8(a), a.shape, i8(b), b.shape, i8(out), out.shape, scratch);
      return (heap && wasmQs8AddStep(node, p, a, b, out, heap, infer, reference)) || { node, infer, run: reference };
    }
  }
  if (op === BinaryOp.Multiply) {
    const p = qs8MulParams(qparams(a), qparams(b), qparams(out), node.outputMin, node.outputMax);
    const reference = () => qs8Mul(p, i8(a), a.shape, i8(b), b.shape, i8(out), out.shape, scratch);
    return (heap && wasmQs8MulStep(node, p, a, b, out, heap, infer, reference)) || { node, infer, run: reference };
  }
  const sa = new FloatScratch();
  const sb = new FloatScratch();
  const so = new FloatScratch();
  return {
    node,
    infer() {
      infer();
      sa.ensure(numelOf(a.shape));
      sb.ensure(numelOf(b.shape));
      so.ensure(numelOf(out.shape));
    },
    run() {
      binaryF32(
        op,
        toFloat(a, sa),
        a.shape,
        toFloat(b, sb),
        b.shape,
        so.data,
        out.shape,
        node.outputMin,
        node.outputMax,
        scratch,
      );
      fromFloat(so.data, out);
    },
  };
}

/**
 * Quantized (qint8, per tensor) unary operators. A clamp between values of the same quantization
 * clamps the integers; every other operator is a 256-entry table built like XNNPACK's (fp32
 * through its reference kernel), so results match it exactly.
 */
function quantizedUnaryStep(
  node: XnnNode,
  op: UnaryOp,
  x: RuntimeValue,
  out: RuntimeValue,
  param: number,
  min: number,
  max: number,
): Step {
  const xq = qparams(x);
  const oq = qparams(out);
  const infer = () => setShape(out, x.shape.slice());
  const i8 = (v: RuntimeValue) => v.data as Int8Array;
  if (op === UnaryOp.Clamp && xq.scale === oq.scale && xq.zeroPoint === oq.zeroPoint) {
    const lo = quantizeBound(min, oq.scale, oq.zeroPoint);
    const hi = quantizeBound(max, oq.scale, oq.zeroPoint);
    return { node, infer, run: () => qs8Clamp(i8(x), i8(out), numelOf(x.shape), lo, hi) };
  }
  const table = qs8UnaryTable(op, xq, oq, param, min, max);
  return { node, infer, run: () => qs8Lookup(table, i8(x), i8(out), numelOf(x.shape)) };
}

/** Output shape of a global average pooling: the two dims before the channels become 1. */
function globalPoolShape(node: XnnNode, x: RuntimeValue): number[] {
  if (x.shape.length < 3) fail(node, ErrorCode.InvalidArgument, `input shape [${x.shape}] has fewer than 3 dims`);
  const s = x.shape;
  const shape = s.slice();
  shape[s.length - 2] = 1;
  shape[s.length - 3] = 1;
  return shape;
}

/** Quantized (qint8, per tensor) global average pooling, requantized as XNNPACK does. */
function quantizedGlobalAvgPoolStep(node: XnnNode, x: RuntimeValue, out: RuntimeValue, heap: KernelHeap | null): Step {
  const xq = qparams(x);
  const oq = qparams(out);
  const [qmin, qmax] = quantizedOutputRange(node.outputMin, node.outputMax, oq.scale, oq.zeroPoint);
  let acc = new Int32Array(0);
  return {
    node,
    infer() {
      setShape(out, globalPoolShape(node, x));
      const c = x.shape[x.shape.length - 1] as number;
      if (acc.length < c) acc = new Int32Array(c);
    },
    run() {
      const s = x.shape;
      const c = s[s.length - 1] as number;
      const pixels = (s[s.length - 2] as number) * (s[s.length - 3] as number);
      const batch = c * pixels === 0 ? 0 : numelOf(s) / (c * pixels);
      const scale = globalAvgPoolQs8Scale(xq.scale, oq.scale, pixels);
      if (heap && wasmQs8GlobalAvgPool(heap, x, out, batch, pixels, c, scale, xq.zeroPoint, oq.zeroPoint, qmin, qmax))
        return;
      const i8 = (v: RuntimeValue) => v.data as Int8Array;
      globalAvgPoolQs8(i8(x), i8(out), batch, pixels, c, scale, xq.zeroPoint, oq.zeroPoint, qmin, qmax, acc);
    },
  };
}

function fullyConnectedStep(
  node: XnnNode,
  x: RuntimeValue,
  w: RuntimeValue,
  bias: RuntimeValue | null,
  out: RuntimeValue,
  ctx: StepContext,
): Step {
  if (w.shape.length !== 2) fail(node, ErrorCode.InvalidArgument, `filter shape [${w.shape}] is not 2-D`);
  const transposed = (node.flags & 1) !== 0; // XNN_FLAG_TRANSPOSE_WEIGHTS: filter is [k, n]
  const n = (transposed ? w.shape[1] : w.shape[0]) as number;
  const k = (transposed ? w.shape[0] : w.shape[1]) as number;
  const { outputMin: min, outputMax: max } = node;
  const infer = () => {
    const s = x.shape;
    if (s.length === 0 || s[s.length - 1] !== k)
      fail(node, ErrorCode.InvalidArgument, `input [${s}] does not end in ${k}`);
    const shape = s.slice();
    shape[s.length - 1] = n;
    setShape(out, shape);
  };
  if (isFloat(x) && isFloat(w) && isFloat(out)) {
    if (w.storage !== 'constant') fail(node, ErrorCode.NotImplemented, 'a non-constant filter is not supported yet');
    const heap = ctx.heap;
    if (heap) {
      const b = bias ? f32(bias) : null;
      const packed = packInto(heap, gemmPackedLength(n, k), (o) =>
        packGemmWeights(f32(w), 0, n, k, transposed, b, o, 0),
      );
      let reference: ((rows: number) => void) | null = null;
      return {
        node,
        infer,
        run() {
          const rows = k === 0 ? 0 : numelOf(x.shape) / k;
          const xp = pointerOf(heap, x);
          const op = pointerOf(heap, out);
          if (xp >= 0 && op >= 0) {
            if (!runParallel(ctx, 'gemm_part', [rows, n, k, xp, k, packed, op, n, min, max], rows * n * k))
              heap.exports.gemm(rows, n, k, xp, k, packed, op, n, min, max);
          } else {
            // An input outside the kernels' memory (a constant): the TypeScript kernel.
            reference ??= fullyConnectedReference(w, transposed, n, k, b, x, out, min, max);
            reference(rows);
          }
        },
      };
    }
    let weights = f32(w);
    if (transposed) weights = transposeWeights(weights, n, k);
    return {
      node,
      infer,
      run() {
        const rows = k === 0 ? 0 : numelOf(x.shape) / k;
        fullyConnectedF32(f32(x), weights, bias ? f32(bias) : null, f32(out), rows, k, n, min, max);
      },
    };
  }
  if (transposed && (w.datatype === XnnDatatype.QCInt4 || w.datatype === XnnDatatype.QBInt4))
    fail(node, ErrorCode.NotImplemented, `a transposed ${XnnDatatype[w.datatype]} filter is not implemented yet`);
  const q = quantizedGemm(node, x, w, bias, out, n, k, true);
  const rows = () => (k === 0 ? 0 : numelOf(x.shape) / k);
  const reference =
    q.blockSize > 0 ? () => qFullyConnectedBlockwise(q, x, out, rows()) : () => qFullyConnected(q, x, out, rows());
  const wasm =
    ctx.heap &&
    (q.dynamic
      ? wasmQd8FullyConnectedStep(node, q, x, out, ctx.heap, ctx, infer, reference)
      : wasmQs8FullyConnectedStep(node, q, x, out, ctx.heap, ctx, infer, reference));
  return wasm || { node, infer, run: reference };
}

function transposeWeights(w: Float32Array, n: number, k: number): Float32Array {
  const weights = new Float32Array(n * k);
  for (let i = 0; i < k; i++) for (let j = 0; j < n; j++) weights[j * k + i] = w[i * n + j] as number;
  return weights;
}

function fullyConnectedReference(
  w: RuntimeValue,
  transposed: boolean,
  n: number,
  k: number,
  b: Float32Array | null,
  x: RuntimeValue,
  out: RuntimeValue,
  min: number,
  max: number,
): (rows: number) => void {
  const weights = transposed ? transposeWeights(f32(w), n, k) : f32(w);
  return (rows) => fullyConnectedF32(f32(x), weights, b, f32(out), rows, k, n, min, max);
}

function quantizedGemm(
  node: XnnNode,
  x: RuntimeValue,
  w: RuntimeValue,
  bias: RuntimeValue | null,
  out: RuntimeValue,
  n: number,
  k: number,
  fullyConnected = false,
): QuantizedGemmParams {
  const dynamic = x.datatype === XnnDatatype.QDInt8;
  const int4 = w.datatype === XnnDatatype.QCInt4 || w.datatype === XnnDatatype.QBInt4;
  const ok = (x.datatype === XnnDatatype.QInt8 && out.datatype === XnnDatatype.QInt8) || (dynamic && isFloat(out));
  const filterOk =
    w.datatype === XnnDatatype.QCInt8 || w.datatype === XnnDatatype.QInt8 || (int4 && dynamic && fullyConnected);
  if (!ok || w.storage !== 'constant' || !filterOk) {
    fail(
      node,
      ErrorCode.NotImplemented,
      `${XnnDatatype[x.datatype]} input with ${XnnDatatype[w.datatype]} filter and ${XnnDatatype[out.datatype]} output is not implemented yet` +
        (int4 ? ' (int4 filters: fully connected with QDInt8 input and fp32 output only)' : ''),
    );
  }
  const wq = w.quant;
  const blockwise = w.datatype === XnnDatatype.QBInt4;
  let blockSize = 0;
  if (blockwise) {
    if (wq?.kind !== 'per-channel-group' || wq.groupSize <= 0 || k % wq.groupSize !== 0)
      fail(node, ErrorCode.DelegateInvalidCompatibility, `QBInt4 filter ${w.id} has no block size dividing k = ${k}`);
    blockSize = wq.groupSize;
  }
  const numScales = blockwise ? n * (k / blockSize) : n;
  const scales = new Float32Array(numScales);
  if (wq?.kind === 'per-tensor' && !int4) scales.fill(wq.scale);
  else if (w.channelScales && w.channelScales.length >= numScales) scales.set(w.channelScales.subarray(0, numScales));
  else
    fail(
      node,
      ErrorCode.DelegateInvalidCompatibility,
      `filter ${w.id} (${XnnDatatype[w.datatype]}) has no usable scales (needs ${numScales}, has ${w.channelScales?.length ?? 0})`,
    );
  const wZero = wq?.kind === 'per-tensor' ? wq.zeroPoint : 0;
  // Pack: weights minus zero point as [n, k] int32-friendly int16 plus row sums for the input zero point.
  const packed = new Int16Array(n * k);
  const rowSums = new Int32Array(n);
  if (int4) {
    const bytes = w.data as Uint8Array;
    if (bytes.length < n * Math.ceil(k / 2))
      fail(
        node,
        ErrorCode.DelegateInvalidCompatibility,
        `int4 filter ${w.id} has ${bytes.length} bytes for [${n}, ${k}]`,
      );
    unpackInt4(bytes, n, k, packed);
  } else {
    const w8 = w.data as Int8Array;
    for (let i = 0; i < n * k; i++) packed[i] = (w8[i] as number) - wZero;
  }
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < k; i++) s += packed[j * k + i] as number;
    rowSums[j] = s;
  }
  let biasF: Float32Array | null = null;
  let biasI: Int32Array | null = null;
  if (bias) {
    if (isFloat(bias)) biasF = f32(bias);
    else biasI = bias.data as Int32Array;
  }
  const xq = x.quant;
  const oq = out.quant;
  const inputScale = xq?.kind === 'per-tensor' ? xq.scale : 1;
  const outputScale = oq?.kind === 'per-tensor' ? oq.scale : 1;
  const outputZeroPoint = oq?.kind === 'per-tensor' ? oq.zeroPoint : 0;
  const [qmin, qmax] = quantizedOutputRange(node.outputMin, node.outputMax, outputScale, outputZeroPoint);
  return {
    n,
    k,
    weights: packed,
    rowSums,
    weightScales: blockwise ? new Float32Array(n) : scales,
    biasF32: biasF,
    biasI32: biasI,
    inputScale,
    inputZeroPoint: xq?.kind === 'per-tensor' ? xq.zeroPoint : 0,
    outputScale,
    outputZeroPoint,
    dynamic,
    outputMin: node.outputMin,
    outputMax: node.outputMax,
    requantScales: dynamic ? new Float32Array(0) : requantizationScales(inputScale, scales, outputScale),
    qmin,
    qmax,
    acc: new Float64Array(n),
    blockSize,
    blockScales: blockwise ? scales : null,
    blockKsums: blockwise ? blockwiseKsums(packed, n, k, blockSize, scales) : null,
  };
}

function batchMatMulStep(node: XnnNode, a: RuntimeValue, b: RuntimeValue, out: RuntimeValue, ctx: StepContext): Step {
  requireFloat(node, a, b, out);
  const transposeB = (node.flags & 1) !== 0;
  // The WebAssembly kernel only where it multiplies and adds in one rounding (relaxed SIMD), as
  // XNNPACK does on x86 and Arm; the TypeScript kernel emulates that rounding, the SIMD128 build
  // cannot (its products of activations feed softmax and dynamic quantization, which magnify it).
  const fused = ctx.heap?.variant === 'relaxed-simd' ? ctx.heap : null;
  const call = new ArgList(11);
  let scratch = new Float32Array(0);
  const dims = { batch: 0, m: 0, k: 0, n: 0, aStride: 0, bStride: 0 };
  return {
    node,
    infer() {
      const sa = a.shape;
      const sb = b.shape;
      if (sa.length < 2 || sb.length < 2)
        fail(node, ErrorCode.InvalidArgument, `shapes [${sa}] and [${sb}] are not matrices`);
      const m = sa[sa.length - 2] as number;
      const k = sa[sa.length - 1] as number;
      const kb = (transposeB ? sb[sb.length - 1] : sb[sb.length - 2]) as number;
      const n = (transposeB ? sb[sb.length - 2] : sb[sb.length - 1]) as number;
      if (k !== kb) fail(node, ErrorCode.InvalidArgument, `inner dims of [${sa}] and [${sb}] differ`);
      const batchA = sa.slice(0, -2);
      const batchB = sb.slice(0, -2);
      const batchShape = broadcastShapes(batchA, batchB);
      const ba = numelOf(batchA);
      const bb = numelOf(batchB);
      const batch = batchShape ? numelOf(batchShape) : -1;
      if (!batchShape || (ba !== batch && ba !== 1) || (bb !== batch && bb !== 1)) {
        fail(node, ErrorCode.NotImplemented, `batch dims of [${sa}] and [${sb}] broadcast in a way not supported yet`);
      }
      Object.assign(dims, { batch, m, k, n, aStride: ba === 1 ? 0 : m * k, bStride: bb === 1 ? 0 : k * n });
      setShape(out, [...batchShape, m, n]);
      if (scratch.length < k * n) scratch = new Float32Array(k * n);
    },
    scratchBytes: () => (fused ? gemmPackedLength(dims.n, dims.k) * 4 : 0),
    run() {
      const heap = fused;
      const ap = heap ? pointerOf(heap, a) : -1;
      const bp = heap ? pointerOf(heap, b) : -1;
      const op = heap ? pointerOf(heap, out) : -1;
      if (heap && ap >= 0 && bp >= 0 && op >= 0) {
        const d = dims;
        call.reset().add(d.batch).add(d.m).add(d.k).add(d.n).add(ap).add(d.aStride).add(bp).add(d.bStride);
        call
          .add(transposeB ? 1 : 0)
          .add(op)
          .add(ctx.scratchPtr);
        if (runParallel(ctx, 'bmm_part', call.values, d.batch * d.m * d.k * d.n, 10)) return;
        return callKernel(heap.exports.bmm_part, call.whole());
      }
      batchMatMulF32(
        f32(a),
        f32(b),
        f32(out),
        dims.batch,
        dims.m,
        dims.k,
        dims.n,
        dims.aStride,
        dims.bStride,
        transposeB,
        scratch,
      );
    },
  };
}

function convStep(
  node: XnnNode,
  x: RuntimeValue,
  w: RuntimeValue,
  bias: RuntimeValue | null,
  out: RuntimeValue,
  ctx: StepContext,
): Step {
  if (node.attrs.kind !== 'conv')
    return fail(node, ErrorCode.DelegateInvalidCompatibility, 'missing convolution attributes');
  const c = node.attrs.conv;
  const depthwise = node.type === XnnNodeType.DepthwiseConv2d;
  const outC = c.groups * c.groupOutputChannels;
  const geo = convGeometry(c);
  const expectFilter = depthwise
    ? [1, c.kernelHeight, c.kernelWidth, outC]
    : [outC, c.kernelHeight, c.kernelWidth, c.groupInputChannels];
  if (w.shape.join(',') !== expectFilter.join(',')) {
    fail(node, ErrorCode.DelegateInvalidCompatibility, `filter shape [${w.shape}] is not [${expectFilter}]`);
  }
  if (w.storage !== 'constant') fail(node, ErrorCode.NotImplemented, 'a non-constant filter is not supported yet');
  const infer = () => inferConv(node, c, geo, x, out, false);
  const { outputMin: min, outputMax: max } = node;
  if (isFloat(x) && isFloat(w) && isFloat(out)) {
    const acc = new Float64Array(Math.max(outC, 1));
    const b = bias ? f32(bias) : null;
    const heap = ctx.heap;
    if (heap) {
      const wasm = wasmConvStep(node, geo, x, w, b, out, heap, ctx, depthwise, infer, acc);
      if (wasm) return wasm;
    }
    if (depthwise) {
      const weights = f32(w);
      return { node, infer, run: () => depthwiseConv2dF32(f32(x), weights, b, f32(out), geo, min, max, acc) };
    }
    const packed = packConvWeights(
      f32(w),
      c.groups,
      c.groupOutputChannels,
      c.kernelHeight,
      c.kernelWidth,
      c.groupInputChannels,
    );
    return { node, infer, run: () => conv2dF32(f32(x), packed, b, f32(out), geo, min, max, acc) };
  }
  if (c.groups !== 1 && !depthwise)
    fail(node, ErrorCode.NotImplemented, 'grouped quantized convolution is not implemented yet');
  // Quantized: im2col-free direct convolution over a [outC, kh*kw*inC] GEMM view of the filter.
  const kk = c.kernelHeight * c.kernelWidth * (depthwise ? 1 : c.groupInputChannels);
  let weights2d = w;
  if (depthwise) {
    // [1, kh, kw, C] -> [C, kh*kw]
    const src = w.data as Int8Array;
    const dst = new Int8Array(outC * kk);
    for (let p = 0; p < kk; p++) for (let ch = 0; ch < outC; ch++) dst[ch * kk + p] = src[p * outC + ch] as number;
    weights2d = { ...w, data: dst, shape: [outC, kk] };
  }
  const q = quantizedGemm(node, x, weights2d, bias, out, outC, kk);
  const reference = () => qConv2d(q, x, out, geo, depthwise);
  // A dynamically quantized pointwise convolution is a fully connected layer over the pixels.
  const pointwise =
    !depthwise &&
    c.groups === 1 &&
    c.kernelHeight === 1 &&
    c.kernelWidth === 1 &&
    c.subsamplingHeight === 1 &&
    c.subsamplingWidth === 1 &&
    c.paddingTop + c.paddingBottom + c.paddingLeft + c.paddingRight === 0;
  const wasm =
    ctx.heap &&
    (q.dynamic
      ? pointwise
        ? wasmQd8FullyConnectedStep(node, q, x, out, ctx.heap, ctx, infer, reference, geo)
        : !depthwise && wasmQd8ConvStep(node, q, geo, x, out, ctx.heap, ctx, infer, reference)
      : wasmQs8ConvStep(node, q, geo, depthwise, x, out, ctx.heap, ctx, infer, reference));
  return wasm || { node, infer, run: reference };
}

/** Convolution through the WebAssembly kernels, or null where only the TypeScript one applies. */
function wasmConvStep(
  node: XnnNode,
  geo: ConvGeometry,
  x: RuntimeValue,
  w: RuntimeValue,
  b: Float32Array | null,
  out: RuntimeValue,
  heap: KernelHeap,
  ctx: StepContext,
  depthwise: boolean,
  infer: () => void,
  acc: Float64Array,
): Step | null {
  const { outputMin: min, outputMax: max } = node;
  const g = geo;
  const taps = g.kernelHeight * g.kernelWidth;
  if (depthwise) {
    if (g.groupInputChannels !== 1 || g.groupOutputChannels !== 1) return null; // channel multiplier > 1
    const channels = g.groups;
    const packed = packInto(heap, depthwisePackedLength(taps, channels), (o) =>
      packDepthwiseWeights(f32(w), b, taps, channels, o),
    );
    const call = new ArgList(19);
    return {
      node,
      infer,
      run() {
        const xp = pointerOf(heap, x);
        const op = pointerOf(heap, out);
        if (xp < 0 || op < 0) return depthwiseConv2dF32(f32(x), f32(w), b, f32(out), g, min, max, acc);
        call
          .reset()
          .add(g.batch)
          .add(g.inHeight)
          .add(g.inWidth)
          .add(g.outHeight)
          .add(g.outWidth)
          .add(channels)
          .add(g.kernelHeight)
          .add(g.kernelWidth)
          .add(g.strideHeight)
          .add(g.strideWidth)
          .add(g.dilationHeight)
          .add(g.dilationWidth)
          .add(g.padTop)
          .add(g.padLeft)
          .add(xp)
          .add(packed)
          .add(op)
          .add(min)
          .add(max);
        if (runParallel(ctx, 'dwconv2d_part', call.values, g.batch * g.outHeight * g.outWidth * channels * taps))
          return;
        // Single thread: the same arguments, run whole.
        callKernel(heap.exports.dwconv2d, call.values);
      },
    };
  }
  const gi = g.groupInputChannels;
  const go = g.groupOutputChannels;
  const kk = taps * gi;
  const groupLength = gemmPackedLength(go, kk);
  const packed = packInto(heap, groupLength * g.groups, (o) => {
    const weights = f32(w);
    for (let grp = 0; grp < g.groups; grp++) {
      const bias = b ? b.subarray(grp * go, (grp + 1) * go) : null;
      packGemmWeights(weights, grp * go * kk, go, kk, false, bias, o, grp * groupLength);
    }
  });
  const rowsPerBlock = convRowsPerBlock(kk);
  const call = new ArgList(23);
  let reference: Float32Array | null = null;
  return {
    node,
    infer,
    scratchBytes: () => rowsPerBlock * kk * 4,
    run() {
      const xp = pointerOf(heap, x);
      const op = pointerOf(heap, out);
      if (xp < 0 || op < 0) {
        reference ??= packConvWeights(f32(w), g.groups, go, g.kernelHeight, g.kernelWidth, gi);
        return conv2dF32(f32(x), reference, b, f32(out), g, min, max, acc);
      }
      call
        .reset()
        .add(g.batch)
        .add(g.inHeight)
        .add(g.inWidth)
        .add(g.outHeight)
        .add(g.outWidth)
        .add(g.kernelHeight)
        .add(g.kernelWidth)
        .add(g.strideHeight)
        .add(g.strideWidth)
        .add(g.dilationHeight)
        .add(g.dilationWidth)
        .add(g.padTop)
        .add(g.padLeft)
        .add(g.groups)
        .add(gi)
        .add(go)
        .add(xp)
        .add(packed)
        .add(op)
        .add(ctx.scratchPtr)
        .add(rowsPerBlock)
        .add(min)
        .add(max);
      const macs = g.batch * g.outHeight * g.outWidth * g.groups * go * kk;
      if (runParallel(ctx, 'conv2d_part', call.values, macs, 19)) return;
      // Single thread: the same arguments, run whole.
      callKernel(heap.exports.conv2d, call.values);
    },
  };
}

/** A {@link ConvGeometry} whose sizes shape inference updates. */
type MutableConvGeometry = { -readonly [K in keyof ConvGeometry]: ConvGeometry[K] };

/** A convolution's geometry from its attributes; {@link inferConv} sets the spatial sizes. */
function convGeometry(c: XnnConvAttrs): MutableConvGeometry {
  return {
    batch: 0,
    inHeight: 0,
    inWidth: 0,
    outHeight: 0,
    outWidth: 0,
    kernelHeight: c.kernelHeight,
    kernelWidth: c.kernelWidth,
    strideHeight: c.subsamplingHeight,
    strideWidth: c.subsamplingWidth,
    dilationHeight: c.dilationHeight,
    dilationWidth: c.dilationWidth,
    padTop: c.paddingTop,
    padLeft: c.paddingLeft,
    groups: c.groups,
    groupInputChannels: c.groupInputChannels,
    groupOutputChannels: c.groupOutputChannels,
  };
}

/**
 * Shape inference of a convolution (or, `transposed`, a deconvolution): checks that `x` is NHWC
 * with the node's input channels, sets `geo`'s sizes and `out`'s shape.
 */
function inferConv(
  node: XnnNode,
  c: XnnConvAttrs,
  geo: MutableConvGeometry,
  x: RuntimeValue,
  out: RuntimeValue,
  transposed: boolean,
): void {
  const s = x.shape;
  const inC = c.groups * c.groupInputChannels;
  if (s.length !== 4 || s[3] !== inC) {
    fail(node, ErrorCode.InvalidArgument, `input shape [${s}] is not NHWC with ${inC} channels`);
  }
  geo.batch = s[0] as number;
  geo.inHeight = s[1] as number;
  geo.inWidth = s[2] as number;
  const size = (input: number, before: number, after: number, k: number, stride: number, dil: number, adj: number) =>
    transposed
      ? convTransposeOutputSize(input, before, after, k, stride, dil, adj)
      : convOutputSize(input, before, after, k, stride, dil);
  geo.outHeight = size(
    geo.inHeight,
    c.paddingTop,
    c.paddingBottom,
    c.kernelHeight,
    c.subsamplingHeight,
    c.dilationHeight,
    c.adjustmentHeight,
  );
  geo.outWidth = size(
    geo.inWidth,
    c.paddingLeft,
    c.paddingRight,
    c.kernelWidth,
    c.subsamplingWidth,
    c.dilationWidth,
    c.adjustmentWidth,
  );
  setShape(out, [geo.batch, geo.outHeight, geo.outWidth, c.groups * c.groupOutputChannels]);
}

/** Transposed convolution (fp32, TypeScript kernel): NHWC input, OHWI filter. */
function convTransposeStep(
  node: XnnNode,
  x: RuntimeValue,
  w: RuntimeValue,
  bias: RuntimeValue | null,
  out: RuntimeValue,
): Step {
  if (node.attrs.kind !== 'conv')
    return fail(node, ErrorCode.DelegateInvalidCompatibility, 'missing convolution attributes');
  const c = node.attrs.conv;
  requireFloat(node, x, w, out);
  if (bias) requireFloat(node, bias);
  const outC = c.groups * c.groupOutputChannels;
  const expectFilter = [outC, c.kernelHeight, c.kernelWidth, c.groupInputChannels];
  if (w.shape.join(',') !== expectFilter.join(','))
    fail(node, ErrorCode.DelegateInvalidCompatibility, `filter shape [${w.shape}] is not [${expectFilter}]`);
  if (w.storage !== 'constant') fail(node, ErrorCode.NotImplemented, 'a non-constant filter is not supported yet');
  if (bias && numelOf(bias.shape) !== outC)
    fail(node, ErrorCode.DelegateInvalidCompatibility, `bias has ${numelOf(bias.shape)} values, not ${outC}`);
  const geo = convGeometry(c);
  return {
    node,
    infer: () => inferConv(node, c, geo, x, out, true),
    run: () =>
      convTranspose2dF32(f32(x), f32(w), bias ? f32(bias) : null, f32(out), geo, node.outputMin, node.outputMax),
  };
}

/** Bilinear resize to the node's size (fp32, NHWC, TypeScript kernel). */
function resizeBilinearStep(node: XnnNode, x: RuntimeValue, out: RuntimeValue): Step {
  if (node.attrs.kind !== 'resize')
    return fail(node, ErrorCode.DelegateInvalidCompatibility, 'missing the output size');
  const { newHeight, newWidth } = node.attrs;
  requireFloat(node, x, out);
  return {
    node,
    infer() {
      const s = x.shape;
      if (s.length !== 4) fail(node, ErrorCode.InvalidArgument, `input shape [${s}] is not NHWC`);
      if ((s[1] as number) === 0 || (s[2] as number) === 0)
        fail(node, ErrorCode.InvalidArgument, `input shape [${s}] has no pixels to interpolate`);
      setShape(out, [s[0] as number, newHeight, newWidth, s[3] as number]);
    },
    run() {
      const s = x.shape;
      resizeBilinear2dF32(
        f32(x),
        f32(out),
        s[0] as number,
        s[1] as number,
        s[2] as number,
        newHeight,
        newWidth,
        s[3] as number,
        node.flags,
      );
    },
  };
}

function poolStep(node: XnnNode, x: RuntimeValue, out: RuntimeValue, ctx: StepContext): Step {
  if (node.attrs.kind !== 'pool')
    return fail(node, ErrorCode.DelegateInvalidCompatibility, 'missing pooling attributes');
  const p = node.attrs.pool;
  const isMax = node.type === XnnNodeType.MaxPooling2d;
  const geo = {
    batch: 0,
    inHeight: 0,
    inWidth: 0,
    channels: 0,
    outHeight: 0,
    outWidth: 0,
    poolHeight: p.poolingHeight,
    poolWidth: p.poolingWidth,
    strideHeight: p.strideHeight,
    strideWidth: p.strideWidth,
    dilationHeight: p.dilationHeight,
    dilationWidth: p.dilationWidth,
    padTop: p.paddingTop,
    padLeft: p.paddingLeft,
  } satisfies PoolGeometry;
  const quantized = x.datatype === XnnDatatype.QInt8 && out.datatype === XnnDatatype.QInt8 && isMax;
  if (!quantized) requireFloat(node, x, out);
  const call = new ArgList(18);
  const step: Step = {
    node,
    infer() {
      const s = x.shape;
      if (s.length !== 4) fail(node, ErrorCode.InvalidArgument, `input shape [${s}] is not NHWC`);
      geo.batch = s[0] as number;
      geo.inHeight = s[1] as number;
      geo.inWidth = s[2] as number;
      geo.channels = s[3] as number;
      geo.outHeight = convOutputSize(
        geo.inHeight,
        p.paddingTop,
        p.paddingBottom,
        p.poolingHeight,
        p.strideHeight,
        p.dilationHeight,
      );
      geo.outWidth = convOutputSize(
        geo.inWidth,
        p.paddingLeft,
        p.paddingRight,
        p.poolingWidth,
        p.strideWidth,
        p.dilationWidth,
      );
      setShape(out, [geo.batch, geo.outHeight, geo.outWidth, geo.channels]);
    },
    run() {
      // fp32 max pooling in WebAssembly (int8: wasmQs8MaxPoolStep below).
      const heap = ctx.heap;
      const xp = heap && isMax && !quantized ? pointerOf(heap, x) : -1;
      const op = heap && isMax && !quantized ? pointerOf(heap, out) : -1;
      if (heap && xp >= 0 && op >= 0) {
        const g = geo;
        call
          .reset()
          .add(g.batch)
          .add(g.inHeight)
          .add(g.inWidth)
          .add(g.outHeight)
          .add(g.outWidth)
          .add(g.channels)
          .add(g.poolHeight)
          .add(g.poolWidth)
          .add(g.strideHeight)
          .add(g.strideWidth)
          .add(g.dilationHeight)
          .add(g.dilationWidth)
          .add(g.padTop)
          .add(g.padLeft)
          .add(xp)
          .add(op)
          .add(node.outputMin)
          .add(node.outputMax);
        const work = g.batch * g.outHeight * g.outWidth * g.channels * g.poolHeight * g.poolWidth;
        if (runParallel(ctx, 'maxpool2d_part', call.values, work)) return;
        callKernel(heap.exports.maxpool2d_part, call.whole());
        return;
      }
      if (quantized) {
        // Max pooling commutes with the monotonic quantization when scales and zero points match.
        pool2dF32(
          x.data as unknown as Float32Array,
          out.data as unknown as Float32Array,
          geo,
          true,
          -Infinity,
          Infinity,
        );
      } else pool2dF32(f32(x), f32(out), geo, isMax, node.outputMin, node.outputMax);
    },
  };
  return quantized && ctx.heap ? wasmQs8MaxPoolStep(step, geo, x, out, ctx.heap) : step;
}
