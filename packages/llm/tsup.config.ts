import { defineConfig } from 'tsup';
import { inlineEnums } from '../../scripts/inline-enums.js';

export default defineConfig({
  entry: { index: 'src/index.ts', kernels: 'src/kernels/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Enum members as their values (see the plugin): an app's bundler can then drop the kernels it
  // does not use from the kernels entry (their descriptors no longer read properties of imports).
  esbuildPlugins: [inlineEnums],
});
