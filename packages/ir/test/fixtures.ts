import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of a file in the repository's `fixtures/upstream` folder. */
function upstreamPath(name: string): string {
  return fileURLToPath(new URL(`../../../fixtures/upstream/${name}`, import.meta.url));
}

/** Bytes of an upstream fixture. */
export function upstream(name: string): Uint8Array {
  return new Uint8Array(readFileSync(upstreamPath(name)));
}

export const PTE_FIXTURES = [
  'executorch__apple_add.pte',
  'executorch__arduino_add_model.pte',
  'executorch__module_linear_no_constant_segment.pte',
  'executorch__stories260k_hybrid_llama_qnn.pte',
  'executorchrs__add.pte',
  'executorchrs__data_map_model.pte',
  'numpyrt__const_methods.pte',
  'numpyrt__custom_op_lstm.pte',
  'numpyrt__dtypes.pte',
  'numpyrt__multi_method.pte',
  'numpyrt__xnnpack_add.pte',
] as const;
