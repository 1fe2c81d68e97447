/**
 * The conformance zoo as a data package: programs exported by the real PyTorch/ExecuTorch
 * toolchain, their inputs and ExecuTorch's own recorded outputs, with a small API to read them.
 * Small cases ship in the package; the large models are generated on demand into a cache folder
 * (see `tools/conformance` in the Kindling repository). Used by `@kindling/backend-test-suite`.
 *
 * Node only (it reads files).
 *
 * @packageDocumentation
 */
export { compareOutput } from './compare.js';
export {
  type Manifest,
  type ManifestCase,
  type ManifestStep,
  type ManifestValue,
  readManifest,
  readTensorFile,
} from './manifest.js';
export {
  type Comparison,
  compareValue,
  copyLogical,
  logicalNumbers,
  type OutputValue,
  toDimOrder,
} from './values.js';
export { bundledZooDir, ConformanceZoo, type ZooInput, type ZooOptions } from './zoo.js';
