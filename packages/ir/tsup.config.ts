import { defineConfig } from 'tsup';
import { inlineEnums } from '../../scripts/inline-enums.js';

// Every hand-written module is an entry (code shared between entries goes to chunks), so that an
// app's bundler drops whole modules it does not use, with their imports: a reader-only app keeps
// neither the writers nor their `flatbuffers` import. The generated code is bundled into the chunks
// (its extensionless imports need resolving).
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/generated/**'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Enum members as their values (see the plugin): smaller bundles for apps.
  esbuildPlugins: [inlineEnums],
});
