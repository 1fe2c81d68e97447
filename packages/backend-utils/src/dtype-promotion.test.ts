import { ScalarType } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { canCast, promoteTypes, promotionCategory, resultType, scalarKindType } from './dtype-promotion.js';

const S = ScalarType;
const BY_NAME: Record<string, ScalarType> = {
  u1: S.Byte,
  i1: S.Char,
  i2: S.Short,
  i4: S.Int,
  i8: S.Long,
  f2: S.Half,
  f4: S.Float,
  f8: S.Double,
  b1: S.Bool,
  bf: S.BFloat16,
};

// PyTorch's promotion lookup table (c10 `promoteTypes`, the table `torch.promote_types` documents),
// rows and columns in this order.
const ORDER = ['u1', 'i1', 'i2', 'i4', 'i8', 'f2', 'f4', 'f8', 'b1', 'bf'];
const TABLE = [
  /* u1 */ 'u1 i2 i2 i4 i8 f2 f4 f8 u1 bf',
  /* i1 */ 'i2 i1 i2 i4 i8 f2 f4 f8 i1 bf',
  /* i2 */ 'i2 i2 i2 i4 i8 f2 f4 f8 i2 bf',
  /* i4 */ 'i4 i4 i4 i4 i8 f2 f4 f8 i4 bf',
  /* i8 */ 'i8 i8 i8 i8 i8 f2 f4 f8 i8 bf',
  /* f2 */ 'f2 f2 f2 f2 f2 f2 f4 f8 f2 f4',
  /* f4 */ 'f4 f4 f4 f4 f4 f4 f4 f8 f4 f4',
  /* f8 */ 'f8 f8 f8 f8 f8 f8 f8 f8 f8 f8',
  /* b1 */ 'u1 i1 i2 i4 i8 f2 f4 f8 b1 bf',
  /* bf */ 'bf bf bf bf bf f4 f4 f8 bf bf',
];

const tensor = (dtype: ScalarType, rank = 1) => ({ dtype, rank });

describe('promoteTypes', () => {
  it("matches PyTorch's promotion table on every pair", () => {
    let checked = 0;
    TABLE.forEach((row, i) => {
      row.split(' ').forEach((want, j) => {
        const a = BY_NAME[ORDER[i] as string] as ScalarType;
        const b = BY_NAME[ORDER[j] as string] as ScalarType;
        expect(promoteTypes(a, b), `${ORDER[i]} with ${ORDER[j]}`).toBe(BY_NAME[want]);
        checked++;
      });
    });
    expect(checked).toBe(100);
  });

  it('calls out the pairs that need a wider type', () => {
    expect(promoteTypes(S.Byte, S.Char)).toBe(S.Short);
    expect(promoteTypes(S.Half, S.BFloat16)).toBe(S.Float);
    expect(promoteTypes(S.Bool, S.Bool)).toBe(S.Bool);
  });

  it('refuses dtypes outside the real and bool set', () => {
    expect(() => promoteTypes(S.Int, S.UInt16)).toThrow(TypeError);
    expect(() => promoteTypes(S.QInt8, S.Char)).toThrow(TypeError);
  });

  it('sorts dtypes into categories', () => {
    expect([S.Bool, S.Byte, S.Long, S.Half, S.BFloat16, S.Double].map(promotionCategory)).toEqual([0, 1, 1, 2, 2, 2]);
  });
});

describe('resultType', () => {
  // The examples of PyTorch's type promotion documentation (torch.result_type and "Type promotion").
  it('follows the documented examples', () => {
    expect(resultType([], ['int', 'int'])).toBe(S.Long); // torch.add(5, 5)
    expect(resultType([tensor(S.Int)], ['int'])).toBe(S.Int); // int_tensor + 5
    expect(resultType([tensor(S.Int), tensor(S.Long, 0)])).toBe(S.Int); // int_tensor + long_zerodim
    expect(resultType([tensor(S.Long), tensor(S.Int)])).toBe(S.Long);
    expect(resultType([tensor(S.Bool), tensor(S.Long)])).toBe(S.Long);
    expect(resultType([tensor(S.Bool), tensor(S.Byte)])).toBe(S.Byte);
    expect(resultType([tensor(S.Float), tensor(S.Double)])).toBe(S.Double);
    expect(resultType([tensor(S.Bool), tensor(S.Int)])).toBe(S.Int);
    expect(resultType([tensor(S.Long), tensor(S.Float)])).toBe(S.Float);
    expect(resultType([tensor(S.Int)], ['float'])).toBe(S.Float); // torch.result_type(int tensor, 1.0)
    expect(resultType([tensor(S.Byte), tensor(S.Long, 0)])).toBe(S.Byte); // uint8 tensor, torch.tensor(1)
  });

  it('lets a higher-category zero-dim tensor decide with its own width', () => {
    expect(resultType([tensor(S.Int), tensor(S.Double, 0)])).toBe(S.Double);
    expect(resultType([tensor(S.Byte), tensor(S.Half, 0)])).toBe(S.Half);
    expect(resultType([tensor(S.Bool), tensor(S.Char, 0)])).toBe(S.Char);
    expect(resultType([tensor(S.Half)], ['float'])).toBe(S.Half);
    expect(resultType([tensor(S.Half, 0)], ['float'])).toBe(S.Half);
    expect(resultType([tensor(S.Bool)], ['int'])).toBe(S.Long);
    expect(resultType([tensor(S.Bool)], ['bool'])).toBe(S.Bool);
    expect(resultType([tensor(S.Char, 0)], ['float', 'int'])).toBe(S.Float);
  });

  it('refuses an empty operand list', () => {
    expect(() => resultType([])).toThrow(TypeError);
  });

  it('maps scalar kinds to their promotion dtypes', () => {
    expect(scalarKindType('bool')).toBe(S.Bool);
    expect(scalarKindType('int')).toBe(S.Long);
    expect(scalarKindType('float')).toBe(S.Float);
  });
});

describe('canCast', () => {
  it("matches torch.can_cast's rules", () => {
    expect(canCast(S.Double, S.Float)).toBe(true);
    expect(canCast(S.Float, S.Int)).toBe(false);
    expect(canCast(S.Long, S.Half)).toBe(true);
    expect(canCast(S.Int, S.Bool)).toBe(false);
    expect(canCast(S.Bool, S.Byte)).toBe(true);
    expect(canCast(S.Bool, S.Bool)).toBe(true);
  });
});
