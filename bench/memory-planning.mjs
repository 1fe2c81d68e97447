#!/usr/bin/env node
// Memory planning, side by side: for every zoo program exported by ExecuTorch (committed, plus the
// large ones when they are in .cache/conformance), re-plan each method with Kindling's planner and
// compare the planned bytes with ExecuTorch's own non_const_buffer_sizes. Writes
// bench/results/memory-planning.json. Run after `pnpm build`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importProgram, PteFile } from '@kindling/ir';
import { emitProgram } from '@kindling/partitioner';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}packages/conformance-zoo/cases/manifest.json`, 'utf8'));
const sum = (sizes) => Number(sizes.slice(1).reduce((a, b) => a + b, 0n));

const rows = [];
for (const c of manifest.cases) {
  if (c.flavour !== 'portable') continue;
  const path = c.committed ? `${root}packages/conformance-zoo/cases/${c.file}` : `${root}.cache/conformance/${c.file}`;
  if (!existsSync(path)) continue;
  const original = PteFile.read(new Uint8Array(readFileSync(path)));
  const start = performance.now();
  const { bytes } = emitProgram(importProgram(original));
  const ms = performance.now() - start;
  const emitted = PteFile.read(bytes);
  for (const plan of original.program.executionPlan) {
    if (plan.chains.length === 0) continue;
    rows.push({
      id: `${c.model}:${plan.name}`,
      executorch: sum(plan.nonConstBufferSizes),
      kindling: sum(emitted.plan(plan.name).nonConstBufferSizes),
      planMs: Number(ms.toFixed(2)),
    });
  }
}

const width = Math.max(...rows.map((r) => r.id.length));
console.log(`${'program:method'.padEnd(width)}  ${'ExecuTorch B'.padStart(12)}  ${'Kindling B'.padStart(12)}  ratio`);
for (const r of rows) {
  const ratio = r.executorch === 0 ? 1 : r.kindling / r.executorch;
  console.log(
    `${r.id.padEnd(width)}  ${String(r.executorch).padStart(12)}  ${String(r.kindling).padStart(12)}  ${ratio.toFixed(3)}`,
  );
}
const total = {
  executorch: rows.reduce((a, r) => a + r.executorch, 0),
  kindling: rows.reduce((a, r) => a + r.kindling, 0),
};
const larger = rows.filter((r) => r.kindling > r.executorch).length;
const smaller = rows.filter((r) => r.kindling < r.executorch).length;
console.log(
  `\n${rows.length} methods: total ${total.kindling} B (Kindling) vs ${total.executorch} B (ExecuTorch), ratio ${(total.kindling / total.executorch).toFixed(3)}; smaller in ${smaller}, larger in ${larger}`,
);
mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(
  `${root}bench/results/memory-planning.json`,
  `${JSON.stringify({ executorch_version: manifest.executorch_version, total, smaller, larger, rows }, null, 2)}\n`,
);
if (larger > 0) process.exitCode = 1;
