import { ErrorCode, KindlingError } from './error.js';

/**
 * Element types of tensors, numbered exactly as ExecuTorch (and `c10::ScalarType`) number them.
 * The numbers are what `.pte` files store, so they must never change.
 */
export enum ScalarType {
  Byte = 0,
  Char = 1,
  Short = 2,
  Int = 3,
  Long = 4,
  Half = 5,
  Float = 6,
  Double = 7,
  ComplexHalf = 8,
  ComplexFloat = 9,
  ComplexDouble = 10,
  Bool = 11,
  QInt8 = 12,
  QUInt8 = 13,
  QInt32 = 14,
  BFloat16 = 15,
  QUInt4x2 = 16,
  QUInt2x4 = 17,
  Bits1x8 = 18,
  Bits2x4 = 19,
  Bits4x2 = 20,
  Bits8 = 21,
  Bits16 = 22,
  Float8_e5m2 = 23,
  Float8_e4m3fn = 24,
  Float8_e5m2fnuz = 25,
  Float8_e4m3fnuz = 26,
  UInt16 = 27,
  UInt32 = 28,
  UInt64 = 29,
}

// Per ScalarType value (0..29, the enum's order): bytes per element, and the PyTorch-style dtype
// name. Two flat lists rather than a table of objects: they are in every app's bundle.
const SIZES: readonly number[] = [
  1, 1, 2, 4, 8, 2, 4, 8, 4, 8, 16, 1, 1, 1, 4, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 4, 8,
];
const DTYPES: readonly string[] = /* @__PURE__ */ (
  'uint8 int8 int16 int32 int64 float16 float32 float64 complex32 complex64 complex128 bool qint8 quint8 ' +
  'qint32 bfloat16 quint4x2 quint2x4 bits1x8 bits2x4 bits4x2 bits8 bits16 float8_e5m2 float8_e4m3fn ' +
  'float8_e5m2fnuz float8_e4m3fnuz uint16 uint32 uint64'
).split(' ');

// The enum's names by value (its reverse mapping, without the enum object in every app's bundle).
const NAMES: readonly string[] = /* @__PURE__ */ (
  'Byte Char Short Int Long Half Float Double ComplexHalf ComplexFloat ComplexDouble Bool QInt8 QUInt8 QInt32 ' +
  'BFloat16 QUInt4x2 QUInt2x4 Bits1x8 Bits2x4 Bits4x2 Bits8 Bits16 Float8_e5m2 Float8_e4m3fn Float8_e5m2fnuz ' +
  'Float8_e4m3fnuz UInt16 UInt32 UInt64'
).split(' ');

/** True when `value` is a scalar type this library knows (every ExecuTorch value 0..29). */
export function isScalarType(value: number): value is ScalarType {
  return Number.isInteger(value) && SIZES[value] !== undefined;
}

/** Bytes per element. Throws a `TypeError` for an unknown value; validate with {@link isScalarType} first. */
export function elementSize(type: ScalarType): number {
  const size = SIZES[type];
  if (size === undefined) throw new TypeError(`unknown scalar type ${type}`);
  return size;
}

/** The ExecuTorch enum name (`Float`, `Long`, ...), or `ScalarType(<n>)` for an unknown value. */
export function scalarTypeName(type: number): string {
  return NAMES[type] ?? `ScalarType(${type})`;
}

/** PyTorch-style dtype name (`float32`, `int64`, `bool`, ...), or `unknown(<n>)` for an unknown value. */
export function dtypeName(type: number): string {
  return DTYPES[type] ?? `unknown(${type})`;
}

/**
 * The PyTorch-style name of each scalar type (`'float32'` is {@link ScalarType.Float}). A name is
 * accepted wherever a dtype is given ({@link DTypeLike}): `Tensor.from('float32', [2], [1, 2])`.
 */
export interface DTypeNames {
  uint8: ScalarType.Byte;
  int8: ScalarType.Char;
  int16: ScalarType.Short;
  int32: ScalarType.Int;
  int64: ScalarType.Long;
  float16: ScalarType.Half;
  float32: ScalarType.Float;
  float64: ScalarType.Double;
  complex32: ScalarType.ComplexHalf;
  complex64: ScalarType.ComplexFloat;
  complex128: ScalarType.ComplexDouble;
  bool: ScalarType.Bool;
  qint8: ScalarType.QInt8;
  quint8: ScalarType.QUInt8;
  qint32: ScalarType.QInt32;
  bfloat16: ScalarType.BFloat16;
  quint4x2: ScalarType.QUInt4x2;
  quint2x4: ScalarType.QUInt2x4;
  bits1x8: ScalarType.Bits1x8;
  bits2x4: ScalarType.Bits2x4;
  bits4x2: ScalarType.Bits4x2;
  bits8: ScalarType.Bits8;
  bits16: ScalarType.Bits16;
  float8_e5m2: ScalarType.Float8_e5m2;
  float8_e4m3fn: ScalarType.Float8_e4m3fn;
  float8_e5m2fnuz: ScalarType.Float8_e5m2fnuz;
  float8_e4m3fnuz: ScalarType.Float8_e4m3fnuz;
  uint16: ScalarType.UInt16;
  uint32: ScalarType.UInt32;
  uint64: ScalarType.UInt64;
}

/** A PyTorch-style dtype name: `'float32'`, `'int64'`, `'bool'`, ... */
export type DTypeName = keyof DTypeNames;

/** A dtype given as a {@link ScalarType} or by its name (`ScalarType.Float` or `'float32'`). */
export type DTypeLike = ScalarType | DTypeName;

