import { describe, expect, it } from 'vitest';
import {
  bfloat16ToFloat,
  bfloat16ToFloatArray,
  floatToBfloat16,
  floatToBfloat16Array,
  floatToHalf,
  floatToHalfArray,
  halfToFloat,
  halfToFloatArray,
} from './half.js';

describe('half and bfloat16 conversion', () => {
  it('encodes known half values', () => {
    expect(floatToHalf(1)).toBe(0x3c00);
    expect(floatToHalf(-2)).toBe(0xc000);
    expect(floatToHalf(65504)).toBe(0x7bff);
    expect(floatToHalf(65519.99)).toBe(0x7bff);
    expect(floatToHalf(65520)).toBe(0x7c00);
    expect(floatToHalf(-1e9)).toBe(0xfc00);
    expect(floatToHalf(Number.POSITIVE_INFINITY)).toBe(0x7c00);
    expect(floatToHalf(Number.NEGATIVE_INFINITY)).toBe(0xfc00);
    expect(floatToHalf(0)).toBe(0x0000);
    expect(floatToHalf(-0)).toBe(0x8000);
    expect(floatToHalf(2 ** -14)).toBe(0x0400); // smallest normal
    expect(floatToHalf(2 ** -24)).toBe(0x0001); // smallest subnormal
    expect(floatToHalf(2 ** -25)).toBe(0x0000); // tie with 0 rounds to even
    expect(floatToHalf(3 * 2 ** -25)).toBe(0x0002); // tie between 1 and 2 units rounds to even
    expect(floatToHalf(2 ** -25 * 1.0000001)).toBe(0x0001);
    expect(floatToHalf(-1023 * 2 ** -24)).toBe(0x83ff); // largest subnormal
    expect(floatToHalf(1023.5 * 2 ** -24)).toBe(0x0400); // rounds up into the smallest normal
    expect(floatToHalf(0.1)).toBe(0x2e66);
    expect(floatToHalf(Math.fround(0.1))).toBe(0x2e66);
    expect(floatToHalf(1 + 2 ** -11)).toBe(0x3c00); // tie rounds to even
    expect(floatToHalf(1 + 3 * 2 ** -11)).toBe(0x3c02);
    expect(floatToHalf(1 + 2 ** -11 + 2 ** -40)).toBe(0x3c01); // just above the tie (a double)
    expect(floatToHalf(Number.NaN)).toBe(0x7e00);
  });

  it('decodes known half values', () => {
    expect(halfToFloat(0x3c00)).toBe(1);
    expect(halfToFloat(0xc000)).toBe(-2);
    expect(halfToFloat(0x7bff)).toBe(65504);
    expect(halfToFloat(0x0001)).toBe(2 ** -24);
    expect(halfToFloat(0x83ff)).toBe(-1023 * 2 ** -24);
    expect(halfToFloat(0x0400)).toBe(2 ** -14);
    expect(halfToFloat(0x3555)).toBe(0.333251953125);
    expect(halfToFloat(0x7c00)).toBe(Number.POSITIVE_INFINITY);
    expect(halfToFloat(0xfc00)).toBe(Number.NEGATIVE_INFINITY);
    expect(Object.is(halfToFloat(0x8000), -0)).toBe(true);
    expect(halfToFloat(0x7e00)).toBeNaN();
    expect(halfToFloat(0xfc01)).toBeNaN();
  });

  it('round-trips every finite half', () => {
    for (let bits = 0; bits < 0x10000; bits++) {
      if ((bits & 0x7c00) === 0x7c00) continue;
      const v = halfToFloat(bits);
      expect(floatToHalf(v)).toBe(bits);
      expect(floatToHalf(Math.fround(v))).toBe(bits);
    }
  });

  it('rounds float32 midpoints between halves to even, as numbers and as float32', () => {
    for (let bits = 0; bits < 0x7bff; bits++) {
      const mid = (halfToFloat(bits) + halfToFloat(bits + 1)) / 2; // exact in float32 too
      const even = bits & 1 ? bits + 1 : bits;
      expect(floatToHalf(mid)).toBe(even);
      expect(floatToHalf(-mid)).toBe(even | 0x8000);
      expect(floatToHalf(mid * (1 + 2 ** -20))).toBe(bits + 1);
      expect(floatToHalf(mid * (1 - 2 ** -20))).toBe(bits);
    }
  });

  it('bfloat16 rounds to nearest even', () => {
    expect(floatToBfloat16(1)).toBe(0x3f80);
    expect(floatToBfloat16(-2)).toBe(0xc000);
    expect(bfloat16ToFloat(0x3f80)).toBe(1);
    expect(bfloat16ToFloat(0x4049)).toBe(3.140625);
    expect(bfloat16ToFloat(floatToBfloat16(3.140625))).toBe(3.140625);
    expect(floatToBfloat16(1 + 2 ** -8)).toBe(0x3f80); // tie rounds to even
    expect(floatToBfloat16(1 + 3 * 2 ** -8)).toBe(0x3f82);
    expect(floatToBfloat16(1 + 2 ** -8 + 2 ** -20)).toBe(0x3f81);
    expect(floatToBfloat16(3.4e38)).toBe(0x7f80); // rounds to infinity
    expect(floatToBfloat16(Number.NEGATIVE_INFINITY)).toBe(0xff80);
    expect(floatToBfloat16(2 ** -133)).toBe(0x0001); // float32 subnormal
    expect(floatToBfloat16(Number.NaN)).toBe(0x7fc0);
    expect(bfloat16ToFloat(0x7fc0)).toBeNaN();
    expect(bfloat16ToFloat(0x0001)).toBe(2 ** -133);
  });

  it('bulk forms agree with the scalar ones', () => {
    const values = [0, -0, 1, -2.5, 0.1, 65504, 1e6, 2 ** -24, Number.NaN];
    const halves = floatToHalfArray(values);
    expect(Array.from(halves)).toEqual([0, 0x8000, 0x3c00, 0xc100, 0x2e66, 0x7bff, 0x7c00, 0x0001, 0x7e00]);
    const back = halfToFloatArray(halves);
    expect(back).toBeInstanceOf(Float32Array);
    expect(Array.from(back.subarray(0, 8))).toEqual([
      0,
      -0,
      1,
      -2.5,
      Math.fround(0.0999755859375),
      65504,
      Infinity,
      2 ** -24,
    ]);
    const wide = halfToFloatArray(halves, new Float64Array(values.length));
    expect(wide[4]).toBe(0.0999755859375);
    const bf = floatToBfloat16Array([1, -2, 3.140625], new Uint16Array(3));
    expect(Array.from(bf)).toEqual([0x3f80, 0xc000, 0x4049]);
    expect(Array.from(bfloat16ToFloatArray(bf))).toEqual([1, -2, 3.140625]);
  });
});
