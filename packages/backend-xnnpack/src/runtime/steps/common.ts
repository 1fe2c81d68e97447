import { ErrorCode, KindlingError } from '@kindling/core';
import { dequantizeToF32, quantizeF32 } from '../../kernels/convert.js';
import { nodeTypeName, XnnDatatype, type XnnNode } from '../../serialization/xnn-graph.js';
import { numelOf, type RuntimeValue } from '../runtime-value.js';

/** Throws a `KindlingError` about `node`. */
export function fail(node: XnnNode, code: ErrorCode, message: string): never {
  throw new KindlingError(code, `XNNPACK ${nodeTypeName(node.type)} (node ${node.index}): ${message}`, {
    context: { backend: 'XnnpackBackend', node: node.index, operator: nodeTypeName(node.type) },
  });
}

/** A value's elements as fp32. */
export const f32 = (v: RuntimeValue): Float32Array => v.data as Float32Array;

/** A value's elements as int8. */
export const i8 = (v: RuntimeValue): Int8Array => v.data as Int8Array;

/** Whether a value is fp32 (or fp16, held as fp32). */
export const isFloat = (v: RuntimeValue): boolean => v.datatype === XnnDatatype.Fp32 || v.datatype === XnnDatatype.Fp16;

/** Refuses (`NotImplemented`) any value that is not floating point. */
export function requireFloat(node: XnnNode, ...values: RuntimeValue[]): void {
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

/** Sets an output's shape after checking its dims and size. */
export function setShape(out: RuntimeValue, shape: number[]): void {
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

/** A per-tensor quantized int8 value. */
export function isQs8(v: RuntimeValue): boolean {
  return v.datatype === XnnDatatype.QInt8 && v.quant?.kind === 'per-tensor';
}

/** A per-tensor value's scale and zero point (1 and 0 for anything else). */
export function qparams(v: RuntimeValue): { scale: number; zeroPoint: number } {
  return v.quant?.kind === 'per-tensor' ? v.quant : { scale: 1, zeroPoint: 0 };
}

/** Scratch fp32 buffers that grow only when shapes grow (at shape inference, never in `run`). */
export class FloatScratch {
  data = new Float32Array(0);
  ensure(n: number): void {
    if (this.data.length < n) this.data = new Float32Array(n);
  }
}

/** Dequantizes a per-tensor int8 value into `into`. */
export function toFloat(v: RuntimeValue, into: FloatScratch): Float32Array {
  const { scale, zeroPoint } = qparams(v);
  dequantizeToF32(v.data as Int8Array, into.data, numelOf(v.shape), scale, zeroPoint);
  return into.data;
}

/** Quantizes fp32 values into a per-tensor int8 output. */
export function fromFloat(src: Float32Array, out: RuntimeValue): void {
  const { scale, zeroPoint } = qparams(out);
  quantizeF32(src, out.data as Int8Array, numelOf(out.shape), scale, zeroPoint, -128, 127);
}

/** A node's required attributes of one kind, or a `DelegateInvalidCompatibility` error. */
export function attrsOf<K extends XnnNode['attrs']['kind']>(
  node: XnnNode,
  kind: K,
  what: string,
): Extract<XnnNode['attrs'], { kind: K }> {
  if (node.attrs.kind !== kind) return fail(node, ErrorCode.DelegateInvalidCompatibility, `missing ${what}`);
  return node.attrs as Extract<XnnNode['attrs'], { kind: K }>;
}
