import { contiguousDimOrder, isValidDimOrder, MAX_RANK, numelOf, stridesFromDimOrder } from './dim-order.js';
import { ErrorCode, KindlingError } from './error.js';
import {
  type DTypeLike,
  type DTypeName,
  dtypeName,
  elementSize,
  type ScalarType,
  type ScalarTypeOf,
  type TypedArray,
  type TypedArrayFor,
  toScalarType,
  typedArrayConstructor,
} from './scalar-type.js';

/** The typed array that views elements of dtype `T`. */
export type DataOf<T extends ScalarType> = T extends keyof TypedArrayFor ? TypedArrayFor[T] : TypedArray;

/** Options for constructing a {@link Tensor}. */
export interface TensorInit<T extends ScalarType = ScalarType> {
  /** Element type: a {@link ScalarType} or its name (`'float32'`). */
  dtype: T | DTypeName;
  sizes: readonly number[];
  /** Defaults to contiguous `[0..rank-1]`. */
  dimOrder?: readonly number[];
  /**
   * Storage. Viewed, not copied, when suitably aligned for the element type; copied otherwise.
   * Must hold at least `numel * elementSize` bytes. Defaults to zero-filled storage.
   */
  bytes?: Uint8Array;
  /** Capacity in elements when `bytes` is not given (for tensors that may grow, e.g. dynamic shapes). */
  capacity?: number;
}

