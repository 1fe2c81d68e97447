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

  constructor(size: number) {
    this.#values = new Array<EValue>(size).fill(NONE);
    this.#lists = new Array<ListRef | undefined>(size).fill(undefined);
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

  #materialise(index: number, list: ListRef): EValue {
    const bad = (item: number, want: string): never => {
      const got = item >= 0 && item < this.size ? tagName(this.get(item).tag) : 'out of range';
      throw new KindlingError(
        ErrorCode.InvalidProgram,
        `list value ${index} refers to value ${item} (${got}), expected ${want}`,
        {
          context: { value: index },
        },
      );
    };
    switch (list.tag) {
      case Tag.ListInt:
        return {
          tag: Tag.ListInt,
          value: list.items.map((i) => {
            const v = this.#values[i];
            return v !== undefined && v.tag === Tag.Int && !this.#lists[i] ? v.value : bad(i, 'an Int');
          }),
        };
      case Tag.ListTensor:
        return {
          tag: Tag.ListTensor,
          value: list.items.map((i) => {
            const v = this.#values[i];
            return v !== undefined && v.tag === Tag.Tensor && !this.#lists[i] ? v.value : bad(i, 'a Tensor');
          }),
        };
      case Tag.ListOptionalTensor:
        return {
          tag: Tag.ListOptionalTensor,
          value: list.items.map((i) => {
            if (i === -1) return null;
            const v = this.#values[i];
            return v !== undefined && v.tag === Tag.Tensor && !this.#lists[i] ? v.value : bad(i, 'a Tensor or -1');
          }),
        };
    }
  }
}
