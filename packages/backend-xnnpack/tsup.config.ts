import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { inlineEnums } from '../../scripts/inline-enums.js';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    partitioner: 'src/partitioner.ts',
    embedded: 'src/embedded.ts',
    kernels: 'src/wasm/index.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Enum members of @kindling/core as their values (see the plugin): an app then carries no enum
  // object for them.
  esbuildPlugins: [inlineEnums],
  // The kernel builds, beside the code that fetches them (`new URL('./generated/kernels-….wasm',
  // import.meta.url)` resolves to dist/generated/ from every file of dist/).
  onSuccess: async () => {
    mkdirSync('dist/generated', { recursive: true });
    for (const f of readdirSync('src/wasm/generated')) {
      if (f.endsWith('.wasm')) copyFileSync(`src/wasm/generated/${f}`, `dist/generated/${f}`);
    }
  },
});