function sameSizes(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function validateSizes(sizes: readonly number[]): void {
  if (sizes.length > MAX_RANK) {
    throw new KindlingError(ErrorCode.InvalidArgument, `rank ${sizes.length} exceeds the limit of ${MAX_RANK}`);
  }
  for (const s of sizes) {
    if (!Number.isSafeInteger(s) || s < 0) {
      throw new KindlingError(ErrorCode.InvalidArgument, `invalid tensor size ${s} in [${sizes.join(', ')}]`);
    }
  }
}

/**
 * A tensor: an element type, sizes, a dim order and a typed view over bytes. Constructing a tensor
 * over existing bytes does not copy them (unless they are misaligned for the element type).
 */
export class Tensor<T extends ScalarType = ScalarType> {
  /** Element type. */
  readonly dtype: T;
  /** Dim order (outermost to innermost physical dimension). */
  readonly dimOrder: readonly number[];
  /** Storage: all bytes this tensor may use (its capacity), starting at element 0. */
  readonly bytes: Uint8Array;
  #sizes: readonly number[];
  #strides: readonly number[];
  /** numelOf(#sizes), kept with it. */
  #numel: number;
  #data: DataOf<T> | undefined;
  /** Set when the shape is static: what the tensor is, for the error {@link resize} throws. */
  #staticShape: string | undefined;

  constructor(init: TensorInit<T>) {
    const { sizes } = init;
    const dtype = toScalarType(init.dtype) as T;
    validateSizes(sizes);
    const dimOrder = init.dimOrder ?? contiguousDimOrder(sizes.length);
    if (!isValidDimOrder(dimOrder, sizes.length)) {
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `dim order [${dimOrder.join(', ')}] does not fit sizes [${sizes.join(', ')}]`,
      );
    }
    const esize = elementSize(dtype);
    const numel = numelOf(sizes);
    const needed = numel * esize;
    let bytes = init.bytes;
    if (bytes === undefined) {
      const capacity = Math.max(numel, init.capacity ?? 0);
      bytes = new Uint8Array(capacity * esize);
    } else {
      if (bytes.byteLength < needed) {
        throw new KindlingError(
          ErrorCode.InvalidArgument,
          `tensor ${dtypeName(dtype)}[${sizes.join(', ')}] needs ${needed} bytes, storage has ${bytes.byteLength}`,
        );
      }
      if (bytes.byteOffset % typedArrayConstructor(dtype).BYTES_PER_ELEMENT !== 0) bytes = bytes.slice();
    }
    this.dtype = dtype;
    this.dimOrder = Object.freeze([...dimOrder]);
    this.bytes = bytes;
    this.#sizes = Object.freeze([...sizes]);
    this.#numel = numel;
    this.#strides = Object.freeze(stridesFromDimOrder(sizes, dimOrder));
  }

  /** The PyTorch-style name of {@link dtype} (`'float32'`, `'int64'`, ...). */
  get dtypeName(): DTypeName {
    return dtypeName(this.dtype) as DTypeName;
  }

  /** `Tensor(float32, [1, 10])`: the dtype's name and the sizes. */
  toString(): string {
    return `Tensor(${this.dtypeName}, [${this.#sizes.join(', ')}])`;
  }

  /** How Node's `util.inspect` (and `console.log`) shows a tensor: dtype name, sizes and elements. */
  [Symbol.for('nodejs.util.inspect.custom')](
    _depth: number,
    options: object,
    inspect: (value: unknown, options: object) => string,
  ): string {
    return `Tensor ${inspect({ dtype: this.dtypeName, sizes: this.#sizes, data: this.data }, options)}`;
  }

  /** Sizes of each dimension. */
  get sizes(): readonly number[] {
    return this.#sizes;
  }

  /** Element strides, derived from sizes and dim order. */
  get strides(): readonly number[] {
    return this.#strides;
  }

  /** Number of dimensions. */
  get rank(): number {
    return this.#sizes.length;
  }

  /** Number of elements. */
  get numel(): number {
    return this.#numel;
  }

  /** Bytes used by the current sizes. */
  get nbytes(): number {
    return this.numel * elementSize(this.dtype);
  }

  /** Elements this tensor's storage can hold. */
  get capacity(): number {
    return Math.floor(this.bytes.byteLength / elementSize(this.dtype));
  }

  /**
   * A typed view of the elements in storage (physical) order. Half and bfloat16 are raw `Uint16Array`
   * bits; bool is a `Uint8Array` of 0/1.
   */
  get data(): DataOf<T> {
    const numel = this.numel;
    if (this.#data === undefined || this.#data.length !== numel) {
      const Ctor = typedArrayConstructor(this.dtype);
      const perElement = elementSize(this.dtype) / Ctor.BYTES_PER_ELEMENT;
      this.#data = new Ctor(this.bytes.buffer, this.bytes.byteOffset, numel * perElement) as DataOf<T>;
    }
    return this.#data;
  }

  /**
   * Marks the shape as static (a program's `STATIC` tensor): {@link resize} to any other shape then
   * throws `InvalidArgument` naming `what` (e.g. `value 3 of method "forward"`). Returns the tensor.
   */
  fixShape(what: string): this {
    this.#staticShape = what;
    return this;
  }

  /** Whether {@link fixShape} made the shape static. */
  get shapeIsStatic(): boolean {
    return this.#staticShape !== undefined;
  }

  /**
   * Change the sizes in place, keeping rank and dim order. The new element count must fit the
   * storage (as ExecuTorch checks for dynamically shaped tensors), and a static tensor (see
   * {@link fixShape}) keeps its shape.
   */
  resize(sizes: readonly number[]): void {
    if (this.#staticShape !== undefined && !sameSizes(sizes, this.#sizes)) {
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `cannot resize ${this.#staticShape} from [${this.#sizes.join(', ')}] to [${sizes.join(', ')}]: the program declares its shape static`,
      );
    }
    if (sizes.length !== this.#sizes.length) {
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `cannot resize a rank-${this.#sizes.length} tensor to rank ${sizes.length} ([${sizes.join(', ')}])`,
      );
    }
    validateSizes(sizes);
    if (numelOf(sizes) > this.capacity) {
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `cannot resize to [${sizes.join(', ')}]: ${numelOf(sizes)} elements exceed the capacity of ${this.capacity}`,
      );
    }
    this.#sizes = Object.freeze([...sizes]);
    this.#numel = numelOf(sizes);
    this.#strides = Object.freeze(stridesFromDimOrder(sizes, this.dimOrder));
  }

  /** A deep copy with its own storage (exactly `nbytes`). */
  clone(): Tensor<T> {
    return new Tensor({
      dtype: this.dtype,
      sizes: this.#sizes,
      dimOrder: this.dimOrder,
      bytes: this.bytes.slice(0, this.nbytes),
    });
  }

  /** Elements as plain numbers in storage order (int64 converted with `Number`, bool as 0/1). */
  toArray(): number[] {
    const out = new Array<number>(this.numel);
    const d = this.data as ArrayLike<number | bigint>;
    for (let i = 0; i < out.length; i++) out[i] = Number(d[i]);
    return out;
  }

  /**
   * A tensor over a typed array or plain numbers. Typed arrays are viewed, not copied. The dtype
   * is a {@link ScalarType} or its name: `Tensor.from('float32', [2, 2], [1, 2, 3, 4])`.
   */
  static from<D extends DTypeLike>(
    dtypeLike: D,
    sizes: readonly number[],
    values: TypedArray | ArrayLike<number> | ArrayLike<bigint>,
    dimOrder?: readonly number[],
  ): Tensor<ScalarTypeOf<D>> {
    const dtype = toScalarType(dtypeLike);
    validateSizes(sizes);
    const numel = numelOf(sizes);
    if (values.length !== numel) {
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `${values.length} values given for a tensor of sizes [${sizes.join(', ')}] (${numel} elements)`,
      );
    }
    const Ctor = typedArrayConstructor(dtype);
    if (ArrayBuffer.isView(values) && values instanceof Ctor) {
      const view = values as unknown as TypedArray;
      return new Tensor({
        dtype,
        sizes,
        ...(dimOrder ? { dimOrder } : {}),
        bytes: new Uint8Array(view.buffer, view.byteOffset, view.byteLength),
      });
    }
    const t = new Tensor({ dtype, sizes, ...(dimOrder ? { dimOrder } : {}) });
    const data = t.data as unknown as { [i: number]: number | bigint };
    const big = Ctor === (BigInt64Array as unknown) || Ctor === (BigUint64Array as unknown);
    for (let i = 0; i < numel; i++) {
      const v = (values as ArrayLike<number | bigint>)[i] as number | bigint;
      data[i] = big ? BigInt(v) : Number(v);
    }
    return t;
  }

  /** A zero-filled tensor of a dtype given as a {@link ScalarType} or its name (`'float32'`). */
  static zeros<D extends DTypeLike>(
    dtype: D,
    sizes: readonly number[],
    dimOrder?: readonly number[],
  ): Tensor<ScalarTypeOf<D>> {
    return new Tensor({ dtype: toScalarType(dtype), sizes, ...(dimOrder ? { dimOrder } : {}) });
  }
}
