// The payload format of this backend: what the lowering writes and the runtime reads. A payload
// comes from a file, so the reader trusts nothing: every field is checked, and anything wrong is a
// KindlingError.
import { ErrorCode, KindlingError } from '@kindling/core';

/** The delegate id written into programs and matched by the runtime. */
export const ELEMENTWISE_ID = 'ElementwiseJsBackend';

/** The operators this backend executes (graph IR names). */
export const OPS = [
  'aten.add.Tensor',
  'aten.sub.Tensor',
  'aten.mul.Tensor',
  'aten.relu.default',
  'aten.sigmoid.default',
] as const;
export type Op = (typeof OPS)[number];

/** One step: `out = op(args)` over numbered buffers of `numel` float32 elements. */
interface Step {
  readonly op: Op;
  readonly args: readonly number[];
  readonly out: number;
  readonly numel: number;
}

/** A partition as JSON: delegate inputs and outputs (buffer ids, in argument order), constants, steps. */
export interface Payload {
  readonly version: 1;
  readonly inputs: readonly number[];
  readonly outputs: readonly number[];
  readonly constants: Readonly<Record<string, readonly number[]>>;
  readonly steps: readonly Step[];
}

/** The most elements one buffer may have (a payload cannot ask for more memory than this). */
const MAX_NUMEL = 1 << 26;

export function encodePayload(payload: Payload): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(payload));
}

function bad(message: string): never {
  throw new KindlingError(ErrorCode.DelegateInvalidCompatibility, `elementwise payload: ${message}`, {
    context: { backend: ELEMENTWISE_ID },
  });
}

const isId = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const ids = (x: unknown, what: string): number[] => {
  if (!Array.isArray(x) || !x.every(isId)) bad(`${what} must be a list of buffer ids`);
  return x;
};

/** Parses and checks a payload: structure, operators, buffer ids defined before use, sizes. */
export function decodePayload(bytes: Uint8Array): Payload {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    bad(`not UTF-8 JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof raw !== 'object' || raw === null) bad('not an object');
  const p = raw as Record<string, unknown>;
  if (p.version !== 1) bad(`version ${String(p.version)} (this backend reads version 1)`);
  const inputs = ids(p.inputs, 'inputs');
  const outputs = ids(p.outputs, 'outputs');
  if (typeof p.constants !== 'object' || p.constants === null || Array.isArray(p.constants)) bad('constants');
  const defined = new Set<number>(inputs);
  const constants: Record<string, number[]> = {};
  for (const [key, values] of Object.entries(p.constants as Record<string, unknown>)) {
    if (!isId(Number(key)) || !Array.isArray(values) || !values.every((v) => typeof v === 'number')) bad('constants');
    if (values.length > MAX_NUMEL) bad(`constant ${key} is too large`);
    constants[key] = values;
    defined.add(Number(key));
  }
  if (!Array.isArray(p.steps) || p.steps.length === 0) bad('steps must be a non-empty list');
  const steps: Step[] = p.steps.map((s: unknown, i: number) => {
    if (typeof s !== 'object' || s === null) bad(`step ${i} is not an object`);
    const { op, args, out, numel } = s as Record<string, unknown>;
    if (!(OPS as readonly unknown[]).includes(op)) bad(`step ${i}: unknown operator ${String(op)}`);
    const a = ids(args, `step ${i} args`);
    const arity = op === 'aten.relu.default' || op === 'aten.sigmoid.default' ? 1 : 2;
    if (a.length !== arity) bad(`step ${i}: ${String(op)} takes ${arity} operands, got ${a.length}`);
    for (const id of a) if (!defined.has(id)) bad(`step ${i} reads buffer ${id} before it is written`);
    if (!isId(out)) bad(`step ${i}: bad output id`);
    if (!Number.isInteger(numel) || (numel as number) < 1 || (numel as number) > MAX_NUMEL) bad(`step ${i}: bad numel`);
    defined.add(out);
    return { op: op as Op, args: a, out, numel: numel as number };
  });
  for (const id of outputs) if (!defined.has(id)) bad(`output buffer ${id} is never written`);
  return { version: 1, inputs, outputs, constants, steps };
}
