import { ErrorCode, KindlingError } from '@kindling/core';
import type { Graph } from './graph.js';
import { findGraphProblems, type VerifyOptions } from './verifier.js';

/** What a pass returns: the resulting graph and whether anything changed. */
export interface PassResult {
  readonly graph: Graph;
  readonly modified: boolean;
}

/** A pass: a function from a graph to a new graph. It must not change its argument. */
export type GraphPass = ((graph: Graph) => PassResult) & { readonly passName?: string };

/** Options for {@link runPasses}. */
export interface PassManagerOptions extends VerifyOptions {
  /** Verify the input and the graph after every pass (default `true`). */
  verify?: boolean;
  /** Run the whole list again while some pass modifies the graph, at most this many rounds (default 1). */
  maxRounds?: number;
}

/** One entry of the pass manager's log. */
export interface PassLogEntry {
  readonly pass: string;
  readonly round: number;
  readonly modified: boolean;
}

/**
 * Runs passes in order and verifies the graph after each one; a pass that leaves an invalid graph
 * fails with `InvalidProgram`, naming the pass and the problems.
 */
export function runPasses(
  graph: Graph,
  passes: readonly GraphPass[],
  options: PassManagerOptions = {},
): PassResult & { log: PassLogEntry[] } {
  const verify = options.verify ?? true;
  const check = (g: Graph, after: string) => {
    if (!verify) return;
    const problems = findGraphProblems(g, options);
    if (problems.length > 0) {
      throw new KindlingError(
        ErrorCode.InvalidProgram,
        `${after}: graph ${g.name} is invalid:\n  ${problems.slice(0, 20).join('\n  ')}`,
      );
    }
  };
  check(graph, 'before the first pass');
  const log: PassLogEntry[] = [];
  let current = graph;
  let any = false;
  const rounds = options.maxRounds ?? 1;
  for (let round = 0; round < rounds; round++) {
    let modified = false;
    for (const pass of passes) {
      const name = pass.passName ?? pass.name ?? 'anonymous pass';
      const result = pass(current);
      check(result.graph, `after pass ${name}`);
      log.push({ pass: name, round, modified: result.modified });
      modified ||= result.modified;
      current = result.graph;
    }
    any ||= modified;
    if (!modified) break;
  }
  return { graph: current, modified: any, log };
}
