import { ErrorCode } from '@kindling/core';
import { fail, type MilDType, type MilTensor, numbers } from './tensor.js';

/** The arguments of one MIL operation, bound to values, with typed accessors for op implementations. */
export class OpArgs {
  constructor(
    /** The operation's type (`conv`, `add`, ...), for messages. */
    readonly op: string,
    /** The name of its first output, for messages. */
    readonly at: string,
    private readonly bound: ReadonlyMap<string, readonly MilTensor[]>,
    /** Declared output types, in order. */
    readonly outputs: readonly { dtype: MilDType; shape: readonly number[] }[],
  ) {}

  fail(message: string, code = ErrorCode.InvalidProgram): never {
    return fail(`${this.op} (${this.at}): ${message}`, { operator: this.op }, code);
  }

  has(name: string): boolean {
    return this.bound.has(name);
  }

  /** A required tensor argument. */
  tensor(name: string): MilTensor {
    const v = this.bound.get(name);
    if (!v || v.length !== 1) return this.fail(`argument ${name} is missing or not one value`);
    return v[0] as MilTensor;
  }

  optional(name: string): MilTensor | undefined {
    return this.bound.has(name) ? this.tensor(name) : undefined;
  }

  /** A variadic argument (`concat`'s `values`). */
  list(name: string): readonly MilTensor[] {
    const v = this.bound.get(name);
    if (!v || v.length === 0) return this.fail(`argument ${name} is missing`);
    return v;
  }

  /** The integers of an argument (a scalar or a 1-D tensor). */
  ints(name: string): number[] {
    const t = this.tensor(name);
    if (t.dtype === 'fp16' || t.dtype === 'fp32' || t.dtype === 'string') this.fail(`argument ${name} is not integer`);
    return Array.from(numbers(t, name));
  }

  int(name: string, fallback?: number): number {
    if (!this.has(name) && fallback !== undefined) return fallback;
    const v = this.ints(name);
    if (v.length !== 1) this.fail(`argument ${name} is not a scalar`);
    return v[0] as number;
  }

  bools(name: string): boolean[] {
    const t = this.tensor(name);
    if (t.dtype !== 'bool') this.fail(`argument ${name} is not bool`);
    return Array.from(numbers(t, name), (x) => x !== 0);
  }

  bool(name: string, fallback: boolean): boolean {
    if (!this.has(name)) return fallback;
    const v = this.bools(name);
    if (v.length !== 1) this.fail(`argument ${name} is not a scalar`);
    return v[0] as boolean;
  }

  float(name: string, fallback?: number): number {
    if (!this.has(name) && fallback !== undefined) return fallback;
    const t = this.tensor(name);
    const v = numbers(t, name);
    if (v.length !== 1) this.fail(`argument ${name} is not a scalar`);
    return v[0] as number;
  }

  string(name: string, fallback?: string): string {
    if (!this.has(name) && fallback !== undefined) return fallback;
    const t = this.tensor(name);
    if (t.dtype !== 'string' || t.data.length !== 1) this.fail(`argument ${name} is not a string`);
    return t.data[0] as string;
  }

  /** The declared type of output `i`. */
  output(i = 0): { dtype: MilDType; shape: readonly number[] } {
    const o = this.outputs[i];
    if (!o) return this.fail(`no output ${i}`);
    return o;
  }
}

/** One MIL operation of the reference interpreter: its arguments in, its outputs out. */
export type MilOp = (args: OpArgs) => MilTensor[];
