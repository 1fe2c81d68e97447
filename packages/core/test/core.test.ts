import { describe, expect, it } from 'vitest';
import {
  availabilityOf,
  type BackendV1,
  CHANNELS_LAST_DIM_ORDER,
  type DTypeName,
  type DTypeNames,
  dtypeName,
  ErrorCode,
  elementSize,
  errorCodeName,
  isBackendV1,
  KindlingError,
  parseScalarType,
  ScalarType,
  scalarTypeName,
  stridesFromDimOrder,
  Tag,
  Tensor,
  tagName,
  toAvailability,
  toScalarType,
  typedArrayConstructor,
} from '../src/index.js';

describe('ScalarType and ErrorCode numbering match ExecuTorch', () => {
  it('scalar types', () => {
    expect([ScalarType.Byte, ScalarType.Float, ScalarType.Long, ScalarType.Bool, ScalarType.BFloat16]).toEqual([
      0, 6, 4, 11, 15,
    ]);
    expect([ScalarType.Bits16, ScalarType.UInt16, ScalarType.UInt64]).toEqual([22, 27, 29]);
    expect([elementSize(ScalarType.Half), elementSize(ScalarType.Long), elementSize(ScalarType.Bool)]).toEqual([
      2, 8, 1,
    ]);
    expect(parseScalarType('float32')).toBe(ScalarType.Float);
    expect(parseScalarType('Long')).toBe(ScalarType.Long);
    expect(parseScalarType('nope')).toBeUndefined();
    expect(scalarTypeName(99)).toBe('ScalarType(99)');
  });

  it('dtype names: the type-level map and the run-time names agree, for every scalar type', () => {
    // Type-checked against DTypeNames (a wrong or missing entry does not compile).
    const names: { [K in DTypeName]: DTypeNames[K] } = {
      uint8: ScalarType.Byte,
      int8: ScalarType.Char,
      int16: ScalarType.Short,
      int32: ScalarType.Int,
      int64: ScalarType.Long,
      float16: ScalarType.Half,
      float32: ScalarType.Float,
      float64: ScalarType.Double,
      complex32: ScalarType.ComplexHalf,
      complex64: ScalarType.ComplexFloat,
      complex128: ScalarType.ComplexDouble,
      bool: ScalarType.Bool,
      qint8: ScalarType.QInt8,
      quint8: ScalarType.QUInt8,
      qint32: ScalarType.QInt32,
      bfloat16: ScalarType.BFloat16,
      quint4x2: ScalarType.QUInt4x2,
      quint2x4: ScalarType.QUInt2x4,
      bits1x8: ScalarType.Bits1x8,
      bits2x4: ScalarType.Bits2x4,
      bits4x2: ScalarType.Bits4x2,
      bits8: ScalarType.Bits8,
      bits16: ScalarType.Bits16,
      float8_e5m2: ScalarType.Float8_e5m2,
      float8_e4m3fn: ScalarType.Float8_e4m3fn,
      float8_e5m2fnuz: ScalarType.Float8_e5m2fnuz,
      float8_e4m3fnuz: ScalarType.Float8_e4m3fnuz,
      uint16: ScalarType.UInt16,
      uint32: ScalarType.UInt32,
      uint64: ScalarType.UInt64,
    };
    expect(Object.keys(names)).toHaveLength(30);
    for (const [name, type] of Object.entries(names)) {
      expect(toScalarType(name as DTypeName)).toBe(type);
      expect(dtypeName(type)).toBe(name);
      expect(toScalarType(type)).toBe(type);
    }
    // values JSON.stringify cannot print (BigInt arrays, a BigInt) must still give a KindlingError
    for (const bad of ['Float', 'float', '', 30, -1, 1.5, null, new BigInt64Array([1n]), 3n, [1], {}]) {
      const e = (() => {
        try {
          toScalarType(bad as DTypeName);
        } catch (err) {
          return err;
        }
      })();
      expect(KindlingError.isInstance(e) && e.code === ErrorCode.InvalidArgument).toBe(true);
    }
  });

  it('error codes', () => {
    expect(ErrorCode.InvalidProgram).toBe(0x23);
    expect(ErrorCode.OperatorMissing).toBe(0x14);
    expect(ErrorCode.DelegateInvalidHandle).toBe(0x32);
    expect(errorCodeName(0x24)).toBe('InvalidExternalData');
  });

  it('the names of codes, tags and scalar types: as the enums name them, for every member and no other value', () => {
    const members = (e: object) =>
      Object.entries(e).filter((entry): entry is [string, number] => typeof entry[1] === 'number');
    for (const [name, value] of members(ErrorCode)) expect(errorCodeName(value)).toBe(name);
    for (const [name, value] of members(Tag)) expect(tagName(value)).toBe(name);
    for (const [name, value] of members(ScalarType)) expect(scalarTypeName(value)).toBe(name);
    for (const v of [-1, 0.5, 1.5, 5, 15, 23, 38, 47, 51, 63, 64, 0x100]) {
      expect(errorCodeName(v)).toBe(ErrorCode[v] ?? `Error(0x${v.toString(16)})`);
    }
    for (const v of [-1, 1.5, 12, 30]) expect(tagName(v as Tag)).toBe(`Tag(${v})`);
    for (const v of [-1, 1.5, 30]) expect(scalarTypeName(v)).toBe(`ScalarType(${v})`);
  });
});

