/**
 * The size test's apps, built with Vite and with webpack (tests/bundle/bundlers/build.mjs), run in
 * the browser: the digits app (its kernels from `kindling select`) and the MobileNetV2 app (the CPU
 * delegate) each load a zoo program over HTTP, as a deployed app does, and their outputs are
 * compared with ExecuTorch's recorded ones. The builds are served as the bundlers wrote them
 * (scripts, `.wasm` and other assets), under `/plain/apps/<app>-<bundler>/`.
 *
 * The MobileNetV2 app runs the committed inverted-residual block (MobileNetV2's building block,
 * lowered to XNNPACK) and, where `.cache/conformance` holds it, MobileNetV2 itself.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApps, bundlersInstalled } from '../bundle/bundlers/build.mjs';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const cases = join(repo, 'packages/conformance-zoo/cases');
const cache = join(repo, '.cache/conformance');

/** The zoo cases each app runs: [app, case id, the image's sizes]. */
const RUNS = [
  ['digits', 'digits/portable', [1, 1, 8, 8]],
  ['mobilenet', 'blocks/inverted_residual/xnnpack', [1, 16, 16, 16]],
  ['mobilenet', 'mobilenet_v2/xnnpack', [1, 3, 224, 224]],
];

/**
 * Builds the apps; resolves to `{ folders, builds, skip, close }`: `folders` for the server, or
 * `skip` (why they cannot run here). Vite and webpack missing is a failure when
 * `KINDLING_REQUIRE_BUNDLERS=1`, a skip otherwise.
 */
export async function prepareApps() {
  if (!bundlersInstalled()) {
    const why = 'Vite and webpack are not installed (`pnpm run bundlers:install`)';
    if (process.env.KINDLING_REQUIRE_BUNDLERS === '1') throw new Error(`${why} and KINDLING_REQUIRE_BUNDLERS=1`);
    return { folders: {}, builds: [], skip: why, close() {} };
  }
  const out = mkdtempSync(join(tmpdir(), 'kindling-apps-'));
  const builds = await buildApps({ outDir: out, apps: ['digits', 'mobilenet'] });
  const folders = { 'apps/': out, ...(existsSync(cache) ? { 'cache/': cache } : {}) };
  return { folders, builds, close: () => rmSync(out, { recursive: true, force: true }) };
}

const manifest = () => JSON.parse(readFileSync(join(cases, 'manifest.json'), 'utf8'));

const floats = (path) => {
  const b = readFileSync(path);
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};

/**
 * Runs every app build in a fresh page of the ordinary (not cross-origin isolated) variant; `test`
 * is the runner's (name, fn) reporter, `check` its assertion, `skip` reports a skipped test.
 */
export async function runAppTests({ context, server, apps, test, check, skip, limits }) {
  if (apps.skip) return skip(`apps built with Vite and webpack: ${apps.skip}`);
  const byId = new Map(manifest().cases.map((c) => [c.id, c]));
  for (const build of apps.builds) {
    for (const [app, id, sizes] of RUNS) {
      if (app !== build.app) continue;
      const c = byId.get(id);
      const name = `${build.bundler} build of the ${app} app: ${id}`;
      if (!c) {
        await test(name, () => check(false, `no case ${id} in the manifest`));
        continue;
      }
      const programDir = c.committed ? 'fixtures' : 'cache';
      if (!c.committed && !existsSync(join(cache, c.file))) {
        skip(`${name} (not in .cache/conformance: see tools/conformance/README.md)`);
        continue;
      }
      const [step] = c.steps;
      await test(name, async () => {
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
        page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
        try {
          page.setDefaultTimeout(limits.page);
          const base = `${server.origin}/plain/`;
          const response = await page.goto(`${base}apps/${build.app}-${build.bundler}/`);
          check(response?.ok(), `loading the app: HTTP ${response?.status()}`);
          await page
            .waitForFunction(() => typeof globalThis.loadClassifier === 'function', null, { timeout: limits.page })
            .catch(() => check(false, `the app did not start: ${errors.join('; ') || 'no loadClassifier'}`));
          const out = await page.evaluate(
            async ([program, input, shape]) => {
              const image = new Float32Array(await (await fetch(input)).arrayBuffer());
              const classify = await globalThis.loadClassifier(program, shape);
              return classify(image);
            },
            [`${base}${programDir}/${c.file}`, `${base}fixtures/${step.inputs[0].file}`, sizes],
          );
          check(errors.length === 0, errors.join('; '));
          const want = floats(join(cases, step.outputs[0].file));
          check(out.length === want.length, `${out.length} outputs, expected ${want.length}`);
          let worst = 0;
          for (let i = 0; i < want.length; i++) {
            const d = Math.abs(out[i] - want[i]);
            check(d <= c.tolerance.atol + c.tolerance.rtol * Math.abs(want[i]), `output ${i}: ${out[i]} vs ${want[i]}`);
            worst = Math.max(worst, d);
          }
          const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
          return `${build.files.length} file(s), ${kb(build.gzip)} gzip; max |diff| vs ExecuTorch ${worst.toExponential(2)}`;
        } finally {
          await page.close({ runBeforeUnload: false }).catch(() => {});
        }
      });
    }
  }
}
