// Kindling's WebAssembly kernels (AssemblyScript, explicit SIMD128): the module's entry, which
// re-exports every kernel family.
//
// Compiled by scripts/build-wasm.mjs with `--enable simd` and with `--enable relaxed-simd`
// (ASC_FEATURE_RELAXED_SIMD then selects f32x4.relaxed_madd), each over an ordinary and a shared
// memory. Every pointer is a byte offset into the imported memory; the runtime owns the layout
// (packed weights, arena, scratch). No function allocates. The scalar TypeScript kernels in
// src/kernels are the reference of each function here.
//
// Layout: common.ts (helpers shared by the families), f32/ (fp32 kernels: GEMM and batched matrix
// multiply, convolution, depthwise convolution, unary, pooling, element-wise), qd8/ (the integer
// part of dynamically quantized GEMMs), qs8/ (statically quantized int8 kernels), data-movement.ts
// and bench.ts (the microbenchmark's peak probe). Tile variants of the fp32 GEMM microkernel are
// generated from f32/gemm-ukernel.tpl into f32/generated/ by scripts/gen-asm.mjs.

export * from './bench';
export * from './data-movement';
export * from './f32/attention';
export * from './f32/bmm-exact';
export * from './f32/conv';
export * from './f32/depthwise';
export * from './f32/elementwise';
export * from './f32/gemm';
export * from './f32/pooling';
export * from './f32/softmax';
export * from './f32/unary';
export * from './qd8/dots';
export * from './qd8/emit';
export * from './qd8/gemm-qb4n';
export * from './qd8/gemm-qb4w';
export * from './qd8/gemm-qc';
export * from './qd8/quantize';
export * from './qs8/conv';
export * from './qs8/depthwise';
export * from './qs8/elementwise';
export * from './qs8/gemm';
export * from './qs8/pooling';
