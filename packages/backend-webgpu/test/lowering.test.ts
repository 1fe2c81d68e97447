// The WebGPU lowering on the zoo's portable programs: each one lowered with webgpuLowering() alone,
// and with webgpuLowering() then xnnpackLowering() (GPU first, the CPU delegate takes the rest), runs
// here (WebGPU in Node on whatever adapter node-gpu.ts finds) and matches ExecuTorch's recorded
// outputs within the manifest tolerance. Nodes neither backend takes stay on the portable kernels.
// (With KINDLING_CONFORMANCE_CACHE=/path/.cache/conformance KINDLING_LARGE_ZOO=1, MobileNetV2, ResNet18,
// MiniLM, ... too.)

import { createHash } from 'node:crypto';
import { planBackendSuite } from '@kindling/backend-test-suite';
import { xnnpack } from '@kindling/backend-xnnpack';
import { xnnpackLowering } from '@kindling/backend-xnnpack/partitioner';
import { ConformanceZoo, type ManifestCase } from '@kindling/conformance-zoo';
import type { Backend } from '@kindling/core';
import { CALL_DELEGATE, importProgram, PteFile } from '@kindling/ir';
import { type BackendLoweringV1, lower, partitionGraph } from '@kindling/partitioner';
import { Module, portableKernels } from '@kindling/runtime';
import { describe, expect, test } from 'vitest';
import { decodeVkGraph, parseVkPayload, webgpu } from '../src/index.js';
import { delegateNodeTypes, OP_TABLE, webgpuLowering } from '../src/partitioner.js';
import { nodeGpu } from './node-gpu.js';

const { gpu, reason } = await nodeGpu();
const zoo = ConformanceZoo.open();
// KINDLING_LARGE_ZOO=1 adds the large programs generated into .cache/conformance (minutes each on a
// software adapter)
const includeLarge = !!process.env.KINDLING_LARGE_ZOO;
const portable = zoo.available({ includeLarge }).filter((c) => c.flavour === 'portable');

/** Nodes the lowerings take in `c`, by delegate id. */
function taken(c: ManifestCase, lowerings: BackendLoweringV1[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const g of importProgram(PteFile.read(zoo.programBytes(c)))) {
    for (const p of partitionGraph(
      g,
      lowerings.map((lowering) => ({ lowering })),
    ).partitions) {
      counts.set(p.backendId, (counts.get(p.backendId) ?? 0) + p.nodes.length);
    }
  }
  return counts;
}

/** Runs every recorded step of `c` from `bytes` and compares with ExecuTorch's outputs. */
async function runCase(c: ManifestCase, bytes: Uint8Array, backends: Backend[]) {
  const module = await Module.load(bytes, { backends, kernels: portableKernels });
  try {
    for (const [s, step] of c.steps.entries()) {
      const got = await module.execute(step.method, zoo.inputs(c, s));
      expect(got.length).toBe(step.outputs.length);
      for (const [i, want] of step.outputs.entries()) {
        const r = zoo.compare(c, got[i], want);
        if (!r.ok) throw new Error(`${c.id} step ${s} output ${i}: ${r.message}`);
      }
    }
  } finally {
    await module.dispose();
  }
}

const delegateIds = (bytes: Uint8Array): string[] =>
  importProgram(PteFile.read(bytes)).flatMap((g) =>
    g.nodes.filter((n) => n.op === CALL_DELEGATE).map((n) => n.delegate?.id ?? ''),
  );

