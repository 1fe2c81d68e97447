import { type BackendV1, Tensor } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { type MethodOutput, Module } from '@kindling/runtime';
import type { SuiteContext, SuiteProgram } from './suite.js';

/** What one run of a zoo program gave. */
export interface ProgramRun {
  /** Outputs of every recorded step. */
  readonly outputs: MethodOutput[][];
  /** Largest absolute difference from ExecuTorch's recorded outputs. */
  readonly maxAbs: number;
}

/** Elements of an output, for bit-exact comparison (NaN equals NaN). */
export function sameOutput(a: MethodOutput, b: MethodOutput): boolean {
  if (a instanceof Tensor && b instanceof Tensor) {
    if (a.dtype !== b.dtype || a.sizes.join() !== b.sizes.join()) return false;
    const x = a.data as ArrayLike<number | bigint>;
    const y = b.data as ArrayLike<number | bigint>;
    for (let i = 0; i < a.numel; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  return Object.is(a, b);
}

/** Counts the delegate calls of `bytes` to `backendId`. */
function delegateCount(bytes: Uint8Array, backendId: string): number {
  const file = PteFile.read(bytes);
  return file.program.executionPlan.reduce((n, plan) => n + plan.delegates.filter((d) => d.id === backendId).length, 0);
}

/**
 * Loads `program` with `backend` (and the suite's kernels), runs every recorded step and compares
 * each output with ExecuTorch's recorded one within the case's tolerance. Throws on a mismatch.
 */
export async function runProgram(ctx: SuiteContext, program: SuiteProgram, backend: BackendV1): Promise<ProgramRun> {
  const c = program.case;
  const module = await Module.load(await program.bytes(), { backends: [backend], kernels: ctx.kernels });
  try {
    let maxAbs = 0;
    const outputs: MethodOutput[][] = [];
    for (const [s, step] of c.steps.entries()) {
      const got = await module.execute(step.method, ctx.zoo.inputs(c, s));
      if (got.length !== step.outputs.length) {
        throw new Error(`${c.id} step ${s}: ${got.length} outputs, ExecuTorch recorded ${step.outputs.length}`);
      }
      for (const [i, want] of step.outputs.entries()) {
        const r = ctx.zoo.compare(c, got[i], want);
        if (!r.ok) throw new Error(`${c.id} step ${s} output ${i}: ${r.message}`);
        maxAbs = Math.max(maxAbs, r.maxAbs);
      }
      outputs.push(got);
    }
    return { outputs, maxAbs };
  } finally {
    await module.dispose();
  }
}

/**
 * The conformance check of one program: it runs with the backend and matches ExecuTorch. On more
 * than one thread with `bitIdentical`, every output must also equal the single-threaded run's bits.
 */
export async function runConformance(
  ctx: SuiteContext,
  program: SuiteProgram,
  threads: number,
  bitIdentical = false,
): Promise<string> {
  const bytes = await program.bytes();
  const calls = delegateCount(bytes, ctx.backendId);
  if (calls === 0) {
    throw new Error(
      `${program.case.id}: the ${program.lowered ? 'lowered ' : ''}program has no delegate for ${ctx.backendId}`,
    );
  }
  const backend = threads > 1 ? ctx.create(threads) : ctx.backend();
  const { maxAbs, outputs } = await runProgram(ctx, program, backend);
  const steps = program.case.steps.length;
  let same = '';
  if (threads > 1 && bitIdentical) {
    const alone = await runProgram(ctx, program, ctx.backend());
    for (const [s, step] of outputs.entries()) {
      for (const [i, o] of step.entries()) {
        if (!sameOutput(o, alone.outputs[s]?.[i] as MethodOutput)) {
          throw new Error(`${program.case.id} step ${s} output ${i}: ${threads} threads differ from one thread`);
        }
      }
    }
    same = ', bit-identical to one thread';
  }
  return `${calls} delegate(s), ${steps} step(s), ${threads} thread(s)${same}, max abs error ${maxAbs.toExponential(2)}`;
}
