import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', partitioner: 'src/partitioner.ts', kernels: 'src/wasm/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
