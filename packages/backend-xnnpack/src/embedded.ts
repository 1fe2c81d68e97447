/**
 * The XNNPACK kernels' WebAssembly inside the JavaScript, for single-file apps that cannot serve
 * the `.wasm` files the delegate fetches by default. Only apps that import this entry carry it.
 *
 * ```ts
 * import { xnnpack } from '@kindling/backend-xnnpack';
 * import { embeddedKernels } from '@kindling/backend-xnnpack/embedded';
 * const module = await Module.load(bytes, { backends: [xnnpack({ wasm: embeddedKernels })] });
 * ```
 *
 * @packageDocumentation
 */
export { embeddedKernels } from './wasm/embedded.js';