describe('typedArrayConstructor', () => {
  it('views each dtype with its element type, 16-bit floats as raw bits and packed types as bytes', () => {
    const groups: [unknown, DTypeName[]][] = [
      [Int8Array, ['int8', 'qint8']],
      [Int16Array, ['int16']],
      [Int32Array, ['int32', 'qint32']],
      [BigInt64Array, ['int64']],
      [Uint16Array, ['float16', 'bfloat16', 'complex32', 'bits16', 'uint16']],
      [Float32Array, ['float32', 'complex64']],
      [Float64Array, ['float64', 'complex128']],
      [Uint32Array, ['uint32']],
      [BigUint64Array, ['uint64']],
      [
        Uint8Array,
        [
          'uint8',
          'bool',
          'quint8',
          'quint4x2',
          'quint2x4',
          'bits1x8',
          'bits2x4',
          'bits4x2',
          'bits8',
          'float8_e5m2',
          'float8_e4m3fn',
          'float8_e5m2fnuz',
          'float8_e4m3fnuz',
        ],
      ],
    ];
    expect(groups.flatMap(([, names]) => names).sort()).toHaveLength(30);
    for (const [ctor, names] of groups) {
      for (const name of names) expect([name, typedArrayConstructor(toScalarType(name))]).toEqual([name, ctor]);
    }
    for (const unknown of [-1, 1.5, 30, 99]) expect(typedArrayConstructor(unknown as ScalarType)).toBe(Uint8Array);
  });
});

describe('KindlingError', () => {
  it('carries code and context and is recognised across copies by its brand', () => {
    const e = new KindlingError(ErrorCode.NotFound, 'missing', { context: { method: 'forward' } });
    expect(KindlingError.isInstance(e)).toBe(true);
    expect(e.codeName).toBe('NotFound');
    expect(e.context.method).toBe('forward');
    const foreign = Object.assign(new Error('x'), { [Symbol.for('kindling.error')]: true });
    expect(KindlingError.isInstance(foreign)).toBe(true);
    expect(KindlingError.isInstance(new Error('x'))).toBe(false);
  });
});

describe('dim order and strides', () => {
  it('contiguous and channels-last strides', () => {
    expect(stridesFromDimOrder([2, 3, 4, 5], [0, 1, 2, 3])).toEqual([60, 20, 5, 1]);
    // NCHW sizes stored channels-last: C is innermost.
    expect(stridesFromDimOrder([2, 3, 4, 5], CHANNELS_LAST_DIM_ORDER)).toEqual([60, 1, 15, 3]);
    expect(() => stridesFromDimOrder([2, 3], [0, 0])).toThrow(KindlingError);
  });
});

