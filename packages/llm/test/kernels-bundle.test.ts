// Each kernel of @kindling/llm/kernels can be shipped alone: an app importing one kernel does not
// carry the others (nor the embedded WebAssembly, unless the kernel uses it).
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function bundle(names: string[]): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { ${names.join(', ')} } from '@kindling/llm/kernels'; console.log(${names.join(', ')});`,
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    conditions: ['@kindling/source'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

const WASM_MAGIC_BASE64 = 'AGFzbQ';

describe('tree shaking of the llm kernels', () => {
  it('update_cache alone leaves out attention, embeddings, quantization and the WebAssembly', async () => {
    const code = await bundle(['updateCache']);
    expect(code).toContain('llama::update_cache.out');
    for (const absent of ['custom_sdpa', 'embedding_byte', 'embedding_4bit', 'per_token', WASM_MAGIC_BASE64]) {
      expect(code).not.toContain(absent);
    }
  });

  it('custom_sdpa carries the WebAssembly but not the embedding or quantization kernels', async () => {
    const code = await bundle(['customSdpa']);
    expect(code).toContain(WASM_MAGIC_BASE64);
    for (const absent of ['embedding_byte', 'embedding_4bit', 'per_token', 'update_cache']) {
      expect(code).not.toContain(absent);
    }
  });
});
