// Lowers every committed portable program of the conformance zoo with the XNNPACK lowering, runs
// the result with the portable kernels and the XNNPACK runtime, and compares with ExecuTorch's
// recorded outputs. With KINDLING_EMIT_DIR set it also writes the lowered programs there (same
// relative paths as the manifest) for the cross-runtime check in ExecuTorch:
//   KINDLING_EMIT_DIR=.cache/conformance/xnnpack-lowered npx vitest run packages/backend-xnnpack/test/lowering-zoo.test.ts
//   tools/conformance/.venv/bin/python tools/conformance/cross_runtime.py --dir .cache/conformance/xnnpack-lowered
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readManifest } from '@kindling/conformance-zoo';
import { type BackendLowering, lower } from '@kindling/partitioner';
import { afterAll, describe, expect, test } from 'vitest';
import { portableCases, ROOT, readCase, runCase, ZOO_DIR } from '../../partitioner/test/zoo.js';
import { xnnpack } from '../src/index.js';
import { xnnpackLowering } from '../src/partitioner.js';

const emitDir = process.env.KINDLING_EMIT_DIR ? resolve(ROOT, process.env.KINDLING_EMIT_DIR) : null;
const lowering: BackendLowering = xnnpackLowering();

interface Tally {
  id: string;
  partitions: number;
  delegated: number;
  nodes: number;
}
const tallies: Tally[] = [];

/** The large zoo models (generated into .cache/conformance, not committed); run with KINDLING_LARGE_ZOO=1. */
const CACHE_DIR = join(ROOT, '.cache/conformance');
const largeCases = process.env.KINDLING_LARGE_ZOO
  ? readManifest(join(ZOO_DIR, 'manifest.json')).cases.filter(
      (c) => c.flavour === 'portable' && !c.committed && existsSync(join(CACHE_DIR, c.file)),
    )
  : [];
const cases = [
  ...portableCases().map((c) => [c.id, c, () => readCase(c)] as const),
  ...largeCases.map((c) => [c.id, c, () => new Uint8Array(readFileSync(join(CACHE_DIR, c.file)))] as const),
];

describe('XNNPACK lowering of the conformance zoo', () => {
  test.each(cases)('%s', { timeout: 600_000 }, async (_id, c, read) => {
    const { bytes, report } = await lowering_(read());
    const partitions = report.reduce((n, m) => n + m.partitions.length, 0);
    const nodes = report.reduce((n, m) => n + m.nodes.length, 0);
    const delegated = report.reduce((n, m) => n + m.nodes.filter((x) => x.backend).length, 0);
    tallies.push({ id: c.id, partitions, delegated, nodes });
    if (emitDir) {
      const path = join(emitDir, c.file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
    await runCase(c, bytes, { backends: [xnnpack()] });
  });

  afterAll(() => {
    const programs = tallies.filter((t) => t.partitions > 0).length;
    const delegated = tallies.reduce((n, t) => n + t.delegated, 0);
    const nodes = tallies.reduce((n, t) => n + t.nodes, 0);
    console.log(
      `XNNPACK lowering: ${programs} of ${tallies.length} programs delegated; ${delegated} of ${nodes} nodes to XNNPACK, ${nodes - delegated} portable`,
    );
    if (process.env.KINDLING_LOWERING_REPORT) {
      for (const t of tallies) console.log(`  ${t.id}: ${t.delegated}/${t.nodes} nodes, ${t.partitions} partition(s)`);
    }
  });
});

function lowering_(bytes: Uint8Array) {
  return lower(bytes, { backends: [lowering] });
}

test('the lowering is what the CLI picks up', async () => {
  const mod = (await import('../src/partitioner.js')) as Record<string, unknown>;
  const made = (mod.xnnpackLowering as () => BackendLowering)();
  expect(made.id).toBe('XnnpackBackend');
  expect(made.specificationVersion).toBe('v1');
  expect(mod.SUPPORTED_NODE_TYPES).toBeDefined();
});
