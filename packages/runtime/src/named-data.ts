import { ErrorCode, KindlingError, type NamedDataMap, type TensorLayout } from '@kindling/core';

/** A named data map with no keys. */
export const EMPTY_NAMED_DATA: NamedDataMap = /* @__PURE__ */ Object.freeze({
  keys: () => [],
  has: () => false,
  get: (key: string): Uint8Array => {
    throw new KindlingError(ErrorCode.NotFound, `no named data "${key}"`);
  },
  layout: () => undefined,
});

/**
 * Merges named data maps into one, as ExecuTorch's `MergedDataMap` does: every key must be unique
 * across the maps (a duplicate is refused with `InvalidArgument`, naming the key).
 */
export function mergeNamedData(maps: readonly NamedDataMap[], names?: readonly string[]): NamedDataMap {
  const owner = new Map<string, number>();
  maps.forEach((map, i) => {
    for (const key of map.keys()) {
      const previous = owner.get(key);
      if (previous !== undefined) {
        const a = names?.[previous] ?? `data map ${previous}`;
        const b = names?.[i] ?? `data map ${i}`;
        throw new KindlingError(ErrorCode.InvalidArgument, `named data key "${key}" appears in both ${a} and ${b}`, {
          context: { key },
        });
      }
      owner.set(key, i);
    }
  });
  const find = (key: string): NamedDataMap | undefined => {
    const i = owner.get(key);
    return i === undefined ? undefined : maps[i];
  };
  return {
    keys: () => [...owner.keys()],
    has: (key) => owner.has(key),
    get: (key) => {
      const map = find(key);
      if (!map) throw new KindlingError(ErrorCode.NotFound, `no named data "${key}"`, { context: { key } });
      return map.get(key);
    },
    layout: (key): TensorLayout | undefined => find(key)?.layout(key),
  };
}
