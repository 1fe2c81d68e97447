import { ErrorCode } from '@kindling/core';
import type { Block, Function as MilFunction, Operation } from '../generated/coreml-proto.js';
import type { MlPackage } from '../serialization/model-package.js';
import { type MilOp, OpArgs } from './op-args.js';
import { fail, type MilDType, type MilTensor, numel } from './tensor.js';
import { constantValue, tensorTypeOf } from './values.js';

/** One operation ready to run: its implementation, its bound argument names, its outputs. */
interface PlannedOp {
  readonly type: string;
  readonly run: MilOp;
  /** Argument name -> value names or constant tensors (immediates written in the op). */
  readonly args: ReadonlyMap<string, readonly (string | MilTensor)[]>;
  readonly outputs: readonly { name: string; dtype: MilDType; shape: number[] }[];
}

/** A MIL function prepared for the reference interpreter. */
export interface PreparedFunction {
  readonly name: string;
  readonly opset: string;
  readonly inputs: readonly { name: string; dtype: MilDType; shape: number[] }[];
  readonly outputs: readonly string[];
  /** Constants (every `const` op), computed once. */
  readonly constants: ReadonlyMap<string, MilTensor>;
  readonly ops: readonly PlannedOp[];
}

/**
 * Prepares `functionName` of the payload's ML Program: checks that every operation is one the
 * interpreter implements, that every argument refers to a value defined before it, and decodes the
 * constants (weights from the blob file included).
 */
export function prepareFunction(
  payload: MlPackage,
  functionName: string,
  ops: Readonly<Record<string, MilOp>>,
): PreparedFunction {
  const program = payload.model.mlProgram;
  if (!program) return fail('the model is not an ML Program (mlprogram)', {}, ErrorCode.NotSupported);
  const fn: MilFunction | undefined = program.functions.get(functionName);
  if (!fn) return fail(`the program has no function ${functionName}`);
  const block: Block | undefined = fn.blockSpecializations.get(fn.opset);
  if (!block) return fail(`function ${functionName} has no block for its opset ${fn.opset}`);
  const inputs = fn.inputs.map((i) => ({ name: i.name, ...tensorTypeOf(i.type, `input ${i.name}`) }));
  const defined = new Set(inputs.map((i) => i.name));
  const constants = new Map<string, MilTensor>();
  const planned: PlannedOp[] = [];
  for (const op of block.operations) {
    const outputs = op.outputs.map((o) => ({ name: o.name, ...tensorTypeOf(o.type, `${op.type} output ${o.name}`) }));
    if (outputs.length === 0) fail(`an operation ${op.type} has no outputs`);
    if (op.type === 'const') {
      const val = op.attributes.get('val');
      if (!val) fail(`const ${outputs[0]!.name} has no val`);
      const t = constantValue(val, `const ${outputs[0]!.name}`, payload.blob);
      const want = outputs[0]!;
      if (t.dtype !== want.dtype || t.shape.join() !== want.shape.join()) {
        fail(`const ${want.name}: value ${t.dtype}[${t.shape}] differs from its type ${want.dtype}[${want.shape}]`);
      }
      constants.set(want.name, t);
      defined.add(want.name);
      continue;
    }
    planned.push(planOp(op, outputs, ops, defined, payload));
    for (const o of outputs) defined.add(o.name);
  }
  for (const name of block.outputs) if (!defined.has(name)) fail(`block output ${name} is never defined`);
  return { name: functionName, opset: fn.opset, inputs, outputs: block.outputs, constants, ops: planned };
}

function planOp(
  op: Operation,
  outputs: { name: string; dtype: MilDType; shape: number[] }[],
  ops: Readonly<Record<string, MilOp>>,
  defined: ReadonlySet<string>,
  payload: MlPackage,
): PlannedOp {
  const run = Object.hasOwn(ops, op.type) ? ops[op.type] : undefined;
  if (!run) {
    return fail(
      `operation ${op.type} is not implemented by the reference interpreter`,
      { operator: op.type },
      ErrorCode.NotSupported,
    );
  }
  if (op.blocks.length > 0)
    fail(`operation ${op.type} with nested blocks is not supported`, {}, ErrorCode.NotSupported);
  const args = new Map<string, (string | MilTensor)[]>();
  for (const [name, arg] of op.inputs) {
    const bound = arg.arguments.map((b, i) => {
      if (b.value) return constantValue(b.value, `${op.type} argument ${name}[${i}]`, payload.blob);
      if (!defined.has(b.name))
        fail(`${op.type} (${outputs[0]!.name}): argument ${name} refers to ${b.name}, not defined before it`);
      return b.name;
    });
    args.set(name, bound);
  }
  return { type: op.type, run, args, outputs };
}

/**
 * Runs a prepared function on `inputs` (by name) and returns its outputs by name. Every output's
 * dtype and shape is checked against what the program declares.
 */
export function runFunction(fn: PreparedFunction, inputs: ReadonlyMap<string, MilTensor>): Map<string, MilTensor> {
  const env = new Map<string, MilTensor>(fn.constants);
  for (const i of fn.inputs) {
    const t = inputs.get(i.name);
    if (!t) fail(`input ${i.name} is missing`, {}, ErrorCode.InvalidArgument);
    if (t.dtype !== i.dtype || t.shape.join() !== i.shape.join()) {
      fail(
        `input ${i.name} is ${t.dtype}[${t.shape}], the program takes ${i.dtype}[${i.shape}]`,
        {},
        ErrorCode.InvalidArgument,
      );
    }
    env.set(i.name, t);
  }
  for (const op of fn.ops) {
    const bound = new Map<string, MilTensor[]>();
    for (const [name, refs] of op.args)
      bound.set(
        name,
        refs.map((r) => (typeof r === 'string' ? env.get(r)! : r)),
      );
    const args = new OpArgs(op.type, op.outputs[0]!.name, bound, op.outputs);
    const results = op.run(args);
    if (results.length !== op.outputs.length)
      args.fail(`gave ${results.length} outputs, the program declares ${op.outputs.length}`);
    for (const [k, r] of results.entries()) {
      const want = op.outputs[k]!;
      if (r.dtype !== want.dtype || r.shape.join() !== want.shape.join()) {
        args.fail(`output ${want.name} is ${r.dtype}[${r.shape}], the program declares ${want.dtype}[${want.shape}]`);
      }
      if (r.data.length !== numel(r.shape)) args.fail('internal: an output has the wrong number of elements');
      env.set(want.name, r);
    }
  }
  return new Map(fn.outputs.map((name) => [name, env.get(name)!]));
}