describe('webgpu lowering: partitioning of the zoo portable programs', () => {
  test('takes nodes of more than half of the programs', () => {
    const lowering = webgpuLowering();
    let programs = 0;
    for (const c of portable) if ((taken(c, [lowering]).get('VulkanBackend') ?? 0) > 0) programs++;
    // an independent floor: the zoo's op cases are mostly element-wise, linear and conv graphs
    expect(programs).toBeGreaterThan(portable.length / 2);
  });

  test('the payloads call the operators of the nodes taken (delegateNodeTypes)', async () => {
    const c = portable.find((x) => x.id === 'blocks/gelu_mlp/portable') as ManifestCase;
    const { bytes, report } = await lower(zoo.programBytes(c), { backends: [webgpuLowering()] });
    const takenOps = report.flatMap((m) => m.nodes.filter((n) => n.backend === 'VulkanBackend').map((n) => n.op));
    const file = PteFile.read(bytes);
    const got = new Set(
      file.methodNames.flatMap((m) =>
        file.plan(m).delegates.flatMap((d) => delegateNodeTypes(file.delegatePayload(d))),
      ),
    );
    // a transposed constant weight and its addmm / mm become one linear, as ExecuTorch writes it
    const merged = new Set(['aten.permute_copy.default', 'aten.addmm.default', 'aten.mm.default']);
    for (const op of takenOps) if (!merged.has(op)) expect(got).toContain(OP_TABLE[op]?.name);
    if (takenOps.includes('aten.addmm.default')) expect(got).toContain('aten.linear.default');
    expect(got.size).toBeGreaterThan(0);
  });

  test('weights are named data keyed by the SHA-256 of their bytes, each the length the payload says', async () => {
    const c = portable.find((x) => x.id === 'digits/portable') as ManifestCase;
    const { bytes } = await lower(zoo.programBytes(c), { backends: [webgpuLowering()] });
    const file = PteFile.read(bytes);
    const data = file.namedData();
    let constants = 0;
    for (const d of file.plan('forward').delegates) {
      const g = decodeVkGraph(parseVkPayload(file.delegatePayload(d)).flatbuffer);
      for (const k of g.constants) {
        constants++;
        const blob = data.get(k.namedKey ?? '');
        expect(blob.byteLength).toBe(Number(k.length));
        expect(createHash('sha256').update(blob).digest('hex')).toBe(k.namedKey);
      }
    }
    // digits has two convolutions and two linear layers, each with a weight and a bias
    expect(constants).toBe(8);
  });

  test('nodes the GPU does not take stay in the portable program', async () => {
    const lowering = webgpuLowering();
    for (const c of portable) {
      const graphs = importProgram(PteFile.read(zoo.programBytes(c)));
      const refused = graphs.flatMap((g) =>
        partitionGraph(g, [{ lowering }])
          .nodes.filter((n) => n.backend === null)
          .map((n) => n.op),
      );
      if (refused.length === 0 || refused.length === graphs.flatMap((g) => g.nodes).length) continue;
      const { methods } = await lower(zoo.programBytes(c), { backends: [lowering] });
      const left = methods.flatMap((g) => g.nodes.filter((n) => n.op !== CALL_DELEGATE).map((n) => n.op));
      for (const op of new Set(refused)) expect(left, `${c.id}: ${op}`).toContain(op);
    }
  });

  test('foldActivations writes a convolution and its ReLU as et_vk.conv_with_clamp', async () => {
    const c = portable.find((x) => x.id === 'digits/portable') as ManifestCase;
    const names = async (fold: boolean) => {
      const { bytes } = await lower(zoo.programBytes(c), { backends: [webgpuLowering({ foldActivations: fold })] });
      const file = PteFile.read(bytes);
      return file.plan('forward').delegates.flatMap((d) => delegateNodeTypes(file.delegatePayload(d)));
    };
    expect(await names(true)).toContain('et_vk.conv_with_clamp.default');
    expect(await names(false)).not.toContain('et_vk.conv_with_clamp.default');
  });
});

if (gpu) {
  const backend = webgpu({ gpu });
  // the zoo's portable programs lowered with webgpuLowering() alone, through the backend test suite
  const plan = planBackendSuite({
    backend,
    lowering: webgpuLowering(),
    robustness: false,
    includeLarge,
    timeoutMs: includeLarge ? 1_800_000 : 300_000,
  });
  describe('webgpu lowering: portable programs lowered for the GPU', () => {
    for (const check of plan.checks.filter((k) => k.group === 'lowered')) {
      if (check.skip) test.skip(`${check.caseId} (${check.skip})`, () => {});
      else test(check.caseId ?? check.id, { timeout: 0 }, async () => void (await check.run()));
    }
  });

  test('digits lowered with foldActivations (et_vk.conv_with_clamp) matches ExecuTorch', async () => {
    const c = portable.find((x) => x.id === 'digits/portable') as ManifestCase;
    const { bytes } = await lower(zoo.programBytes(c), { backends: [webgpuLowering({ foldActivations: true })] });
    await runCase(c, bytes, [backend]);
  });

  describe('webgpu,xnnpack lowering: GPU first, the CPU delegate takes the rest', () => {
    const lowerings = [webgpuLowering(), xnnpackLowering()];
    const cpu = xnnpack();
    for (const c of portable) {
      const counts = taken(c, lowerings);
      if (counts.size === 0) {
        test.skip(`${c.id} (neither lowering takes a node)`, () => {});
        continue;
      }
      test(c.id, { timeout: includeLarge ? 1_800_000 : 300_000 }, async () => {
        const { bytes } = await lower(zoo.programBytes(c), { backends: lowerings });
        const ids = delegateIds(bytes);
        for (const [id, n] of counts) if (n > 0) expect(ids).toContain(id);
        await runCase(c, bytes, [backend, cpu]);
      });
    }
  });
} else {
  describe('webgpu lowering on a device', () => {
    test.skip(`no WebGPU adapter: ${reason}`, () => {});
  });
}
