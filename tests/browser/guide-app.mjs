/**
 * The app of the guide "Running in the browser" (docs/guides/running-in-the-browser.md), made only
 * from the page: its code blocks marked with a file name (```ts [src/main.ts]) are written out as
 * the app, the zoo's digits program lowered for XNNPACK as `public/model.pte` and one of its inputs
 * as `public/input.bin` (what the page says to put there); Vite builds it with the page's
 * `vite.config.ts` and `vite preview` serves it with the headers that config sets and the Content
 * Security Policy the page shows. In headless Chromium the page must be cross-origin isolated, the CPU delegate must run on more than one
 * thread in the page's worker, and the output must be ExecuTorch's recorded output.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlersInstalled, loadVite } from '../bundle/bundlers/build.mjs';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const GUIDE = join(repo, 'docs/guides/running-in-the-browser.md');
const cases = join(repo, 'packages/conformance-zoo/cases');
const CASE = 'digits/xnnpack';

/** The page's code blocks that name a file, as { path: text }. */
function appFilesOf(markdown) {
  const files = {};
  for (const m of markdown.matchAll(/^```\w+ \[([^\]]+)\]\n([\s\S]*?)^```/gm)) files[m[1]] = m[2];
  return files;
}

const floats = (path) => {
  const b = readFileSync(path);
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};

/** The Content-Security-Policy header the page shows (its ```text block that sets it). */
function cspOf(markdown) {
  const m = /^```text\nContent-Security-Policy: ([^\n]+)\n```/m.exec(markdown);
  if (!m) throw new Error('the guide shows no Content-Security-Policy header');
  return m[1];
}

/** Writes the app into a new folder beside Vite (so that its config's `import 'vite'` resolves). */
function writeApp() {
  const files = appFilesOf(readFileSync(GUIDE, 'utf8'));
  for (const name of ['index.html', 'src/main.ts', 'src/model.worker.ts', 'vite.config.ts']) {
    if (!(name in files)) throw new Error(`the guide has no \`\`\` [${name}] block`);
  }
  const dir = mkdtempSync(join(repo, 'tests/bundle/bundlers/.guide-app-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const c = JSON.parse(readFileSync(join(cases, 'manifest.json'), 'utf8')).cases.find((x) => x.id === CASE);
  if (!c) throw new Error(`no case ${CASE} in the manifest`);
  mkdirSync(join(dir, 'public'));
  copyFileSync(join(cases, c.file), join(dir, 'public/model.pte'));
  copyFileSync(join(cases, c.steps[0].inputs[0].file), join(dir, 'public/input.bin'));
  return { dir, expected: floats(join(cases, c.steps[0].outputs[0].file)), tolerance: c.tolerance };
}

/** Builds the app with Vite and serves the build with `vite preview`, both with the page's config. */
async function serveApp() {
  const { dir, expected, tolerance } = writeApp();
  const close = async (server) => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  };
  let server;
  try {
    const vite = await loadVite();
    const configFile = join(dir, 'vite.config.ts');
    await vite.build({ root: dir, configFile, logLevel: 'silent' });
    // The config's headers (cross-origin isolation), and the page's Content Security Policy on top.
    const csp = cspOf(readFileSync(GUIDE, 'utf8'));
    server = await vite.preview({
      root: dir,
      configFile,
      logLevel: 'silent',
      preview: { host: '127.0.0.1', port: 0, open: false, headers: { 'Content-Security-Policy': csp } },
    });
    const { port } = server.httpServer.address();
    return { origin: `http://127.0.0.1:${port}`, csp, expected, tolerance, close: () => close(server) };
  } catch (error) {
    await close(server);
    throw error;
  }
}

/** Builds, serves and runs the guide's app; `test`, `check`, `skip` are the runner's. */
export async function runGuideAppTest({ context, test, check, skip, limits }) {
  const name = 'the Vite app of "Running in the browser", built from the page: isolated, threads, ExecuTorch\'s output';
  if (!bundlersInstalled()) {
    if (process.env.KINDLING_REQUIRE_BUNDLERS === '1') {
      return test(name, () => check(false, 'Vite is not installed (`pnpm run bundlers:install`)'));
    }
    return skip(`${name} (Vite is not installed: \`pnpm run bundlers:install\`)`);
  }
  // Built and served before the test's time limit starts (a build takes a while on a busy machine).
  let app;
  try {
    app = await serveApp();
  } catch (error) {
    return test(name, () => {
      throw error;
    });
  }
  const { origin, csp, expected, tolerance } = app;
  await test(name, async () => {
    let page;
    try {
      page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
      // The page's own requests must all succeed (the browser's favicon request aside: the app has none).
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      page.setDefaultTimeout(limits.page);
      const response = await page.goto(`${origin}/`);
      check(response?.ok(), `loading the app: HTTP ${response?.status()}`);
      await page
        .waitForFunction(() => document.getElementById('result')?.textContent?.startsWith('{'), null, {
          timeout: limits.page,
        })
        .catch(() => check(false, `the app showed no result: ${errors.join('; ') || 'no error reported'}`));
      const result = JSON.parse(await page.evaluate(() => document.getElementById('result')?.textContent ?? ''));
      const failed = errors.filter((e) => !e.startsWith('console: Failed to load resource'));
      check(failed.length === 0, failed.join('; '));
      const headers = response.headers();
      check(headers['content-security-policy'] === csp, "the page was served without the guide's CSP");
      check(headers['cross-origin-embedder-policy'] === 'require-corp', 'no Cross-Origin-Embedder-Policy header');
      check(result.pageIsolated === true, 'the page is not cross-origin isolated');
      check(result.crossOriginIsolated === true, 'the worker is not cross-origin isolated');
      check(result.threads > 1, `the CPU delegate ran on ${result.threads} thread(s)`);
      const out = result.output;
      check(out.length === expected.length, `${out.length} outputs, expected ${expected.length}`);
      let worst = 0;
      for (let i = 0; i < expected.length; i++) {
        const d = Math.abs(out[i] - expected[i]);
        check(d <= tolerance.atol + tolerance.rtol * Math.abs(expected[i]), `output ${i}: ${out[i]} vs ${expected[i]}`);
        worst = Math.max(worst, d);
      }
      return `${CASE} on ${result.threads} threads, max |diff| vs ExecuTorch ${worst.toExponential(2)}`;
    } finally {
      await page?.close({ runBeforeUnload: false }).catch(() => {});
    }
  });
  await app.close();
}
