import {
  type DTypeLike,
  dtypeName,
  ErrorCode,
  type EValue,
  KindlingError,
  numelOf,
  type ScalarTypeOf,
  Tag,
  Tensor,
  type TypedArray,
  tagName,
  toScalarType,
  typedArrayConstructor,
} from '@kindling/core';
import type { ValueMeta } from './method-meta.js';

/**
 * A value given as a method input: a `Tensor`; a typed array or plain number array (the tensor's
 * shape is taken from the method's metadata); a number, bigint or boolean (a scalar input, or a
 * one-element tensor); a string; or `null` for None.
 */
export type MethodInput = Tensor | TypedArray | readonly number[] | number | bigint | boolean | string | null;

/** A value a method returned. Tensors are copies unless `zeroCopy` was asked for. */
export type MethodOutput =
  | Tensor
  | number
  | boolean
  | string
  | null
  | readonly number[]
  | readonly boolean[]
  | readonly Tensor[]
  | readonly (Tensor | null)[];

/**
 * What `Module.execute` and `Module.forward` return: the outputs in order (an ordinary array, to
 * index or destructure) and `tensor(index, dtype?)`, which returns output `index` typed as a
 * `Tensor` (checked at run time), so the common case needs no narrowing:
 *
 * ```ts
 * const logits = (await module.forward([x])).tensor(0).toArray();
 * const ids = outputs.tensor(1, 'int64').data; // a BigInt64Array
 * ```
 */
export type MethodOutputs = MethodOutput[] & {
  /**
   * Output `index` (default 0) as a tensor. Throws an `InvalidType` `KindlingError` naming the
   * method and the output when there is no such output or it is not a tensor, or, when `dtype` is
   * given (a `ScalarType` or a name such as `'float32'`), when the tensor has another dtype.
   */
  tensor(index?: number): Tensor;
  tensor<D extends DTypeLike>(index: number, dtype: D): Tensor<ScalarTypeOf<D>>;
};

/** `values` as {@link MethodOutputs} of method `method` (adds the non-enumerable `tensor` accessor). */
export function methodOutputs(values: MethodOutput[], method: string): MethodOutputs {
  function tensor(index = 0, dtype?: DTypeLike): Tensor {
    const value = values[index];
    const want = dtype === undefined ? undefined : toScalarType(dtype);
    if (value instanceof Tensor && (want === undefined || value.dtype === want)) return value;
    throw new KindlingError(
      ErrorCode.InvalidType,
      `output ${index} of method "${method}": expected a ${want === undefined ? '' : `${dtypeName(want)} `}tensor, got ${describeInput(value)}`,
      { context: { method, output: index } },
    );
  }
  return Object.defineProperty(values, 'tensor', { value: tensor }) as MethodOutputs;
}

function describeInput(value: unknown): string {
  if (value == null) return String(value);
  if (value instanceof Tensor) return `a ${dtypeName(value.dtype)} tensor of shape [${value.sizes.join(', ')}]`;
  if (ArrayBuffer.isView(value)) return `${value.constructor.name} of ${(value as TypedArray).length} elements`;
  if (Array.isArray(value)) return `an array of ${value.length} elements`;
  return typeof value;
}

function expectedInput(meta: ValueMeta): string {
  if (meta.tag !== Tag.Tensor) return `${tagName(meta.tag)}`;
  const m = meta;
  return `a ${dtypeName(m.dtype)} tensor of shape [${m.sizes.join(', ')}]${m.dynamism === 'bound' ? ' (or smaller, same rank)' : ''} (${typedArrayConstructor(m.dtype).name}, a Tensor, or an array of ${numelOf(m.sizes)} numbers)`;
}

/**
 * Converts a user-facing input to an {@link EValue} for input `index`, checked against its metadata.
 * Throws `InvalidArgument` naming the input index, what was expected and what was given.
 */
