import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PteFile } from '@kindling/ir';
import { test } from 'vitest';
import { decodeXnnPayload } from '../src/serialization/xnn-graph-reader.js';
import { XnnDatatype, XnnNodeType } from '../src/serialization/xnn-graph.js';

test('dump', () => {
  const m = JSON.parse(readFileSync('fixtures/conformance/manifest.json', 'utf8'));
  const counts: Record<string, Set<string>> = {};
  const lines: string[] = [];
  const files = ['fixtures/upstream/numpyrt__xnnpack_add.pte', ...m.cases.filter((c: any) => c.flavour.startsWith('xnnpack')).map((c: any) => join('fixtures/conformance', c.file))];
  for (const f of files) {
    const file = PteFile.read(new Uint8Array(readFileSync(f)));
    for (const name of file.methodNames) {
      const plan = file.plan(name);
      for (const d of plan.delegates) {
        const p = decodeXnnPayload(file.delegatePayload(d));
        lines.push(`== ${f} ${name} id=${p.graph.identifier} v=${p.graph.version} ext=${p.graph.numExterns} in=${p.graph.inputIds} out=${p.graph.outputIds} cr=${p.constantRegion.length} cd=${p.graph.constantData.length}`);
        for (const v of p.graph.values) lines.push(`  v${v.index} id=${v.id} ${XnnDatatype[v.datatype]} [${v.dims}] c=${v.constantBufferIdx} ext=${v.externalId} fl=${v.flags} dq=${v.dqDatatype} q=${v.quant ? JSON.stringify({...v.quant, scales: undefined}) : ''}`);
        for (const n of p.graph.nodes) {
          const key = XnnNodeType[n.type] ?? String(n.type);
          const dts = n.inputs.map((i) => p.graph.values.find((v) => v.id === i)).map((v) => (v ? XnnDatatype[v.datatype] : '-')).join(',');
          (counts[key] ??= new Set()).add(f.split('/').slice(-3).join('/') + ':' + dts);
          lines.push(`  n${n.index} ${key} in=${n.inputs} out=${n.outputs} fl=${n.flags} mm=${n.outputMin},${n.outputMax} ${JSON.stringify(n.attrs)}`);
        }
      }
    }
  }
  for (const [k, s] of Object.entries(counts)) lines.unshift(`${k}: ${s.size} ${[...s].slice(0, 6).join(' ')}`);
  require('node:fs').writeFileSync('/tmp/xnn/dump.txt', lines.join('\n'));
});
