/**
 * The kernels of the custom operators exported language models use (`llama::*`,
 * `quantized_decomposed::*`), passed to `Module.load` like every kernel.
 *
 * @packageDocumentation
 */
export {};
