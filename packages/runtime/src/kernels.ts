/**
 * The portable kernels one by one (`@kindling/runtime/kernels`), for apps that ship only the kernels
 * their programs use: import the ones you need and pass them as `kernels`, and a bundler leaves the
 * others out (every kernel module is free of side effects). `portableKernels` is all of them.
 *
 * ```ts
 * import { Module } from '@kindling/runtime';
 * import { add, mul, relu } from '@kindling/runtime/kernels';
 *
 * const module = await Module.load(bytes, { kernels: [add, mul, relu] });
 * ```
 *
 * @packageDocumentation
 */
export * from './kernels/index.js';
