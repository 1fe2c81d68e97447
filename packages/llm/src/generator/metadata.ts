/**
 * The metadata an exported language model carries as constant methods (`get_max_seq_len`, ...),
 * read with the defaults ExecuTorch's LLM runner uses when a method is absent.
 */
import { ErrorCode, KindlingError, Tensor } from '@kindling/core';
import type { Module } from '@kindling/runtime';

/** What the generator needs to know about a program, from its metadata methods. */
export interface ModelMetadata {
  /** `get_max_seq_len` (default 128): the longest token input of one call, plus one. */
  maxSeqLen: number;
  /** `get_max_context_len` (default: `maxSeqLen`): the most positions the KV cache holds. */
  maxContextLen: number;
  /** `get_bos_id` (default: the tokenizer's). */
  bosId: number | undefined;
  /** `get_eos_ids` (default: none; the tokenizer's are added to these). */
  eosIds: number[];
  /** `get_vocab_size` (default: the logits' size). */
  vocabSize: number | undefined;
  /** `get_n_layers`, when present. */
  nLayers: number | undefined;
  /** `use_kv_cache` (default true). */
  useKvCache: boolean;
  /** `use_sdpa_with_kv_cache` (default false): the program uses `llama::` attention kernels. */
  useSdpaWithKvCache: boolean;
  /** `enable_dynamic_shape` (default false). */
  enableDynamicShape: boolean;
  /** The metadata methods the program has. */
  present: string[];
}

/** The metadata method names the generator reads. */
export const METADATA_METHODS = [
  'get_max_seq_len',
  'get_max_context_len',
  'get_bos_id',
  'get_eos_ids',
  'get_vocab_size',
  'get_n_layers',
  'use_kv_cache',
  'use_sdpa_with_kv_cache',
  'enable_dynamic_shape',
] as const;

async function values(module: Module, name: string): Promise<unknown[] | undefined> {
  if (!module.methodNames.includes(name)) return undefined;
  const meta = module.methodMeta(name);
  if (meta.inputs.length !== 0)
    throw new KindlingError(ErrorCode.InvalidProgram, `metadata method "${name}" must take no inputs`, {
      context: { method: name },
    });
  const out = await module.execute(name);
  const flat: unknown[] = [];
  for (const v of out) {
    if (v instanceof Tensor) flat.push(...v.toArray());
    else flat.push(v);
  }
  return flat;
}

function int(name: string, v: unknown[] | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const x = v[0];
  if (v.length !== 1 || typeof x !== 'number' || !Number.isSafeInteger(x) || x < min)
    throw new KindlingError(ErrorCode.InvalidProgram, `metadata method "${name}" must return one integer >= ${min}`, {
      context: { method: name, returned: v },
    });
  return x;
}

function bool(name: string, v: unknown[] | undefined, fallback: boolean): boolean {
  if (v === undefined) return fallback;
  const x = v[0];
  if (v.length !== 1 || (typeof x !== 'boolean' && x !== 0 && x !== 1))
    throw new KindlingError(ErrorCode.InvalidProgram, `metadata method "${name}" must return one boolean`, {
      context: { method: name, returned: v },
    });
  return Boolean(x);
}

/** Reads the metadata methods of `module` (absent ones take their defaults). */
export async function readMetadata(module: Module): Promise<ModelMetadata> {
  const got = new Map<string, unknown[] | undefined>();
  for (const name of METADATA_METHODS) got.set(name, await values(module, name));
  const maxSeqLen = int('get_max_seq_len', got.get('get_max_seq_len'), 1) ?? 128;
  const maxContextLen = int('get_max_context_len', got.get('get_max_context_len'), 1) ?? maxSeqLen;
  const eos = got.get('get_eos_ids') ?? [];
  const eosIds = eos.map((x) => {
    if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0)
      throw new KindlingError(ErrorCode.InvalidProgram, 'metadata method "get_eos_ids" must return integers >= 0', {
        context: { method: 'get_eos_ids', returned: eos },
      });
    return x;
  });
  return {
    maxSeqLen,
    maxContextLen,
    bosId: int('get_bos_id', got.get('get_bos_id'), 0),
    eosIds,
    vocabSize: int('get_vocab_size', got.get('get_vocab_size'), 1),
    nLayers: int('get_n_layers', got.get('get_n_layers'), 0),
    useKvCache: bool('use_kv_cache', got.get('use_kv_cache'), true),
    useSdpaWithKvCache: bool('use_sdpa_with_kv_cache', got.get('use_sdpa_with_kv_cache'), false),
    enableDynamicShape: bool('enable_dynamic_shape', got.get('enable_dynamic_shape'), false),
    present: METADATA_METHODS.filter((n) => got.get(n) !== undefined),
  };
}
