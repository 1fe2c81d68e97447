// The published packages the site documents, in the order the API reference lists them. Adding a
// package to the site is one line here: its API reference is generated from every entry point of
// its `exports` (packages/<folder>/typedoc.json lists them; a test keeps the two in step).
export const PACKAGES = [
  'core',
  'ir',
  'runtime',
  'backend-xnnpack',
  'backend-webgpu',
  'backend-coreml',
  'llm',
  'remote',
  'partitioner',
  'cli',
  'backend-utils',
  'backend-test-suite',
  'conformance-zoo',
];
