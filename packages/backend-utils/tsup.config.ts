import { defineConfig } from 'tsup';
import { inlineEnums } from '../../scripts/inline-enums.js';

// One output file per source file (not one bundle): an app's bundler then drops whole modules it
// does not use, with their imports (the writers' `flatbuffers` import stays out of a reader-only app).
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts'],
  bundle: false,
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Enum members as their values (see the plugin): an app that uses these helpers then carries no
  // enum object (`ErrorCode.InvalidProgram` read from the enum kept all of ErrorCode in every bundle).
  esbuildPlugins: [inlineEnums],
});
