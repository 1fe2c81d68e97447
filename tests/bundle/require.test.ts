// CommonJS apps: `require()` of the published packages (their `dist`), in a plain Node process.
// Node 20.19+, 22.12+ and Bun load an ES module from `require` (the packages have no top-level
// await); the exports' `default` condition lets them find it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const app = fileURLToPath(new URL('./require-app.cjs', import.meta.url));
const canRequireEsm = (process.features as { require_module?: boolean }).require_module === true;

describe('require() from CommonJS', () => {
  it('loads the runtime, its kernels and the CPU delegate, and runs a program', () => {
    const env = { ...process.env };
    delete env.NODE_OPTIONS; // no test-runner conditions: resolve as an installed package does
    const r = spawnSync(process.execPath, [app], {
      encoding: 'utf8',
      env,
      cwd: fileURLToPath(new URL('.', import.meta.url)),
    });
    const last = r.stdout.trim().split('\n').pop() ?? '';
    if (!canRequireEsm) {
      // Node 20.10-20.18 without --experimental-require-module: a clear ERR_REQUIRE_ESM.
      expect(`${r.stderr}${last}`).toMatch(/ERR_REQUIRE_ESM/);
      return;
    }
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(last)).toEqual({ xnnpack: 'function', reluListed: true, sizes: [1, 10] });
  });
});
