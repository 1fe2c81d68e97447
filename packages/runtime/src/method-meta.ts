import { type DTypeName, dtypeName, elementSize, numelOf, type ScalarType, Tag } from '@kindling/core';
import { type EValueData, type ExecutionPlanData, type TensorData, TensorShapeDynamism } from '@kindling/ir';

/** How a tensor's shape may change: fixed, bounded by its serialized sizes, or unbounded. */
export type Dynamism = 'static' | 'bound' | 'unbound';

/** Describes one input or output of a method that is a tensor. */
export interface TensorValueMeta {
  readonly tag: Tag.Tensor;
  readonly dtype: ScalarType;
  /** The dtype's PyTorch-style name (`'float32'`, `'int64'`), as tensors print it. */
  readonly dtypeName: DTypeName;
  /** Serialized sizes (the upper bound for `bound` tensors). */
  readonly sizes: readonly number[];
  readonly dimOrder: readonly number[];
  readonly dynamism: Dynamism;
  /** True when the runtime owns the tensor's memory (planned, or initial state in the program). */
  readonly isMemoryPlanned: boolean;
  /** Bytes of the serialized sizes. */
  readonly nbytes: number;
}

/** Describes one input or output of a method that is not a tensor (Int, Double, Bool, String, None, lists). */
export interface ScalarValueMeta {
  readonly tag: Exclude<Tag, Tag.Tensor>;
}

/** Describes one input or output of a method. */
export type ValueMeta = TensorValueMeta | ScalarValueMeta;

/** What a method takes and returns and what it needs, read from the program without loading it. */
export interface MethodMeta {
  readonly name: string;
  readonly inputs: readonly ValueMeta[];
  readonly outputs: readonly ValueMeta[];
  /** Instructions in all chains. */
  readonly numInstructions: number;
  /** Backend ids of the method's delegates, in delegate order (repeats removed). */
  readonly backends: readonly string[];
  /** Size of each planned buffer (memory ids 1, 2, ...), in bytes. */
  readonly plannedBufferSizes: readonly number[];
}

/** The runtime tag of each serialized value type. */
export const TAG_OF: Readonly<Record<EValueData['type'], Tag>> = {
  Null: Tag.None,
  Int: Tag.Int,
  Bool: Tag.Bool,
  Double: Tag.Double,
  String: Tag.String,
  Tensor: Tag.Tensor,
  IntList: Tag.ListInt,
  DoubleList: Tag.ListDouble,
  BoolList: Tag.ListBool,
  TensorList: Tag.ListTensor,
  OptionalTensorList: Tag.ListOptionalTensor,
};

/** The dynamism of a serialized tensor. */
function dynamismOf(t: TensorData): Dynamism {
  if (t.shapeDynamism === TensorShapeDynamism.DYNAMIC_BOUND) return 'bound';
  if (t.shapeDynamism === TensorShapeDynamism.DYNAMIC_UNBOUND) return 'unbound';
  return 'static';
}

/** Metadata of a serialized tensor. */
function tensorMeta(t: TensorData): TensorValueMeta {
  return Object.freeze({
    tag: Tag.Tensor,
    dtype: t.scalarType as ScalarType,
    dtypeName: dtypeName(t.scalarType) as DTypeName,
    sizes: Object.freeze([...t.sizes]),
    dimOrder: Object.freeze([...t.dimOrder]),
    dynamism: dynamismOf(t),
    isMemoryPlanned: t.allocationInfo !== null || t.dataBufferIdx !== 0,
    nbytes: numelOf(t.sizes) * elementSize(t.scalarType as ScalarType),
  });
}

function valueMeta(plan: ExecutionPlanData, index: number): ValueMeta {
  const v = plan.values[index] as EValueData;
  if (v.type === 'Tensor') return tensorMeta(v.tensor);
  return Object.freeze({ tag: TAG_OF[v.type] as Exclude<Tag, Tag.Tensor> });
}

/** Computes a method's metadata from its (validated) execution plan. */
export function methodMetaOf(plan: ExecutionPlanData): MethodMeta {
  return Object.freeze({
    name: plan.name,
    inputs: Object.freeze(plan.inputs.map((i) => valueMeta(plan, i))),
    outputs: Object.freeze(plan.outputs.map((i) => valueMeta(plan, i))),
    numInstructions: plan.chains.reduce((n, c) => n + c.instructions.length, 0),
    backends: Object.freeze([...new Set(plan.delegates.map((d) => d.id))]),
    plannedBufferSizes: Object.freeze(plan.nonConstBufferSizes.slice(1).map((s) => Number(s))),
  });
}
