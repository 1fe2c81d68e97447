import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PteFile } from '@kindling/ir';
import { describe, expect, it } from 'vitest';
import { inspectProgram } from './inspect-a-program.js';
import { renameMethod } from './rewrite-a-program.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/upstream/${name}`, import.meta.url));

describe('guide examples', () => {
  it('inspect-a-program lists methods, operators and constant values', () => {
    const lines = inspectProgram(fixture('numpyrt__multi_method.pte'));
    expect(lines.some((l) => l.startsWith('forward(') && l.includes('aten::'))).toBe(true);
    const stories = inspectProgram(fixture('executorch__stories260k_hybrid_llama_qnn.pte'));
    expect(stories).toContain('get_max_seq_len = 128');
    expect(stories.find((l) => l.startsWith('kv_forward('))).toContain('delegates: QnnBackend');
  });

  it('rewrite-a-program renames a method and keeps everything else', () => {
    const bytes = new Uint8Array(readFileSync(fixture('numpyrt__multi_method.pte')));
    const out = PteFile.read(renameMethod(bytes, 'double', 'twice'));
    expect(out.methodNames.sort()).toEqual(['forward', 'twice']);
    expect(out.plan('twice').chains).toEqual(PteFile.read(bytes).plan('double').chains);
  });
});
