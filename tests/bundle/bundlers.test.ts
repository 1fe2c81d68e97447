// The size test's apps built with Vite and with webpack (production builds, the bundlers'
// defaults) from the built packages: every JavaScript file they emit and the kernel build the CPU
// delegate fetches, gzipped, against the budgets; and the portable kernels each carries (the ones it imports, no others).
// The builds run in a child process (tests/bundle/bundlers/build.mjs): Vite 8 and webpack are
// installed there, outside the workspace (`pnpm run bundlers:install`).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { portableKernels } from '@kindling/runtime/kernels';
import { afterAll, describe, expect, it } from 'vitest';
import { kernels as digitsKernels } from '../../docs/examples/selective-build/src/kernels.gen.js';
import { BUNDLER_BUDGET } from './budgets.js';

const script = fileURLToPath(new URL('./bundlers/build.mjs', import.meta.url));
const installed = ['vite', 'webpack'].every((name) =>
  existsSync(fileURLToPath(new URL(`./bundlers/node_modules/${name}/package.json`, import.meta.url))),
);
// CI installs them (.ci/run) and sets this: there a missing install fails instead of skipping.
const required = process.env.KINDLING_REQUIRE_BUNDLERS === '1';

interface Build {
  app: keyof (typeof BUNDLER_BUDGET)['vite'];
  bundler: keyof typeof BUNDLER_BUDGET;
  dir: string;
  files: { name: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
}

const ops = [...new Set(portableKernels.map((k) => k.op))];
/**
 * Operators whose kernel is in the build: each kernel names its operator in a string literal of its
 * own (quoted as the minifier likes: Vite's writes template literals).
 */
const carried = (b: Build) => {
  const code = b.files
    .filter((f) => f.name.endsWith('js'))
    .map((f) => readFileSync(join(b.dir, f.name), 'utf8'))
    .join('\n');
  return ops.filter((op) => ['"', "'", '`'].some((q) => code.includes(`${q}${op}${q}`))).sort();
};

describe.runIf(installed || required)('apps built with Vite and webpack', () => {
  let out: string | undefined;
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });
  let builds: Promise<Build[]> | undefined;
  const build = () => {
    out ??= mkdtempSync(join(tmpdir(), 'kindling-bundlers-'));
    builds ??= promisify(execFile)(process.execPath, [script, '--json', '--out', out], {
      maxBuffer: 16 << 20,
    }).then(({ stdout }) => {
      const results = JSON.parse(stdout) as Build[];
      const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
      console.log(
        results
          .map(
            (r) =>
              `${r.app} (${r.bundler}): ${kb(r.gzip)} gzip (budget ${kb(BUNDLER_BUDGET[r.bundler][r.app])}), ${r.files.length} file(s)`,
          )
          .join('\n'),
      );
      return results;
    });
    return builds;
  };
  const find = async (app: Build['app'], bundler: Build['bundler']) => {
    const b = (await build()).find((r) => r.app === app && r.bundler === bundler);
    if (!b) throw new Error(`no ${app} build with ${bundler}`);
    return b;
  };

  it('Vite and webpack are installed', () => {
    expect(installed, 'run `npx --yes pnpm@10.18.3 run bundlers:install`').toBe(true);
  });

  for (const bundler of ['vite', 'webpack'] as const) {
    it(`${bundler}: the runtime with no kernels carries no kernel, within its budget`, async () => {
      const b = await find('core', bundler);
      expect(b.files.length).toBeGreaterThan(0);
      expect(carried(b)).toEqual([]);
      expect(b.gzip).toBeLessThan(BUNDLER_BUDGET[bundler].core);
    }, 120_000);

    it(`${bundler}: the digits app carries the kernels kindling select names for it, within its budget`, async () => {
      const b = await find('digits', bundler);
      expect(carried(b)).toEqual(digitsKernels.map((k) => k.op).sort());
      expect(b.gzip).toBeLessThan(BUNDLER_BUDGET[bundler].digits);
    }, 120_000);

    it(`${bundler}: MobileNetV2 with the CPU delegate (JS + wasm) carries no portable kernel, within its budget`, async () => {
      const b = await find('mobilenet', bundler);
      expect(carried(b)).toEqual([]);
      expect(b.gzip).toBeLessThan(BUNDLER_BUDGET[bundler].mobilenet);
    }, 120_000);
  }
});
