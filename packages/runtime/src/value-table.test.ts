import { ErrorCode, KindlingError, ScalarType, Tag, Tensor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { ValueTable } from './value-table.js';

describe('ValueTable lists', () => {
  it('argument() refills one array per list with the current items; get() returns fresh copies', () => {
    const t = new ValueTable(6);
    t.set(0, { tag: Tag.Int, value: 3 });
    t.set(1, { tag: Tag.Int, value: 4 });
    t.setList(2, Tag.ListInt, [0, 1, 0]);
    const first = t.argument(2);
    expect(first).toEqual({ tag: Tag.ListInt, value: [3, 4, 3] });
    const copy = t.get(2);
    t.set(1, { tag: Tag.Int, value: 9 });
    const second = t.argument(2);
    expect(second).toBe(first);
    expect(second).toEqual({ tag: Tag.ListInt, value: [3, 9, 3] });
    expect(copy).toEqual({ tag: Tag.ListInt, value: [3, 4, 3] });
    expect(t.get(2)).not.toBe(t.get(2));

    const a = Tensor.zeros(ScalarType.Float, [2]);
    t.set(3, { tag: Tag.Tensor, value: a });
    t.setList(4, Tag.ListOptionalTensor, [3, -1]);
    expect(t.argument(4)).toEqual({ tag: Tag.ListOptionalTensor, value: [a, null] });
    // Replacing a list entry with a plain value drops its reused array.
    t.set(4, { tag: Tag.Int, value: 1 });
    expect(t.argument(4)).toEqual({ tag: Tag.Int, value: 1 });
  });

  it('a list item of the wrong kind is an InvalidProgram error, from get() and argument()', () => {
    const t = new ValueTable(3);
    t.set(0, { tag: Tag.Int, value: 1 });
    t.setList(1, Tag.ListTensor, [0]);
    t.setList(2, Tag.ListInt, [0, 7]);
    for (const read of [(i: number) => t.get(i), (i: number) => t.argument(i)]) {
      for (const [index, message] of [
        [1, 'list value 1 refers to value 0 (Int), expected a Tensor'],
        [2, 'list value 2 refers to value 7 (out of range), expected an Int'],
      ] as const) {
        let err: unknown;
        try {
          read(index);
        } catch (e) {
          err = e;
        }
        expect(KindlingError.isInstance(err)).toBe(true);
        expect((err as KindlingError).code).toBe(ErrorCode.InvalidProgram);
        expect((err as KindlingError).message).toContain(message);
      }
    }
  });
});
