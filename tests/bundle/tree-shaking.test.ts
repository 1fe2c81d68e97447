// What an app bundles: the built @kindling/runtime (its `dist`, as an app installs it) bundled by
// esbuild from a small entry, then searched for the portable kernels it carries. Each kernel names
// its operator in a string of its own (`"aten::add.out"`); the program reader's operator schemas
// spell them otherwise (`aten.add.Tensor`, `aten::add.out(Tensor self, ...)`), so a kernel is in the
// bundle exactly when its quoted name is.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { portableKernels } from '@kindling/runtime/kernels';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = fileURLToPath(new URL('../../packages/runtime/dist/kernels.js', import.meta.url));

/** Gzipped-size budgets (bytes) of the minified bundles; they fail when an import stops shaking. */
const BUDGET = { moduleOnly: 19_000, threeKernels: 23_500, digitsApp: 25_000, xnnpackApp: 145_000 };

async function bundle(source: string): Promise<{ code: string; gzip: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: here, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: ['node:*'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, gzip: gzipSync(code).length };
}

const ops = [...new Set(portableKernels.map((k) => k.op))];
const carried = (code: string) => ops.filter((op) => code.includes(`"${op}"`));

describe('tree shaking of the portable kernels (esbuild, minified)', () => {
  it('needs the built packages', () => {
    expect(existsSync(dist), `${dist} is missing: run pnpm build first`).toBe(true);
  });

  it('an app that imports Module and passes no kernels bundles none', async () => {
    const { code, gzip } = await bundle(`import { Module } from '@kindling/runtime'; export { Module };`);
    expect(code).toContain('Module');
    expect(carried(code)).toEqual([]);
    expect(gzip).toBeLessThan(BUDGET.moduleOnly);
  });

  it('an app that imports three kernels bundles those three', async () => {
    const { code, gzip } = await bundle(
      `import { Module } from '@kindling/runtime';
       import { add, mul, relu } from '@kindling/runtime/kernels';
       export const load = (bytes) => Module.load(bytes, { kernels: [add, mul, relu] });`,
    );
    expect(carried(code).sort()).toEqual(['aten::add.out', 'aten::mul.out', 'aten::relu.out']);
    expect(gzip).toBeLessThan(BUDGET.threeKernels);
  });

  it('the digits app: Module and the five kernels kindling select names for its program', async () => {
    const { code, gzip } = await bundle(
      `import { Module } from '@kindling/runtime';
       import { addmm, convolution, maxPool2dWithIndices, permuteCopy, relu } from '@kindling/runtime/kernels';
       export const load = (bytes) =>
         Module.load(bytes, { kernels: [addmm, convolution, maxPool2dWithIndices, permuteCopy, relu] });`,
    );
    expect(carried(code)).toHaveLength(5);
    expect(gzip).toBeLessThan(BUDGET.digitsApp);
  });

  it('an app of the CPU delegate alone (a program fully delegated, as MobileNetV2 is) carries no portable kernel', async () => {
    const { code, gzip } = await bundle(
      `import { Module } from '@kindling/runtime';
       import { xnnpack } from '@kindling/backend-xnnpack';
       export const load = (bytes) => Module.load(bytes, { kernels: [], backends: [xnnpack()] });`,
    );
    expect(carried(code)).toEqual([]);
    expect(gzip).toBeLessThan(BUDGET.xnnpackApp);
  });

  it('portableKernels brings every kernel (the check above would see them)', async () => {
    const { code } = await bundle(
      `import { portableKernels } from '@kindling/runtime/kernels'; export { portableKernels };`,
    );
    // Most kernels name their operator in a literal; a few build the name (prim ops): 80% is plenty
    // to show that the search finds kernels when they are there.
    expect(carried(code).length).toBeGreaterThan(ops.length * 0.8);
  });
});
