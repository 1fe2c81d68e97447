import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Gzipped sizes (bytes) of apps that use the tokenizers or chat templates, bundled from source by
// esbuild (minified). Each budget sits just above the size measured when it was set. For
// comparison: @huggingface/tokenizers 0.2.0 alone (tokenizer.json only) measured 11,110 bytes the
// same way; @huggingface/jinja 0.5.11 alone 14,540.
const BUDGET = { loader: 13_400, chat: 16_500 };

const root = fileURLToPath(new URL('..', import.meta.url));

async function gzippedSize(contents: string): Promise<number> {
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
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

describe('bundle sizes', () => {
  it('an app reading any tokenizer format and streaming its output', async () => {
    const size = await gzippedSize(
      "import { loadTokenizer, createTokenStreamDecoder } from './src/index.ts';\n" +
        'export const run = (b: Uint8Array) => { const t = loadTokenizer(b); return createTokenStreamDecoder(t).push(t.encode("x")[0]!); };',
    );
    console.log(`tokenizer loader app: ${size} bytes gzip (budget ${BUDGET.loader})`);
    expect(size).toBeLessThanOrEqual(BUDGET.loader);
  });

  it('an app rendering chat templates', async () => {
    const size = await gzippedSize(
      "import { renderChatTemplate, DEFAULT_CHAT_TEMPLATE } from './src/index.ts';\n" +
        "export const run = () => renderChatTemplate(DEFAULT_CHAT_TEMPLATE, { messages: [{ role: 'user', content: 'hi' }] });",
    );
    console.log(`chat template app: ${size} bytes gzip (budget ${BUDGET.chat})`);
    expect(size).toBeLessThanOrEqual(BUDGET.chat);
  });
});
