import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Gzipped sizes (bytes) of apps using one part of @kindling/remote, bundled from source by esbuild
// (minified, @kindling/core included). Each budget sits just above the size measured when it was
// set. An app that uses one client does not carry the other.
const BUDGET = { tensor: 7_700, chat: 5_450, hybrid: 10_000 };

const root = fileURLToPath(new URL('..', import.meta.url));

async function bundle(contents: string): Promise<{ text: string; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['@kindling/source'],
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { text: new TextDecoder().decode(bytes), gzip: gzipSync(bytes, { level: 9 }).length };
}

describe('bundle sizes', () => {
  it('an app calling a tensor model over the Open Inference Protocol', async () => {
    const { text, gzip } = await bundle("export { remote } from './src/index.ts';");
    console.log(`remote tensor app: ${gzip} bytes gzip (budget ${BUDGET.tensor})`);
    expect(gzip).toBeLessThanOrEqual(BUDGET.tensor);
    expect(text).not.toContain('text/event-stream');
  });

  it('an app streaming chat completions', async () => {
    const { text, gzip } = await bundle("export { remoteGenerator } from './src/index.ts';");
    console.log(`remote chat app: ${gzip} bytes gzip (budget ${BUDGET.chat})`);
    expect(gzip).toBeLessThanOrEqual(BUDGET.chat);
    expect(text).not.toContain('inference-header-content-length');
  });

  it('an app routing a tensor model between the device and a server', async () => {
    const { gzip } = await bundle("export { hybrid, remote } from './src/index.ts';");
    console.log(`hybrid tensor app: ${gzip} bytes gzip (budget ${BUDGET.hybrid})`);
    expect(gzip).toBeLessThanOrEqual(BUDGET.hybrid);
  });
});