/** The {@link ScalarType} a {@link DTypeLike} stands for (`ScalarTypeOf<'float32'>` is `ScalarType.Float`). */
export type ScalarTypeOf<D extends DTypeLike> = D extends DTypeName ? DTypeNames[D] : D extends ScalarType ? D : never;

/** A short description of a value given as a dtype, for errors (never throws). */
function describeDtype(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (ArrayBuffer.isView(value))
    return `a ${value.constructor.name} (the dtype comes first: Tensor.from(dtype, sizes, values))`;
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * The {@link ScalarType} of a dtype given as a scalar type or a name (`'float32'`). Throws an
 * `InvalidArgument` {@link KindlingError} for anything else.
 */
export function toScalarType<D extends DTypeLike>(dtype: D): ScalarTypeOf<D> {
  const type = typeof dtype === 'string' ? DTYPES.indexOf(dtype) : dtype;
  if (typeof type !== 'number' || !isScalarType(type))
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `unknown dtype ${describeDtype(dtype)}: expected a ScalarType or a name such as 'float32'`,
    );
  return type as ScalarTypeOf<D>;
}

// Built by a pure-annotated call so that a bundler can drop it when unused.
const BY_DTYPE = /* @__PURE__ */ (() => new Map<string, ScalarType>(DTYPES.map((d, i) => [d, i as ScalarType])))();

/** Parse a PyTorch-style dtype name (`float32`) or an ExecuTorch enum name (`Float`). */
export function parseScalarType(name: string): ScalarType | undefined {
  const byDtype = BY_DTYPE.get(name);
  if (byDtype !== undefined) return byDtype;
  const byEnum = (ScalarType as unknown as Record<string, number | undefined>)[name];
  return typeof byEnum === 'number' ? (byEnum as ScalarType) : undefined;
}

/** Typed array class used to view a tensor's bytes, per scalar type. */
export type TypedArray =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

/** Maps each scalar type to the typed array that views its elements. */
export interface TypedArrayFor {
  [ScalarType.Byte]: Uint8Array;
  [ScalarType.Char]: Int8Array;
  [ScalarType.Short]: Int16Array;
  [ScalarType.Int]: Int32Array;
  [ScalarType.Long]: BigInt64Array;
  [ScalarType.Half]: Uint16Array;
  [ScalarType.Float]: Float32Array;
  [ScalarType.Double]: Float64Array;
  [ScalarType.Bool]: Uint8Array;
  [ScalarType.BFloat16]: Uint16Array;
  [ScalarType.UInt16]: Uint16Array;
  [ScalarType.UInt32]: Uint32Array;
  [ScalarType.UInt64]: BigUint64Array;
}

type TypedArrayCtor = {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): TypedArray;
  new (length: number): TypedArray;
  readonly BYTES_PER_ELEMENT: number;
};

// The typed array that views each scalar type (by value, 0..29): half, bfloat16 and the other 16-bit
// types as raw `Uint16Array` bits, complex types as pairs of their part's floats, quantized and
// sub-byte types as raw bytes of their storage width.
const VIEWS = [
  Uint8Array, // Byte
  Int8Array, // Char
  Int16Array, // Short
  Int32Array, // Int
  BigInt64Array, // Long
  Uint16Array, // Half
  Float32Array, // Float
  Float64Array, // Double
  Uint16Array, // ComplexHalf
  Float32Array, // ComplexFloat
  Float64Array, // ComplexDouble
  Uint8Array, // Bool
  Int8Array, // QInt8
  Uint8Array, // QUInt8
  Int32Array, // QInt32
  Uint16Array, // BFloat16
  Uint8Array, // QUInt4x2
  Uint8Array, // QUInt2x4
  Uint8Array, // Bits1x8
  Uint8Array, // Bits2x4
  Uint8Array, // Bits4x2
  Uint8Array, // Bits8
  Uint16Array, // Bits16
  Uint8Array, // Float8_e5m2
  Uint8Array, // Float8_e4m3fn
  Uint8Array, // Float8_e5m2fnuz
  Uint8Array, // Float8_e4m3fnuz
  Uint16Array, // UInt16
  Uint32Array, // UInt32
  BigUint64Array, // UInt64
] as unknown as readonly TypedArrayCtor[];

/**
 * The typed array constructor used to view elements of `type`. Half and bfloat16 are viewed as raw
 * `Uint16Array` bits; quantized and sub-byte types as raw bytes of their storage width (an unknown
 * value as bytes too).
 */
export function typedArrayConstructor(type: ScalarType): TypedArrayCtor {
  return VIEWS[type] ?? (Uint8Array as unknown as TypedArrayCtor);
}

/** True for floating-point scalar types (half, bfloat16, float, double and the float8 family). */
export function isFloatingType(type: ScalarType): boolean {
  return (
    type === ScalarType.Float ||
    type === ScalarType.Double ||
    type === ScalarType.Half ||
    type === ScalarType.BFloat16 ||
    (type >= ScalarType.Float8_e5m2 && type <= ScalarType.Float8_e4m3fnuz)
  );
}

/** True for integral (non-bool, non-quantized) scalar types. */
export function isIntegralType(type: ScalarType): boolean {
  return (
    type === ScalarType.Byte ||
    type === ScalarType.Char ||
    type === ScalarType.Short ||
    type === ScalarType.Int ||
    type === ScalarType.Long ||
    type === ScalarType.UInt16 ||
    type === ScalarType.UInt32 ||
    type === ScalarType.UInt64
  );
}
