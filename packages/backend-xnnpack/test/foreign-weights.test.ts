// A weight transposed by a node another backend takes (a GPU backend listed first takes the
// permute_copy of a linear's weight): the support check found the matrix product's weight static, so
// the lowering must fold it too instead of failing on a weight it cannot see.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importProgram, PteFile } from '@kindling/ir';
import { type BackendLowering, lower } from '@kindling/partitioner';
import { describe, expect, test } from 'vitest';
import { decodeXnnPayload, XnnNodeType } from '../src/index.js';
import { sha256Hex } from '../src/lowering/sha256.js';
import { xnnpackLowering } from '../src/partitioner.js';

const ZOO = join(import.meta.dirname, '../../../packages/conformance-zoo/cases');

/** Stands for a backend listed before XNNPACK that takes only the transposes (as WebGPU does). */
const transposer: BackendLowering = {
  specificationVersion: 'v1',
  id: 'TestTransposer',
  supports: (node) =>
    node.op === 'aten.permute_copy.default' ? { supported: true } : { supported: false, reason: 'transposes only' },
  preprocess: () => ({ processed: new Uint8Array([0]) }),
};

/** The named-data key of the filter of every fully connected node of the program's XNNPACK payloads. */
function filterKeys(bytes: Uint8Array): string[] {
  const file = PteFile.read(bytes);
  const keys: string[] = [];
  for (const d of file.plan('forward').delegates) {
    if (d.id !== 'XnnpackBackend') continue;
    const { graph } = decodeXnnPayload(file.delegatePayload(d));
    const byId = new Map(graph.values.map((v) => [v.id, v]));
    for (const n of graph.nodes) {
      if (n.type !== XnnNodeType.FullyConnected) continue;
      const filter = byId.get(n.inputs[1]!)!;
      keys.push(graph.constantData[filter.constantBufferIdx]!.namedKey ?? '');
    }
  }
  return keys;
}

describe('a transposed weight whose transpose another backend takes', () => {
  for (const id of ['blocks/gelu_mlp', 'blocks/multi_head_attention']) {
    test(`${id}: lowers, with the filters XNNPACK alone writes (the original weights)`, async () => {
      const program = new Uint8Array(readFileSync(join(ZOO, id, 'portable.pte')));
      const mixed = await lower(program, { backends: [transposer, xnnpackLowering()] });
      // the transposes went to the other backend, the matrix products to XNNPACK
      const nodes = mixed.report.flatMap((m) => m.nodes);
      expect(
        nodes.filter((n) => n.op === 'aten.permute_copy.default').every((n) => n.backend === 'TestTransposer'),
      ).toBe(true);
      const products = nodes.filter((n) => /^aten\.(addmm|mm|linear)\./.test(n.op));
      expect(products.length).toBeGreaterThan(0);
      expect(products.every((n) => n.backend === 'XnnpackBackend')).toBe(true);
      const alone = await lower(program, { backends: [xnnpackLowering()] });
      const keys = filterKeys(mixed.bytes);
      expect(keys.length).toBe(products.length);
      expect(keys).toEqual(filterKeys(alone.bytes));
      // each filter is one of the program's weights, byte for byte ([out, in], as XNNPACK takes it)
      const weights = new Set(
        importProgram(PteFile.read(program)).flatMap((g) =>
          g.values.filter((v) => v.source === 'constant' && v.data).map((v) => sha256Hex(v.data!)),
        ),
      );
      for (const k of keys) expect(weights.has(k), k).toBe(true);
    });
  }
});
