import { defineConfig } from 'tsup';
import { inlineEnums } from '../../scripts/inline-enums.js';

export default defineConfig({
  entry: { index: 'src/index.ts', 'node-host': 'src/node-host/index.ts', partitioner: 'src/partitioner.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Enum members of @kindling/core as their values (see the plugin): an app then carries no enum
  // object for them.
  esbuildPlugins: [inlineEnums],
});