function toInputEValue(value: MethodInput, meta: ValueMeta, index: number, method: string): EValue {
  const bad = (why?: string): never => {
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `input ${index} of method "${method}": expected ${expectedInput(meta)}, got ${describeInput(value)}${why ? ` (${why})` : ''}`,
      { context: { method, input: index } },
    );
  };
  if (meta.tag === Tag.Tensor) {
    const m = meta;
    if (value instanceof Tensor) {
      if (value.dtype !== m.dtype) bad('wrong dtype');
      return { tag: Tag.Tensor, value };
    }
    const numel = numelOf(m.sizes);
    const Ctor = typedArrayConstructor(m.dtype);
    const big = Ctor === (BigInt64Array as unknown) || Ctor === (BigUint64Array as unknown);
    if (ArrayBuffer.isView(value)) {
      if (!(value instanceof Ctor)) bad(`a ${dtypeName(m.dtype)} input needs a ${Ctor.name}`);
      if ((value as TypedArray).length !== numel)
        bad(`element count ${(value as TypedArray).length} differs from ${numel}`);
      return { tag: Tag.Tensor, value: Tensor.from(m.dtype, m.sizes, value as TypedArray, m.dimOrder) };
    }
    if (Array.isArray(value)) {
      if (value.length !== numel) bad(`element count ${value.length} differs from ${numel}`);
      if (!value.every((x) => typeof x === 'number' || typeof x === 'boolean')) bad('every element must be a number');
      if (big && !value.every((x) => Number.isSafeInteger(Number(x)))) bad('an integer tensor needs integer values');
      return { tag: Tag.Tensor, value: Tensor.from(m.dtype, m.sizes, value.map(Number), m.dimOrder) };
    }
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
      if (numel !== 1) bad('a single value fits only a one-element tensor');
      const x = typeof value === 'boolean' ? Number(value) : value;
      if (big && typeof x === 'number' && !Number.isSafeInteger(x)) bad('an integer tensor needs an integer value');
      if (!big && typeof x === 'bigint')
        return { tag: Tag.Tensor, value: Tensor.from(m.dtype, m.sizes, [Number(x)], m.dimOrder) };
      return { tag: Tag.Tensor, value: Tensor.from(m.dtype, m.sizes, [x] as number[] | bigint[], m.dimOrder) };
    }
    return bad();
  }
  switch (meta.tag) {
    case Tag.Int:
      if (typeof value === 'number' && Number.isInteger(value)) return { tag: Tag.Int, value };
      if (typeof value === 'bigint') return { tag: Tag.Int, value: Number(value) };
      return bad();
    case Tag.Double:
      if (typeof value === 'number') return { tag: Tag.Double, value };
      return bad();
    case Tag.Bool:
      if (typeof value === 'boolean') return { tag: Tag.Bool, value };
      return bad();
    case Tag.String:
      if (typeof value === 'string') return { tag: Tag.String, value };
      return bad();
    case Tag.None:
      if (value === null || value === undefined) return { tag: Tag.None };
      return bad();
    default:
      return bad('inputs of this type cannot be given');
  }
}

/**
 * {@link toInputEValue}, but the result never shares memory with `value`: a tensor made over the
 * caller's typed array or given as a `Tensor` is copied, so later changes to it are not seen.
 */
export function captureInputEValue(value: MethodInput, meta: ValueMeta, index: number, method: string): EValue {
  const v = toInputEValue(value, meta, index, method);
  if (v.tag === Tag.Tensor && (value instanceof Tensor || ArrayBuffer.isView(value)))
    return { tag: Tag.Tensor, value: v.value.clone() };
  return v;
}

/** Converts an output {@link EValue} to a {@link MethodOutput}; tensors are cloned unless `zeroCopy`. */
export function fromOutputEValue(value: EValue, zeroCopy: boolean): MethodOutput {
  const own = (t: Tensor): Tensor => (zeroCopy ? t : t.clone());
  switch (value.tag) {
    case Tag.Tensor:
      return own(value.value);
    case Tag.None:
      return null;
    case Tag.Int:
    case Tag.Double:
    case Tag.Bool:
    case Tag.String:
      return value.value;
    case Tag.ListInt:
    case Tag.ListDouble:
      return [...value.value];
    case Tag.ListBool:
      return [...value.value];
    case Tag.ListTensor:
      return value.value.map(own);
    case Tag.ListOptionalTensor:
      return value.value.map((t) => (t ? own(t) : null));
    default:
      return null;
  }
}
