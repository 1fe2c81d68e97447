import { describe, expect, it } from 'vitest';
import { bfloat16ToNumber, halfToNumber, numberToBfloat16, numberToHalf } from './half.js';

describe('half and bfloat16 conversion', () => {
  it('encodes known half values', () => {
    expect(numberToHalf(1)).toBe(0x3c00);
    expect(numberToHalf(-2)).toBe(0xc000);
    expect(numberToHalf(65504)).toBe(0x7bff);
    expect(numberToHalf(65520)).toBe(0x7c00);
    expect(numberToHalf(2 ** -24)).toBe(0x0001);
    expect(numberToHalf(0.1)).toBe(0x2e66);
    expect(numberToHalf(1 + 2 ** -11)).toBe(0x3c00); // tie rounds to even
    expect(numberToHalf(1 + 3 * 2 ** -11)).toBe(0x3c02);
    expect(numberToHalf(Number.NaN) & 0x7c00).toBe(0x7c00);
  });
  it('round-trips every finite half', () => {
    for (let bits = 0; bits < 0x10000; bits++) {
      if ((bits & 0x7c00) === 0x7c00) continue;
      const v = halfToNumber(bits);
      const back = numberToHalf(v);
      expect(back === bits || (v === 0 && (back & 0x7fff) === 0)).toBe(true);
    }
  });
  it('bfloat16 rounds to nearest even', () => {
    expect(numberToBfloat16(1)).toBe(0x3f80);
    expect(bfloat16ToNumber(0x3f80)).toBe(1);
    expect(bfloat16ToNumber(numberToBfloat16(3.140625))).toBe(3.140625);
    expect(numberToBfloat16(1 + 2 ** -8)).toBe(0x3f80);
  });
});
