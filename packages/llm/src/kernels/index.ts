/**
 * The kernels of the custom operators exported language models use (`llama::*`,
 * `quantized_decomposed::*`), passed to `Module.load` like every kernel:
 *
 * ```ts
 * import { Module, portableKernels } from '@kindling/runtime';
 * import { llmKernels } from '@kindling/llm/kernels';
 *
 * const module = await Module.load(bytes, { kernels: [...portableKernels, ...llmKernels] });
 * ```
 *
 * Each kernel is also exported on its own, so an app can ship only the ones its program uses.
 *
 * @packageDocumentation
 */
import type { KernelDescriptor } from '@kindling/core';
import { chooseQParamsPerTokenAsymmetric } from './choose-qparams-per-token.js';
import { customQuantizedSdpa } from './custom-quantized-sdpa.js';
import { customSdpa } from './custom-sdpa.js';
import { dequantizePerToken } from './dequantize-per-token.js';
import { embedding4bit, embedding4bitDtype } from './embedding-4bit.js';
import { embeddingByte, embeddingByteDtype } from './embedding-byte.js';
import { quantizePerToken } from './quantize-per-token.js';
import { sdpaWithKvCache } from './sdpa-with-kv-cache.js';
import { updateCache } from './update-cache.js';

export {
  chooseQParamsPerTokenAsymmetric,
  customQuantizedSdpa,
  customSdpa,
  dequantizePerToken,
  embedding4bit,
  embedding4bitDtype,
  embeddingByte,
  embeddingByteDtype,
  quantizePerToken,
  sdpaWithKvCache,
  updateCache,
};

/** Every kernel of this entry point. */
export const llmKernels: readonly KernelDescriptor[] = [
  updateCache,
  customSdpa,
  sdpaWithKvCache,
  customQuantizedSdpa,
  embeddingByte,
  embeddingByteDtype,
  embedding4bit,
  embedding4bitDtype,
  chooseQParamsPerTokenAsymmetric,
  quantizePerToken,
  dequantizePerToken,
];
