import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PteFile } from '@kindling/ir';
import { test } from 'vitest';
import { decodeXnnPayload, nodeTypeName, XnnDatatype } from '../src/index.js';

const root = join(import.meta.dirname, '../../..');
const ids = (process.env.DUMP_IDS ?? '').split(',');
test('dump', () => {
  for (const id of ids) {
    const bytes = new Uint8Array(readFileSync(join(root, 'fixtures/conformance', `${id}.pte`)));
    const file = PteFile.read(bytes);
    const plan = file.plan(file.methodNames[0] as string);
    for (const d of plan.delegates) {
      const g: any = decodeXnnPayload(file.delegatePayload(d!));
      console.log('=== ', id);
      const gg = g.graph ?? g;
      for (const v of gg.values) console.log('V', v.id, XnnDatatype[v.datatype], JSON.stringify(v.dims), JSON.stringify(v.quant, (k, x) => (x instanceof Float32Array ? Array.from(x).slice(0, 4) : x)), v.flags, v.constantBufferIdx ?? '');
      for (const n of gg.nodes) console.log('N', nodeTypeName(n.type), 'in', n.inputs, 'out', n.outputs, n.outputMin, n.outputMax, 'flags', n.flags, JSON.stringify(n.attrs));
    }
  }
});
