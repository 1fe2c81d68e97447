import { defineConfig } from 'tsup';
import { inlineEnums } from '../../scripts/inline-enums.js';

// One output file per source file (not one bundle): an app that uses only the tensor client or only
// the chat client leaves the other out of its bundle.
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts'],
  bundle: false,
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Enum members as their values (see the plugin): smaller bundles for apps.
  esbuildPlugins: [inlineEnums],
});
