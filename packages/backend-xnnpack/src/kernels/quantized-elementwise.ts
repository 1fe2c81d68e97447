/**
 * Elementwise operators on per-tensor quantized int8 (`qint8`) values, with XNNPACK's arithmetic:
 * fixed-point add/subtract, fp32-requantized multiply, and 256-entry lookup tables (computed
 * through fp32 like XNNPACK's reference kernels) for unary operators.
 */
import { quantizeBound, quantizeReference, roundEven } from './convert.js';
import { type BinaryScratch, forEachBroadcast } from './elementwise-binary.js';
import { type UnaryOp, unaryF32 } from './unary.js';

/** Scale and zero point of a per-tensor quantized value. */
export interface QParams {
  readonly scale: number;
  readonly zeroPoint: number;
}

const f32Bits = new Float32Array(1);
const u32Bits = new Uint32Array(f32Bits.buffer);

/** Unbiased binary exponent of a positive normal fp32 value. */
function exponentOf(x: number): number {
  f32Bits[0] = x;
  return ((u32Bits[0] as number) >>> 23) - 127;
}

/** Fixed-point parameters of a qs8 addition `a * sa + b * sb` (XNNPACK's qs8 vadd). */
export interface Qs8AddParams {
  readonly aMultiplier: number;
  readonly bMultiplier: number;
  /** Rounding term minus both zero points times their multipliers. */
  readonly bias: number;
  readonly shift: number;
  readonly outputZeroPoint: number;
  readonly qmin: number;
  readonly qmax: number;
}

/**
 * Parameters of `out = a + b` (or `a - b` with `subtract`): the ratios of the input scales to the
 * output scale become multipliers of 21 significant bits sharing one right shift, chosen from the
 * larger ratio's exponent; the result is `(bias + a * am + b * bm) >> shift` (rounding half up)
 * plus the output zero point, clamped to the quantized output range.
 */
export function qs8AddParams(
  a: QParams,
  b: QParams,
  out: QParams,
  subtract: boolean,
  min: number,
  max: number,
): Qs8AddParams {
  const aRatio = Math.fround(a.scale / out.scale);
  const bRatio = Math.fround((subtract ? -b.scale : b.scale) / out.scale);
  const absA = Math.abs(aRatio);
  const absB = Math.abs(bRatio);
  const shift = 20 - exponentOf(Math.max(absA, absB));
  // Scaling by 2^shift is exact in fp32 (it only moves the exponent); lrintf rounds half to even.
  const absAm = roundEven(absA * 2 ** shift);
  const absBm = roundEven(absB * 2 ** shift);
  const aMultiplier = aRatio < 0 || Object.is(aRatio, -0) ? -absAm : absAm;
  const bMultiplier = bRatio < 0 || Object.is(bRatio, -0) ? -absBm : absBm;
  const bias = 2 ** (shift - 1) - aMultiplier * a.zeroPoint - bMultiplier * b.zeroPoint;
  return {
    aMultiplier,
    bMultiplier,
    bias,
    shift,
    outputZeroPoint: out.zeroPoint,
    qmin: quantizeBound(min, out.scale, out.zeroPoint),
    qmax: quantizeBound(max, out.scale, out.zeroPoint),
  };
}

/** `out = a + b` (broadcasting) with {@link qs8AddParams}. */
export function qs8Add(
  p: Qs8AddParams,
  a: Int8Array,
  aShape: readonly number[],
  b: Int8Array,
  bShape: readonly number[],
  out: Int8Array,
  outShape: readonly number[],
  scratch: BinaryScratch,
): void {
  const { aMultiplier: am, bMultiplier: bm, bias, outputZeroPoint: zo, qmin, qmax } = p;
  const div = 2 ** p.shift;
  forEachBroadcast(aShape, bShape, outShape, scratch, (ia, ib, o) => {
    const acc = bias + (a[ia] as number) * am + (b[ib] as number) * bm;
    const v = Math.floor(acc / div) + zo;
    out[o] = v < qmin ? qmin : v > qmax ? qmax : v;
  });
}

/** Parameters of a qs8 multiplication with fp32 requantization (XNNPACK's qs8 vmul fp32). */
export interface Qs8MulParams {
  readonly aZeroPoint: number;
  readonly bZeroPoint: number;
  /** `fp32(fp32(sa * sb) / so)`. */
  readonly scale: number;
  readonly outputZeroPoint: number;
  readonly qmin: number;
  readonly qmax: number;
}

export function qs8MulParams(a: QParams, b: QParams, out: QParams, min: number, max: number): Qs8MulParams {
  return {
    aZeroPoint: a.zeroPoint,
    bZeroPoint: b.zeroPoint,
    scale: Math.fround(Math.fround(a.scale * b.scale) / out.scale),
    outputZeroPoint: out.zeroPoint,
    qmin: quantizeBound(min, out.scale, out.zeroPoint),
    qmax: quantizeBound(max, out.scale, out.zeroPoint),
  };
}

/**
 * `out = a * b` (broadcasting): the integer product of the zero-point-adjusted inputs times the
 * fp32 scale, clamped to the quantized range, rounded half to even, plus the output zero point.
 */
export function qs8Mul(
  p: Qs8MulParams,
  a: Int8Array,
  aShape: readonly number[],
  b: Int8Array,
  bShape: readonly number[],
  out: Int8Array,
  outShape: readonly number[],
  scratch: BinaryScratch,
): void {
  const { aZeroPoint: za, bZeroPoint: zb, scale, outputZeroPoint: zo } = p;
  const lo = p.qmin - zo;
  const hi = p.qmax - zo;
  forEachBroadcast(aShape, bShape, outShape, scratch, (ia, ib, o) => {
    let v = Math.fround(((a[ia] as number) - za) * ((b[ib] as number) - zb) * scale);
    v = v < lo ? lo : v > hi ? hi : v;
    out[o] = roundEven(v) + zo;
  });
}

/**
 * The 256-entry table of a qs8 unary operator (indexed by `q + 128`), as XNNPACK builds it from
 * its reference kernel: dequantize in fp32, apply the operator, quantize with
 * {@link quantizeReference} (ties away from zero).
 */
export function qs8UnaryTable(
  op: UnaryOp,
  x: QParams,
  out: QParams,
  param: number,
  min: number,
  max: number,
): Int8Array {
  const values = new Float32Array(256);
  for (let i = 0; i < 256; i++) values[i] = (i - 128 - x.zeroPoint) * x.scale;
  unaryF32(op, values, values, 256, param, min, max);
  const inv = Math.fround(1 / out.scale);
  const table = new Int8Array(256);
  for (let i = 0; i < 256; i++) table[i] = quantizeReference(values[i] as number, inv, out.zeroPoint, -128, 127);
  return table;
}

/** `out[i] = table[x[i] + 128]` for `n` elements. */
export function qs8Lookup(table: Int8Array, x: Int8Array, out: Int8Array, n: number): void {
  for (let i = 0; i < n; i++) out[i] = table[(x[i] as number) + 128] as number;
}

/** `out = clamp(x, qmin, qmax)` in the quantized domain (input and output share quantization). */
export function qs8Clamp(x: Int8Array, out: Int8Array, n: number, qmin: number, qmax: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i] as number;
    out[i] = v < qmin ? qmin : v > qmax ? qmax : v;
  }
}
