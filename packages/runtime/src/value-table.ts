import { ErrorCode, type EValue, KindlingError, Tag, type Tensor, tagName } from '@kindling/core';

/** A list value whose items are other values of the table (resolved each time it is read). */
interface ListRef {
  readonly tag: Tag.ListInt | Tag.ListTensor | Tag.ListOptionalTensor;
  /** Value indices; -1 is None in optional tensor lists. */
  readonly items: readonly number[];
}

const NONE: EValue = Object.freeze({ tag: Tag.None });

/**
 * A method's value table: one {@link EValue} per entry of the plan's `values`. Int, tensor and
 * optional-tensor lists are boxed as in ExecuTorch: they hold indices of other entries and are
 * materialised when read, so an Int computed at run time by a prim op (or a tensor replaced by a
 * `MoveCall` or a shared input) is seen by every list that refers to it.
 */
export class ValueTable {
  readonly #values: EValue[];
  readonly #lists: (ListRef | undefined)[];
  /** Per list entry, the EValue that {@link argument} refills. */
  readonly #argLists: (EValue | undefined)[];

  constructor(size: number) {
    this.#values = new Array<EValue>(size).fill(NONE);
    this.#lists = new Array<ListRef | undefined>(size).fill(undefined);
    this.#argLists = new Array<EValue | undefined>(size).fill(undefined);
  }

  /** Number of entries. */
  get size(): number {
    return this.#values.length;
  }

  /** The value at `index` (lists are materialised from their items). */
  get(index: number): EValue {
    const list = this.#lists[index];
    if (list) return this.#materialise(index, list);
    const v = this.#values[index];
    if (v === undefined) {
      throw new KindlingError(ErrorCode.InvalidProgram, `value index ${index} is out of range (${this.size} values)`, {
        context: { value: index },
      });
    }
    return v;
  }

  /** Stores a value at `index` (replacing a boxed list, if the entry held one). */
  set(index: number, value: EValue): void {
    if (index < 0 || index >= this.#values.length) {
      throw new KindlingError(ErrorCode.InvalidProgram, `value index ${index} is out of range (${this.size} values)`, {
        context: { value: index },
      });
    }
    this.#values[index] = value;
    this.#lists[index] = undefined;
    this.#argLists[index] = undefined;
  }

  /** Makes `index` a boxed list of the entries `items`. */
  setList(index: number, tag: ListRef['tag'], items: readonly number[]): void {
    this.set(index, NONE);
    this.#lists[index] = Object.freeze({ tag, items: Object.freeze([...items]) });
  }

  /** True when `index` holds a boxed list. */
  isList(index: number): boolean {
    return this.#lists[index] !== undefined;
  }

  /** The tensor at `index`; throws `InvalidProgram` when the entry holds something else. */
  tensor(index: number): Tensor {
    const v = this.get(index);
    if (v.tag !== Tag.Tensor) {
      throw new KindlingError(ErrorCode.InvalidProgram, `value ${index} is ${tagName(v.tag)}, expected a Tensor`, {
        context: { value: index },
      });
    }
    return v.value;
  }

  /**
   * The value at `index` for one instruction's arguments: like {@link get}, but a list is refilled
   * into an EValue and array kept for that entry instead of new ones, so the result is only valid
   * until the entry is read this way again (the executor reads arguments afresh for every call).
   */
  argument(index: number): EValue {
    const list = this.#lists[index];
    if (list === undefined) return this.get(index);
    let cached = this.#argLists[index];
    if (cached === undefined) {
      cached = { tag: list.tag, value: [] } as unknown as EValue;
      this.#argLists[index] = cached;
    }
    this.#fill(index, list, (cached as unknown as { value: unknown[] }).value);
    return cached;
  }

  #materialise(index: number, list: ListRef): EValue {
    const value: unknown[] = [];
    this.#fill(index, list, value);
    return { tag: list.tag, value } as EValue;
  }

  /** Resolves the items of `list` (entry `index`) into `into`, checking each one's tag. */
  #fill(index: number, list: ListRef, into: unknown[]): void {
    const items = list.items;
    const n = items.length;
    if (into.length !== n) into.length = n;
    for (let k = 0; k < n; k++) {
      const i = items[k] as number;
      if (i === -1 && list.tag === Tag.ListOptionalTensor) {
        into[k] = null;
        continue;
      }
      const v = this.#values[i];
      const want = list.tag === Tag.ListInt ? Tag.Int : Tag.Tensor;
      if (v === undefined || v.tag !== want || this.#lists[i] !== undefined) this.#bad(index, list, i);
      into[k] = (v as { value: unknown }).value;
    }
  }

  #bad(index: number, list: ListRef, item: number): never {
    const want = list.tag === Tag.ListInt ? 'an Int' : list.tag === Tag.ListTensor ? 'a Tensor' : 'a Tensor or -1';
    const got = item >= 0 && item < this.size ? tagName(this.get(item).tag) : 'out of range';
    throw new KindlingError(
      ErrorCode.InvalidProgram,
      `list value ${index} refers to value ${item} (${got}), expected ${want}`,
      {
        context: { value: index },
      },
    );
  }
}
