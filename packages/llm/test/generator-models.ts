/**
 * The tiny Llama programs of `fixtures/models/` (exported by `tools/llm/export_tiny_llama.py`) and
 * how to run each. A variant whose kernels are not available yet has `kernels: undefined`: its test
 * then checks that loading names the missing operators; giving it its kernels makes it run the
 * whole reference suite.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { xnnpack } from '@kindling/backend-xnnpack';
import type { KernelDescriptor } from '@kindling/core';
import { portableKernels } from '@kindling/runtime';
import { llmKernels } from '../src/kernels/index.js';

const DIR = fileURLToPath(new URL('./fixtures/models/', import.meta.url));
/** Programs too large to commit, written on demand by the export script (`.cache/` is git-ignored). */
const CACHE_DIR = fileURLToPath(new URL('../../../.cache/llm/models/', import.meta.url));

/** Greedy references of one prompt (see the JSON's `sources`). */
interface ReferenceRun {
  tokens: number[];
  firstLogits: number[];
  minTop2Margin: number;
}

export interface ModelReferences {
  export: {
    max_seq_len: number;
    max_context_len: number;
    use_sdpa_with_kv_cache: boolean;
    qmode: string | null;
    params: { vocab_size: number; n_layers: number };
    metadata: { get_bos_id: number; get_eos_ids: number[] };
  };
  newTokens: number;
  prefillChunk: number;
  cases: { prompt: number[]; eager: ReferenceRun; executorch?: ReferenceRun }[];
}

export interface ModelVariant {
  name: string;
  /**
   * In the git-ignored cache rather than committed: `tools/conformance/.venv/bin/python
   * tools/llm/export_tiny_llama.py --only <name>` writes it, and its tests run when it is there.
   */
  cached?: boolean;
  /** Kernels the program needs; undefined while some are not available. */
  kernels: readonly KernelDescriptor[] | undefined;
  /** Operators missing while `kernels` is undefined. */
  missingOperators?: readonly string[];
  /**
   * The references the greedy tokens and first logits must equal: a fixture's recorded `source`
   * (its own by default). A program the pip runtime cannot run (`llama::` ops) is checked against
   * ExecuTorch's run of the same checkpoint exported without the SDPA op: the two differ only in
   * how attention is computed.
   */
  reference: { fixture?: string; source: 'executorch' | 'eager' };
  /** Largest difference allowed from the reference's first-step logits. */
  logitsTolerance: number;
}

export const MODEL_VARIANTS: readonly ModelVariant[] = [
  {
    name: 'tiny-llama-kv-8da4w',
    kernels: portableKernels,
    reference: { source: 'executorch' },
    logitsTolerance: 1e-4,
  },
  {
    name: 'tiny-llama-kv-fp32',
    cached: true,
    kernels: portableKernels,
    reference: { source: 'executorch' },
    logitsTolerance: 1e-4,
  },
  {
    // Runs with the llama::update_cache / llama::custom_sdpa kernels of `@kindling/llm/kernels`. Its reference is
    // ExecuTorch's run of tiny-llama-kv-8da4w: the same checkpoint and XNNPACK linears, attention
    // through index_put + SDPA instead of the llama:: ops. The two programs' eager models give the
    // same greedy tokens and first logits within 3e-6 (compare the two JSON files' `eager` runs).
    // The tolerance of 1e-3 allows custom_sdpa's own summation order.
    name: 'tiny-llama-sdpa-8da4w',
    kernels: [...portableKernels, ...llmKernels],
    reference: { fixture: 'tiny-llama-kv-8da4w', source: 'executorch' },
    logitsTolerance: 1e-3,
  },
];

function dirOf(name: string): string {
  return MODEL_VARIANTS.find((v) => v.name === name)?.cached ? CACHE_DIR : DIR;
}

/** Whether the variant's files are there (always for committed ones). */
export function isPresent(variant: ModelVariant): boolean {
  return !variant.cached || existsSync(`${CACHE_DIR}${variant.name}.json`);
}

export function programBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${dirOf(name)}${name}.pte`));
}

export function references(name: string): ModelReferences {
  return JSON.parse(readFileSync(`${dirOf(name)}${name}.json`, 'utf8')) as ModelReferences;
}

export function backends() {
  return [xnnpack()];
}
