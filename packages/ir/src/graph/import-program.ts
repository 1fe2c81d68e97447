import { ErrorCode, elementSize, KindlingError, type ScalarType } from '@kindling/core';
import type { BackendDelegateData, EValueData, ExecutionPlanData, ProgramData, TensorData } from '../program-data.js';
import { TensorDataLocation } from '../program-data.js';
import {
  type Argument,
  CALL_DELEGATE,
  Graph,
  type Node,
  type TensorType,
  type Value,
  type ValueType,
} from './graph.js';
import { defaultSchemas, fallbackOpName, type OpSchema, type SchemaRegistry } from './schema.js';

/** What importing needs from a program file; `PteFile` provides all of it. */
export interface ProgramSource {
  readonly program: ProgramData;
  /** Bytes of a constant tensor. */
  constantBytes(tensor: TensorData): Uint8Array;
  /** Initial bytes of a mutable planned tensor. */
  mutableInitialBytes(tensor: TensorData): Uint8Array;
  /** A delegate's processed payload. */
  delegatePayload(delegate: BackendDelegateData): Uint8Array;
}

/** Options for {@link importMethod}. */
export interface ImportOptions {
  /** Schema table to use (default: the built-in table). */
  schemas?: SchemaRegistry;
}

const unsupported = (plan: ExecutionPlanData, message: string, instruction?: number): never => {
  throw new KindlingError(ErrorCode.NotSupported, `method ${plan.name}: ${message}`, {
    context: { method: plan.name, ...(instruction !== undefined ? { instruction } : {}) },
  });
};

/** How a kernel call's arguments split into node inputs and outputs. */
interface CallLayout {
  schema: OpSchema | undefined;
  /** Kernel-argument positions of inputs, in order. */
  inputs: number[];
  /** EValue indices of outputs, in order. */
  outputs: number[];
  /** EValue indices written in place. */
  mutates: number[];
  /** For ops without a schema: where outputs sit, and what the return slot is. */
  outPositions?: number[];
  returnKind?: 'out' | 'list';
}

function layoutOf(
  plan: ExecutionPlanData,
  name: string,
  overload: string,
  args: number[],
  schemas: SchemaRegistry,
  at: number,
): CallLayout {
  const schema = schemas.forOperator(name, overload);
  const values = plan.values;
  const ret = args[args.length - 1];
  if (ret === undefined) return unsupported(plan, `${name}.${overload} has no arguments`, at);
  if (schema && schema.arguments.length + 1 === args.length) {
    const kind = schema.entry.kind;
    const inputs: number[] = [];
    const outputs: number[] = [];
    schema.arguments.forEach((a, i) => {
      const index = args[i] as number;
      if (!a.out) {
        inputs.push(i);
        return;
      }
      const ev = values[index];
      if (a.list && ev?.type === 'TensorList') outputs.push(...ev.items);
      else outputs.push(index);
    });
    if (kind === 'functional' || kind === 'alias') outputs.push(ret);
    return { schema, inputs, outputs, mutates: kind === 'inplace' ? [args[0] as number] : [] };
  }
  // No schema (or an unexpected arity): infer the outs from the return slot.
  const body = args.slice(0, -1);
  const retValue = values[ret];
  let outPositions: number[] = [];
  let returnKind: 'out' | 'list' | undefined;
  if (retValue?.type === 'TensorList' && retValue.items.length > 0 && retValue.items.every((i) => body.includes(i))) {
    outPositions = retValue.items.map((i) => body.lastIndexOf(i));
    returnKind = 'list';
  } else if (body.includes(ret)) {
    outPositions = [body.lastIndexOf(ret)];
    returnKind = 'out';
  }
  const inputs = body.map((_, i) => i).filter((i) => !outPositions.includes(i));
  const outputs = returnKind ? outPositions.map((p) => body[p] as number) : [ret];
  return {
    schema: undefined,
    inputs,
    outputs,
    mutates: [],
    outPositions,
    ...(returnKind ? { returnKind } : {}),
  };
}

