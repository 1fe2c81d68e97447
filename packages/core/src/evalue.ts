import type { Tensor } from './tensor.js';

/**
 * The kind of a runtime value, numbered as ExecuTorch's runtime `Tag` enum (which differs from the
 * program file's `KernelTypes` union numbering).
 */
export enum Tag {
  None = 0,
  Tensor = 1,
  String = 2,
  Double = 3,
  Int = 4,
  Bool = 5,
  ListBool = 6,
  ListDouble = 7,
  ListInt = 8,
  ListTensor = 9,
  ListScalar = 10,
  ListOptionalTensor = 11,
}

/** A runtime value: what methods take and return and what kernels operate on. */
export type EValue =
  | { readonly tag: Tag.None }
  | { readonly tag: Tag.Tensor; readonly value: Tensor }
  | { readonly tag: Tag.String; readonly value: string }
  | { readonly tag: Tag.Double; readonly value: number }
  /** int64 in the program; JavaScript numbers are exact up to 2^53. */
  | { readonly tag: Tag.Int; readonly value: number }
  | { readonly tag: Tag.Bool; readonly value: boolean }
  | { readonly tag: Tag.ListBool; readonly value: readonly boolean[] }
  | { readonly tag: Tag.ListDouble; readonly value: readonly number[] }
  | { readonly tag: Tag.ListInt; readonly value: readonly number[] }
  | { readonly tag: Tag.ListTensor; readonly value: readonly Tensor[] }
  | { readonly tag: Tag.ListOptionalTensor; readonly value: readonly (Tensor | null)[] };

/** The value of an {@link EValue} of a given tag. */
export type EValueOf<T extends Tag> = Extract<EValue, { tag: T }>;

// The enum's reverse mapping, without the enum object in every app's bundle (a test checks both agree).
const TAG_NAMES: readonly string[] =
  /* @__PURE__ */ 'None Tensor String Double Int Bool ListBool ListDouble ListInt ListTensor ListScalar ListOptionalTensor'.split(
    ' ',
  );

/** The name of a tag (`Tensor`, `Int`, ...). */
export function tagName(tag: Tag): string {
  return TAG_NAMES[tag] ?? `Tag(${tag})`;
}

/** Constructors for {@link EValue}s. */
export const EValues = {
  none: (): EValue => ({ tag: Tag.None }),
  tensor: (value: Tensor): EValue => ({ tag: Tag.Tensor, value }),
  int: (value: number): EValue => ({ tag: Tag.Int, value }),
  double: (value: number): EValue => ({ tag: Tag.Double, value }),
  bool: (value: boolean): EValue => ({ tag: Tag.Bool, value }),
  string: (value: string): EValue => ({ tag: Tag.String, value }),
} as const;
