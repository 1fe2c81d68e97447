/**
 * Choosing the next token from logits: greedy (temperature 0), or a draw from the softmax at a
 * temperature restricted to the top-k tokens and then to the top-p nucleus.
 *
 * The draw is defined exactly so that another implementation can reproduce it from the same
 * uniform number `u` in [0, 1): the candidates (tokens whose logit is not -Infinity) are ordered by
 * logit, highest first, ties by lower id; `topK` keeps the first k; the probabilities are the
 * softmax of `logit / temperature` over those; `topP` keeps the shortest prefix whose probability
 * sums to at least `topP` (at least one token); the chosen token is the first of that prefix whose
 * running sum of probabilities exceeds `u` times the prefix's total.
 */
import { ErrorCode, KindlingError } from '@kindling/core';

/** How to choose tokens. */
export interface SamplingParams {
  /** 0 (or below) = greedy: the highest logit, lowest id on ties. */
  temperature: number;
  /** Keep only the k most likely tokens (0 or undefined: all). */
  topK?: number | undefined;
  /** Keep the smallest set of most likely tokens whose probability reaches p (1 or undefined: all). */
  topP?: number | undefined;
}

/** Checks sampling parameters; a `KindlingError` (`InvalidArgument`) names the bad one. */
export function checkSamplingParams(p: SamplingParams): void {
  const bad = (name: string, value: unknown, want: string): never => {
    throw new KindlingError(ErrorCode.InvalidArgument, `${name} must be ${want}, got ${String(value)}`, {
      context: { option: name, given: value },
    });
  };
  if (typeof p.temperature !== 'number' || !Number.isFinite(p.temperature) || p.temperature < 0)
    bad('temperature', p.temperature, 'a finite number >= 0');
  if (p.topK !== undefined && (!Number.isInteger(p.topK) || p.topK < 0)) bad('topK', p.topK, 'an integer >= 0');
  if (p.topP !== undefined && (typeof p.topP !== 'number' || !(p.topP > 0 && p.topP <= 1)))
    bad('topP', p.topP, 'a number in (0, 1]');
}

function noCandidate(): never {
  throw new KindlingError(ErrorCode.InvalidState, 'no token can be sampled: every logit is -Infinity (masked)', {
    context: { reason: 'all-masked' },
  });
}

function checkLogit(x: number, id: number): void {
  if (Number.isNaN(x) || x === Number.POSITIVE_INFINITY)
    throw new KindlingError(ErrorCode.InvalidState, `the model produced a ${x} logit (token ${id})`, {
      context: { token: id, logit: x },
    });
}

/** The id of the highest logit (lowest id on ties); -Infinity logits are never chosen. */
export function argmax(logits: ArrayLike<number>): number {
  let best = -1;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < logits.length; i++) {
    const x = logits[i] as number;
    checkLogit(x, i);
    if (x > bestValue) {
      bestValue = x;
      best = i;
    }
  }
  if (best < 0) noCandidate();
  return best;
}

/** Candidate ids in draw order (logit descending, id ascending), at most `k` of them (0: all). */
function orderedCandidates(logits: ArrayLike<number>, k: number): number[] {
  const ids: number[] = [];
  for (let i = 0; i < logits.length; i++) {
    const x = logits[i] as number;
    checkLogit(x, i);
    if (x !== Number.NEGATIVE_INFINITY) ids.push(i);
  }
  const before = (a: number, b: number): boolean => {
    const la = logits[a] as number;
    const lb = logits[b] as number;
    return la > lb || (la === lb && a < b);
  };
  if (k > 0 && k < ids.length) {
    // Keep the k best in a small sorted array (k is usually tens): O(n k) worst case, O(n) typical.
    const top: number[] = [];
    for (const id of ids) {
      if (top.length === k && !before(id, top[k - 1] as number)) continue;
      let j = top.length === k ? k - 1 : top.length;
      while (j > 0 && before(id, top[j - 1] as number)) {
        top[j] = top[j - 1] as number;
        j--;
      }
      top[j] = id;
    }
    return top;
  }
  ids.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  return ids;
}

/**
 * The candidates a draw chooses among and their (unnormalised) probabilities, in draw order, after
 * temperature, top-k and top-p. Exposed for tests and callers that want the distribution.
 */
export function samplingDistribution(
  logits: ArrayLike<number>,
  params: SamplingParams,
): { ids: number[]; weights: number[] } {
  checkSamplingParams(params);
  if (params.temperature <= 0) return { ids: [argmax(logits)], weights: [1] };
  const ids = orderedCandidates(logits, params.topK ?? 0);
  if (ids.length === 0) noCandidate();
  const max = logits[ids[0] as number] as number;
  const weights = ids.map((id) => Math.exp(((logits[id] as number) - max) / params.temperature));
  const topP = params.topP ?? 1;
  if (topP < 1) {
    let total = 0;
    for (const w of weights) total += w;
    let sum = 0;
    let keep = 0;
    while (keep < weights.length) {
      sum += weights[keep] as number;
      keep++;
      if (sum >= topP * total) break;
    }
    ids.length = keep;
    weights.length = keep;
  }
  return { ids, weights };
}

/** Chooses a token (see the module's description); `u` is a uniform number in [0, 1). */
export function sampleToken(logits: ArrayLike<number>, params: SamplingParams, u: number): number {
  if (params.temperature <= 0) {
    checkSamplingParams(params);
    return argmax(logits);
  }
  const { ids, weights } = samplingDistribution(logits, params);
  let total = 0;
  for (const w of weights) total += w;
  const target = u * total;
  let sum = 0;
  for (let i = 0; i < ids.length; i++) {
    sum += weights[i] as number;
    if (sum > target) return ids[i] as number;
  }
  return ids[ids.length - 1] as number;
}