function tensorTypeOf(t: TensorData): TensorType {
  return {
    kind: 'tensor',
    dtype: t.scalarType as ScalarType,
    shape: [...t.sizes],
    dimOrder: [...t.dimOrder],
    dynamism: t.shapeDynamism,
  };
}

function scalarTypeOf(ev: EValueData): ValueType {
  switch (ev.type) {
    case 'Int':
      return { kind: 'int' };
    case 'Double':
      return { kind: 'float' };
    case 'Bool':
      return { kind: 'bool' };
    case 'String':
      return { kind: 'string' };
    case 'Null':
      return { kind: 'none' };
    case 'Tensor':
      return tensorTypeOf(ev.tensor);
    default:
      return { kind: 'none' };
  }
}

function literalOf(ev: EValueData): bigint | number | boolean | string | null {
  switch (ev.type) {
    case 'Int':
    case 'Double':
    case 'Bool':
    case 'String':
      return ev.value;
    default:
      return null;
  }
}

/**
 * Imports method `methodName` of a program into a {@link Graph}. Values keep their index in the
 * program's value table as their id, so `%3` in the graph is `%3` in `kindling inspect`. Operators
 * become functional op names through the schema table (`aten::add.out` becomes `aten.add.Tensor`);
 * operators without a schema keep their name (`etnp::lstm.out` becomes `etnp.lstm.out`) and the
 * positions of their outputs. Delegate calls become `executorch.call_delegate` nodes.
 *
 * Throws `NotSupported` for control flow (jumps, moves, frees) and for several chains.
 */