describe('Tensor', () => {
  it('views typed arrays without copying', () => {
    const data = new Float32Array([1, 2, 3, 4, 5, 6]);
    const t = Tensor.from(ScalarType.Float, [2, 3], data);
    expect(t.data).toBeInstanceOf(Float32Array);
    data[0] = 42;
    expect(t.data[0]).toBe(42);
    expect(t.strides).toEqual([3, 1]);
    expect(t.nbytes).toBe(24);
  });

  it('converts plain numbers and bigints for int64', () => {
    const t = Tensor.from(ScalarType.Long, [3], [1, 2, 3]);
    expect(Array.from(t.data as BigInt64Array)).toEqual([1n, 2n, 3n]);
    expect(t.toArray()).toEqual([1, 2, 3]);
  });

  it('resizes within capacity only, keeping rank', () => {
    const t = new Tensor({ dtype: ScalarType.Float, sizes: [1, 8] });
    t.resize([1, 3]);
    expect(t.sizes).toEqual([1, 3]);
    expect(t.data.length).toBe(3);
    expect(() => t.resize([1, 9])).toThrow(/capacity/);
    expect(() => t.resize([3])).toThrow(/rank/);
  });

  it('copies misaligned storage and refuses storage that is too small', () => {
    const raw = new Uint8Array(13);
    const t = new Tensor({ dtype: ScalarType.Float, sizes: [3], bytes: raw.subarray(1) });
    expect(t.data.length).toBe(3);
    expect(() => new Tensor({ dtype: ScalarType.Float, sizes: [4], bytes: new Uint8Array(8) })).toThrow(KindlingError);
    expect(() => new Tensor({ dtype: ScalarType.Float, sizes: [-1] })).toThrow(/invalid tensor size/);
  });
});

describe('backend availability', () => {
  const backend = (answer: () => unknown): BackendV1 => ({
    specificationVersion: 'v1',
    id: 'TestBackend',
    name: 'test',
    isAvailable: answer as BackendV1['isAvailable'],
    init: () => null,
    execute: () => {},
  });

  it('reads booleans and Availability answers', async () => {
    expect(await availabilityOf(backend(() => true))).toEqual({ available: true });
    expect(await availabilityOf(backend(async () => ({ available: true })))).toEqual({ available: true });
    expect(await availabilityOf(backend(() => false))).toEqual({
      available: false,
      reason: 'test reports that it cannot run here',
    });
    expect(await availabilityOf(backend(() => ({ available: false, reason: 'no GPU adapter' })))).toEqual({
      available: false,
      reason: 'no GPU adapter',
    });
  });

  it('treats a throw or a malformed answer as unavailable, with a reason', async () => {
    const thrown = await availabilityOf(
      backend(() => {
        throw new Error('adapter request failed');
      }),
    );
    expect(thrown).toEqual({ available: false, reason: 'test: isAvailable() threw: adapter request failed' });
    expect(
      toAvailability(
        backend(() => 1),
        'yes',
      ),
    ).toEqual({
      available: false,
      reason: 'test: isAvailable() returned neither a boolean nor an Availability',
    });
    expect(
      toAvailability(
        backend(() => 1),
        { available: false },
      ),
    ).toEqual({
      available: false,
      reason: 'test gave no reason',
    });
  });

  it('recognises v1 backends structurally', () => {
    expect(isBackendV1(backend(() => true))).toBe(true);
    expect(isBackendV1({ ...backend(() => true), specificationVersion: 'v2' })).toBe(false);
    expect(isBackendV1({ id: 'x' })).toBe(false);
    expect(isBackendV1(null)).toBe(false);
  });
});
