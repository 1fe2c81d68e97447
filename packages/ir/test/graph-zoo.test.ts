import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGraphProblems, importProgram, ProgramBuilder, PteFile } from '../src/index.js';

const root = join(__dirname, '../../..');
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const files = [
  ...walk(join(root, 'packages/conformance-zoo/cases')).filter((f) => f.endsWith('portable.pte')),
  ...walk(join(root, 'fixtures/upstream')).filter((f) => f.endsWith('.pte')),
];

describe('graph import/export over the fixtures', () => {
  it.each(files.map((f) => [f.slice(root.length + 1), f]))('%s', (_name, path) => {
    const file = PteFile.read(new Uint8Array(readFileSync(path)));
    const graphs = importProgram(file);
    for (const g of graphs) expect(findGraphProblems(g)).toEqual([]);
    const builder = new ProgramBuilder();
    for (const g of graphs) builder.addMethod(g);
    const back = PteFile.read(builder.toPte());
    expect(back.methodNames).toEqual(file.methodNames);
  });
});