export function importMethod(source: ProgramSource, methodName: string, options: ImportOptions = {}): Graph {
  const schemas = options.schemas ?? defaultSchemas;
  const plan = source.program.executionPlan.find((p) => p.name === methodName);
  if (!plan) {
    throw new KindlingError(ErrorCode.NotFound, `no method "${methodName}" in this program`, {
      context: { method: methodName },
    });
  }
  if (plan.chains.length > 1) unsupported(plan, `${plan.chains.length} chains (only one is supported)`);
  const instructions = plan.chains[0]?.instructions ?? [];
  const values = plan.values;

  // Pass 1: what each instruction reads and writes.
  const layouts: (CallLayout | { delegate: true; inputs: number[]; outputs: number[] })[] = [];
  const produced = new Set<number>();
  const isExternal = (t: TensorData) => t.extraTensorInfo?.location === TensorDataLocation.EXTERNAL;
  const available = (index: number) => {
    const ev = values[index];
    if (!ev) return true;
    if (ev.type !== 'Tensor') return true;
    const t = ev.tensor;
    return (
      plan.inputs.includes(index) || produced.has(index) || isExternal(t) || (t.dataBufferIdx > 0 && !t.allocationInfo)
    );
  };
  for (const [at, ins] of instructions.entries()) {
    if (ins.type === 'KernelCall') {
      const op = plan.operators[ins.opIndex];
      if (!op) return unsupported(plan, `operator ${ins.opIndex} does not exist`, at);
      const layout = layoutOf(plan, op.name, op.overload, ins.args, schemas, at);
      for (const o of layout.outputs) produced.add(o);
      layouts.push(layout);
    } else if (ins.type === 'DelegateCall') {
      const inputs: number[] = [];
      const outputs: number[] = [];
      for (const a of ins.args) {
        if (values[a]?.type === 'Tensor' && !available(a)) outputs.push(a);
        else inputs.push(a);
      }
      for (const o of outputs) produced.add(o);
      layouts.push({ delegate: true, inputs, outputs });
    } else {
      unsupported(plan, `${ins.type} instructions (control flow) are not supported`, at);
    }
  }

  // Planned tensors that no instruction writes but that sit where a same-sized tensor was written
  // before their first read are views ExecuTorch folded into memory planning: aliases.
  const firstUse = new Map<number, number>();
  const producedAt = new Map<number, number>();
  layouts.forEach((l, at) => {
    const reads =
      'delegate' in l ? l.inputs : l.inputs.map((p) => (instructions[at] as { args: number[] }).args[p] as number);
    const expand = (i: number): number[] => {
      const ev = values[i];
      if (ev?.type === 'TensorList' || ev?.type === 'OptionalTensorList') return ev.items.filter((x) => x >= 0);
      return [i];
    };
    for (const r of reads.flatMap(expand)) if (!firstUse.has(r)) firstUse.set(r, at);
    for (const o of l.outputs) if (!producedAt.has(o)) producedAt.set(o, at);
  });
  const placeOf = (t: TensorData) =>
    t.allocationInfo
      ? `${t.allocationInfo.memoryId}:${t.allocationInfo.memoryOffsetHigh}:${t.allocationInfo.memoryOffsetLow}`
      : '';
  const nbytes = (t: TensorData) => t.sizes.reduce((a, b) => a * b, 1) * elementSize(t.scalarType as ScalarType);
  const aliasOf = new Map<number, number>();
  values.forEach((ev, index) => {
    if (ev.type !== 'Tensor' || !ev.tensor.allocationInfo || produced.has(index) || plan.inputs.includes(index)) return;
    const use = firstUse.get(index);
    if (use === undefined) return;
    let best = -1;
    let bestAt = -2;
    values.forEach((other, j) => {
      if (j === index || other.type !== 'Tensor' || placeOf(other.tensor) !== placeOf(ev.tensor)) return;
      if (nbytes(other.tensor) !== nbytes(ev.tensor)) return;
      const at = plan.inputs.includes(j) ? -1 : producedAt.get(j);
      if (at === undefined || at >= use) return;
      if (at > bestAt) {
        best = j;
        bestAt = at;
      }
    });
    if (best >= 0) aliasOf.set(index, best);
  });

  // Values: every tensor, plus non-tensor inputs, produced scalars and outputs.
  const graph = new Graph(plan.name);
  if (plan.containerMetaType) graph.meta.containerMetaType = plan.containerMetaType;
  if (plan.nonConstBufferDevice.length > 0) graph.meta.nonConstBufferDevice = plan.nonConstBufferDevice;
  graph.meta.nonConstBufferSizes = plan.nonConstBufferSizes;
  const byIndex = new Map<number, Value>();
  const mutated = new Set(layouts.flatMap((l) => ('mutates' in l ? l.mutates : [])));
  values.forEach((ev, index) => {
    const isInput = plan.inputs.includes(index);
    const isOutput = plan.outputs.includes(index);
    if (ev.type !== 'Tensor' && !isInput && !produced.has(index) && !isOutput) return;
    if (
      ev.type !== 'Tensor' &&
      ev.type !== 'Int' &&
      ev.type !== 'Double' &&
      ev.type !== 'Bool' &&
      ev.type !== 'String' &&
      ev.type !== 'Null'
    ) {
      if (!isInput && !isOutput) return;
      unsupported(plan, `a ${ev.type} method input or output (%${index}) is not supported`);
    }
    const v = graph.createValue(scalarTypeOf(ev), { id: index });
    byIndex.set(index, v);
    if (ev.type !== 'Tensor') {
      if (isInput) {
        v._source = 'input';
        v.literal = literalOf(ev); // the value the program was exported with
      } else if (!produced.has(index)) {
        v._source = 'literal';
        v.literal = literalOf(ev);
      }
      return;
    }
    const t = ev.tensor;
    v.planned = t.allocationInfo !== null;
    v.extraTensorInfo = t.extraTensorInfo;
    if (isInput) v._source = 'input';
    else if (produced.has(index)) v._source = null;
    else if (aliasOf.has(index)) v._source = 'alias';
    else if (isExternal(t)) v._source = 'external';
    else if (t.dataBufferIdx > 0 && !t.allocationInfo) {
      v._source = 'constant';
      v.data = source.constantBytes(t);
    } else if (t.allocationInfo || mutated.has(index)) {
      v._source = 'buffer';
      if (t.dataBufferIdx > 0) v.data = source.mutableInitialBytes(t);
    } else v._source = 'placeholder';
  });
  graph.inputs = plan.inputs.map((i) => byIndex.get(i) as Value);
  for (const [view, base] of aliasOf) (byIndex.get(view) as Value).aliasOf = byIndex.get(base) as Value;

  const toArg = (index: number): Argument => {
    const v = byIndex.get(index);
    if (v) return { kind: 'value', value: v };
    const ev = values[index];
    if (!ev) return unsupported(plan, `value %${index} does not exist`);
    switch (ev.type) {
      case 'Null':
        return { kind: 'none' };
      case 'Int':
        return { kind: 'int', value: ev.value };
      case 'Double':
        return { kind: 'float', value: ev.value };
      case 'Bool':
        return { kind: 'bool', value: ev.value };
      case 'String':
        return { kind: 'string', value: ev.value };
      case 'IntList':
        return {
          kind: 'int-list',
          items: ev.items.map((i) => {
            const sym = byIndex.get(i);
            if (sym) return sym;
            const item = values[i];
            if (item?.type !== 'Int')
              return unsupported(plan, `int list %${index} refers to a ${item?.type ?? 'missing'} value`);
            return item.value;
          }),
        };
      case 'DoubleList':
        return { kind: 'float-list', items: [...ev.items] };
      case 'BoolList':
        return { kind: 'bool-list', items: [...ev.items] };
      case 'TensorList':
        return { kind: 'tensor-list', items: ev.items.map((i) => byIndex.get(i) as Value) };
      case 'OptionalTensorList':
        return { kind: 'optional-tensor-list', items: ev.items.map((i) => (i < 0 ? null : (byIndex.get(i) as Value))) };
      case 'Tensor':
        return { kind: 'value', value: byIndex.get(index) as Value };
    }
  };

  // Pass 2: nodes.
  for (const [at, ins] of instructions.entries()) {
    const layout = layouts[at];
    if (!layout) continue;
    let node: Node;
    if ('delegate' in layout) {
      if (ins.type !== 'DelegateCall') continue;
      const d = plan.delegates[ins.delegateIndex];
      if (!d) return unsupported(plan, `delegate ${ins.delegateIndex} does not exist`, at);
      node = graph.addNode(
        CALL_DELEGATE,
        layout.inputs.map(toArg),
        layout.outputs.map((o) => byIndex.get(o) as Value),
      );
      node.delegate = {
        id: d.id,
        processed: source.delegatePayload(d),
        compileSpecs: d.compileSpecs.map((c) => ({ key: c.key, value: c.value })),
        ...(d.processed?.location === 0 ? { inline: true } : {}),
      };
    } else {
      if (ins.type !== 'KernelCall') continue;
      const op = plan.operators[ins.opIndex] as { name: string; overload: string };
      const args = ins.args;
      node = graph.addNode(
        layout.schema?.op ?? fallbackOpName(op.name, op.overload),
        layout.inputs.map((p) => toArg(args[p] as number)),
        layout.outputs.map((o) => {
          const v = byIndex.get(o);
          if (!v) return unsupported(plan, `output %${o} of ${op.name}.${op.overload} is not a tensor or scalar`, at);
          return v;
        }),
      );
      node.mutates = layout.mutates.map((m) => byIndex.get(m) as Value);
      node.target = {
        name: op.name,
        overload: op.overload,
        ...(layout.outPositions ? { outPositions: layout.outPositions } : {}),
        ...(layout.returnKind ? { returnKind: layout.returnKind } : {}),
      };
    }
    node.meta.instruction = at;
  }

  graph.outputs = plan.outputs.map((i) => {
    const v = byIndex.get(i);
    if (!v) return unsupported(plan, `output %${i} is not a value`);
    return v;
  });
  return graph;
}

/** Imports every method of a program, in file order. */
export function importProgram(source: ProgramSource, options: ImportOptions = {}): Graph[] {
  return source.program.executionPlan.map((p) => importMethod(source, p.name, options));
}
