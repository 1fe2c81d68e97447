/** Conversions between fp32 and quantized integers (XNNPACK's Convert node). */

import type { RuntimeValue } from '../runtime/runtime-value.js';
import { XnnDatatype } from '../serialization/xnn-graph.js';

/** Rounds to the nearest integer, ties to even (as `lrintf` in the default rounding mode). */
export function roundEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * `q = clamp(roundEven(x * (1 / scale)) + zeroPoint, qmin, qmax)` for `n` elements, as XNNPACK's
 * fp32 -> qs8/qu8 conversion: the reciprocal of the scale and the product are fp32, ties round to
 * even.
 */
export function quantizeF32(
  x: Float32Array,
  out: Int8Array | Uint8Array,
  n: number,
  scale: number,
  zeroPoint: number,
  qmin: number,
  qmax: number,
): void {
  const inv = Math.fround(1 / scale);
  for (let i = 0; i < n; i++) {
    const q = roundEven(Math.fround((x[i] as number) * inv)) + zeroPoint;
    out[i] = q < qmin ? qmin : q > qmax ? qmax : q;
  }
}

/**
 * XNNPACK's reference quantization (its lookup-table path for quantized unary operators):
 * `clamp(roundHalfAway(fp32(fp32(y * invScale) + zeroPoint)), qmin, qmax)`, NaN as 0.
 */
export function quantizeReference(y: number, invScale: number, zeroPoint: number, qmin: number, qmax: number): number {
  const v = Math.fround(Math.fround(y * invScale) + zeroPoint);
  if (Number.isNaN(v)) return 0 < qmin ? qmin : 0 > qmax ? qmax : 0;
  const r = v < 0 ? -Math.round(-v) : Math.round(v);
  return r < qmin ? qmin : r > qmax ? qmax : r;
}

/**
 * `xnn_qs8_quantize`: an output range bound in the quantized domain,
 * `lrint(clamp(fp32(fp32(value / scale) + zeroPoint), -128, 127))`.
 */
export function quantizeBound(value: number, scale: number, zeroPoint: number, qmin = -128, qmax = 127): number {
  let v = Math.fround(Math.fround(value / scale) + zeroPoint);
  v = v < qmin ? qmin : v > qmax ? qmax : v;
  return roundEven(v);
}

/** `x = (q - zeroPoint) * scale` for `n` elements. */
export function dequantizeToF32(
  q: Int8Array | Uint8Array,
  out: Float32Array,
  n: number,
  scale: number,
  zeroPoint: number,
): void {
  for (let i = 0; i < n; i++) out[i] = ((q[i] as number) - zeroPoint) * scale;
}

/**
 * Dynamic quantization of `rows` rows of `cols` fp32 values to int8 with one scale and zero point
 * per row: the range is widened to include 0, `scale = (max - min) / 255`, and the zero point is
 * chosen from the side with the smaller rounding error and rounded (XNNPACK's `qd8` recipe).
 */
export function quantizeDynamicRows(
  x: Float32Array,
  out: Int8Array,
  rows: number,
  cols: number,
  scales: Float32Array,
  zeroPoints: Int32Array,
): void {
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    let lo = 0;
    let hi = 0;
    for (let c = 0; c < cols; c++) {
      const v = x[base + c] as number;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const qmin = -128;
    const qmax = 127;
    const f = Math.fround;
    const invScale = lo === hi ? 1 : f(255 / f(hi - lo));
    const loScaled = f(lo * invScale);
    const hiScaled = f(hi * invScale);
    let zp = f(f(qmin + loScaled) + f(qmax + hiScaled)) > 0 ? f(qmin - loScaled) : f(qmax - hiScaled);
    zp = zp < qmin ? qmin : zp > qmax ? qmax : zp;
    const zero = roundEven(zp);
    scales[r] = Math.fround(1 / invScale);
    zeroPoints[r] = zero;
    for (let c = 0; c < cols; c++) {
      const q = roundEven(Math.fround((x[base + c] as number) * invScale)) + zero;
      out[base + c] = q < qmin ? qmin : q > qmax ? qmax : q;
    }
  }
}

function count(v: RuntimeValue): number {
  let n = 1;
  for (const d of v.shape) n *= d;
  return n;
}

/** The conversion from `x` to `out`, or `undefined` when not implemented. */
export function convertKernel(
  x: RuntimeValue,
  out: RuntimeValue,
): ((x: RuntimeValue, out: RuntimeValue) => void) | undefined {
  const isF = (dt: XnnDatatype) => dt === XnnDatatype.Fp32 || dt === XnnDatatype.Fp16;
  const qt = (v: RuntimeValue) => (v.quant?.kind === 'per-tensor' ? v.quant : undefined);
  if (isF(x.datatype) && isF(out.datatype)) {
    return (a, b) => (b.data as Float32Array).set((a.data as Float32Array).subarray(0, count(a)));
  }
  if (isF(x.datatype) && (out.datatype === XnnDatatype.QInt8 || out.datatype === XnnDatatype.QUInt8)) {
    const p = qt(out);
    if (!p) return undefined;
    const signed = out.datatype === XnnDatatype.QInt8;
    return (a, b) =>
      quantizeF32(
        a.data as Float32Array,
        b.data as Int8Array,
        count(a),
        p.scale,
        p.zeroPoint,
        signed ? -128 : 0,
        signed ? 127 : 255,
      );
  }
  if ((x.datatype === XnnDatatype.QInt8 || x.datatype === XnnDatatype.QUInt8) && isF(out.datatype)) {
    const p = qt(x);
    if (!p) return undefined;
    return (a, b) => dequantizeToF32(a.data as Int8Array, b.data as Float32Array, count(a), p.scale, p.zeroPoint);
  }
  if (isF(x.datatype) && out.datatype === XnnDatatype.QDInt8) {
    return (a, b) => {
      const n = count(a);
      const cols = rowLength(b);
      const rows = cols === 0 ? 0 : n / cols;
      ensureRowParams(b, rows);
      quantizeDynamicRows(a.data as Float32Array, b.data as Int8Array, rows, cols, b.rowScales!, b.rowZeroPoints!);
    };
  }
  return undefined;
}

/**
 * Elements per row of a dynamically quantized value: the product of its last `quantRowDims` dims
 * (XNNPACK quantizes each batch row separately).
 */
/**
 * Makes the row parameters (scale, zero point) of a dynamically quantized value hold at least
 * `rows` rows: grown when needed, never shrunk, so a graph that runs the same shapes again
 * allocates nothing.
 */
export function ensureRowParams(v: RuntimeValue, rows: number): void {
  if (v.rowScales && v.rowZeroPoints && v.rowScales.length >= rows) return;
  const n = Math.max(rows, 1);
  v.rowScales = new Float32Array(n);
  v.rowZeroPoints = new Int32Array(n);
}

export function rowLength(v: RuntimeValue): number {
  const nonbatch = v.quantRowDims;
  let n = 1;
  for (let i = Math.max(v.shape.length - nonbatch, 0); i < v.shape.length; i++) n *= v.shape[i] as number;
  return n;
}
