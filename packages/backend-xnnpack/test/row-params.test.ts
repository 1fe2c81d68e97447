/**
 * Row parameters of dynamically quantized values: one scale and zero point per row (not per
 * element), grown when a call has more rows than before and reused otherwise.
 */
import { randomFloat32, seededRandom } from '@kindling/backend-utils';
import { describe, expect, test } from 'vitest';
import { convertKernel, ensureRowParams, quantizeDynamicRows } from '../src/kernels/convert.js';
import type { RuntimeValue } from '../src/runtime/runtime-value.js';
import { XnnDatatype } from '../src/serialization/xnn-graph.js';

function value(datatype: XnnDatatype, shape: number[], data: Float32Array | Int8Array): RuntimeValue {
  return {
    datatype,
    quant: null,
    shape,
    data,
    quantRowDims: 1,
    rowScales: null,
    rowZeroPoints: null,
    capacity: data.length,
  } as unknown as RuntimeValue;
}

describe('row parameters of dynamically quantized values', () => {
  test('ensureRowParams grows to the rows asked for and keeps arrays that are large enough', () => {
    const v = value(XnnDatatype.QDInt8, [4, 8], new Int8Array(32));
    ensureRowParams(v, 4);
    expect(v.rowScales?.length).toBe(4);
    expect(v.rowZeroPoints?.length).toBe(4);
    const scales = v.rowScales;
    ensureRowParams(v, 3);
    expect(v.rowScales).toBe(scales);
    ensureRowParams(v, 9);
    expect(v.rowScales?.length).toBe(9);
    expect(v.rowZeroPoints?.length).toBe(9);
    ensureRowParams(v, 0);
    expect(v.rowScales?.length).toBe(9);
  });

  test('the quantizing conversion grows them for a call with more rows, with the same parameters as a fresh run', () => {
    const random = seededRandom(5);
    const cols = 16;
    for (const rows of [1, 3, 7, 2]) {
      const xf = randomFloat32(random, rows * cols, -3, 3);
      const x = value(XnnDatatype.Fp32, [rows, cols], xf);
      const out = value(XnnDatatype.QDInt8, [rows, cols], new Int8Array(rows * cols));
      ensureRowParams(out, 1); // as bound for a smaller shape
      convertKernel(x, out)?.(x, out);
      const wantQ = new Int8Array(rows * cols);
      const wantS = new Float32Array(rows);
      const wantZ = new Int32Array(rows);
      quantizeDynamicRows(xf, wantQ, rows, cols, wantS, wantZ);
      expect(Array.from(out.data as Int8Array)).toEqual(Array.from(wantQ));
      expect(Array.from(out.rowScales?.subarray(0, rows) ?? [])).toEqual(Array.from(wantS));
      expect(Array.from(out.rowZeroPoints?.subarray(0, rows) ?? [])).toEqual(Array.from(wantZ));
    }
  });
});
