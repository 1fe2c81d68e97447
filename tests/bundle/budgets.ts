// Gzipped-size budgets (bytes) of the apps the size tests build, in one place. A budget fails its
// test when exceeded: an import that stops shaking, a kernel or a WebAssembly build that comes
// back. Each sits just above the size measured when it was set; lower it when the code shrinks.
//
// Raised by exactly what the friendlier API of issue #14 measured (typed outputs, dtype names,
// loading from a Response or Blob with progress, abort and fetch options, disposal symbols): +698
// (moduleOnly), +691 (threeKernels), +661 (digitsApp); Vite +683 / +691, webpack +726 / +757
// (core / digits).
//
// The targets for the same apps (#13): runtime with no kernels <= 15 KB, the digits app
// with its selected kernels <= 25 KB, MobileNetV2 with the CPU delegate <= 70 KB of JS + wasm.

/** esbuild, minified, one bundle (tree-shaking.test.ts). */
export const BUDGET = {
  moduleOnly: 18_698,
  threeKernels: 22_941,
  digitsApp: 24_661,
  xnnpackApp: 78_000,
  mobilenetApp: 70_000,
};

/**
 * Vite and webpack production builds with their defaults (bundlers.test.ts): every JavaScript file
 * they emit and the one kernel build (`.wasm`) the CPU delegate fetches, each gzipped. `core`: the runtime, no kernels; `digits`: the digits
 * app with the kernels `kindling select` writes for it; `mobilenet`: MobileNetV2 with the CPU delegate.
 */
export const BUNDLER_BUDGET = {
  vite: { core: 18_483, digits: 24_191, mobilenet: 70_000 },
  webpack: { core: 18_526, digits: 24_257, mobilenet: 70_000 },
} as const;
