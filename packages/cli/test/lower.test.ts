import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { delegateNodeTypes as coremlNodeTypes } from '@kindling/backend-coreml/partitioner';
import { delegateNodeTypes } from '@kindling/backend-webgpu/partitioner';
import { PteFile } from '@kindling/ir';
import elementwiseLowering from 'kindling-backend-elementwise/partitioner';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { lowerCommand } from '../src/commands/lower.js';

const ZOO = join(import.meta.dirname, '../../../packages/conformance-zoo/cases');
const fixture = join(ZOO, 'blocks/gelu_mlp/portable.pte');
const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
};

describe('kindling lower', () => {
  it('re-plans and re-emits with the portable backend', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindling-lower-'));
    const { io, out } = capture();
    expect(await lowerCommand([fixture, '--backend', 'portable', '-o', join(dir, 'out.pte')], io)).toBe(0);
    const file = PteFile.read(new Uint8Array(readFileSync(join(dir, 'out.pte'))));
    expect(file.plan('forward').delegates).toHaveLength(0);
    expect(out.join('\n')).toMatch(/forward: planned memory [\d,]+ B \(was 26,624 B/);
  });

  it('prints a JSON partition report for a test backend', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindling-lower-'));
    const { io, out } = capture();
    const code = await lowerCommand([fixture, '--backend', 'ew', '-o', join(dir, 'out.pte'), '--report', 'json'], io, {
      backends: { ew: elementwiseLowering() },
    });
    expect(code).toBe(0);
    const report = JSON.parse(out.join('\n'));
    const nodes = report.methods[0].nodes as { op: string; backend: string | null; reasons: Record<string, string> }[];
    expect(nodes.find((n) => n.op === 'aten.addmm.default')?.reasons.ElementwiseJsBackend).toMatch(/not implemented/);
    const delegated = PteFile.read(new Uint8Array(readFileSync(join(dir, 'out.pte')))).plan('forward').delegates;
    expect(delegated.length).toBe(report.methods[0].partitions.length);
  });

  it('lowers for the GPU first and the CPU delegate second (--backend webgpu,xnnpack)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindling-lower-'));
    const { io, out } = capture();
    // a project folder without the packages: the CLI's own resolution finds them
    const code = await lowerCommand(
      [fixture, '--backend', 'webgpu,xnnpack', '-o', join(dir, 'out.pte'), '--report', 'json'],
      io,
      { plugins: { cwd: dir } },
    );
    expect(code).toBe(0);
    const report = JSON.parse(out.join('\n'));
    const nodes = report.methods[0].nodes as { op: string; backend: string | null }[];
    // every node the GPU lowering takes is on the GPU; the report and the program agree
    const file = PteFile.read(new Uint8Array(readFileSync(join(dir, 'out.pte'))));
    const delegates = file.plan('forward').delegates;
    const ids = delegates.map((d) => d.id);
    // each GPU payload decodes as a VkGraph with operator calls
    for (const d of delegates.filter((x) => x.id === 'VulkanBackend')) {
      expect(delegateNodeTypes(file.delegatePayload(d)).length).toBeGreaterThan(0);
    }
    expect(ids).toContain('VulkanBackend');
    expect(nodes.filter((n) => n.backend === 'VulkanBackend').length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set(nodes.map((n) => n.backend).filter((b) => b !== null)));
  });

  it('lowers for Core ML first and the CPU delegate second (--backend coreml,xnnpack)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindling-lower-'));
    const { io, out } = capture();
    const code = await lowerCommand(
      [fixture, '--backend', 'coreml,xnnpack', '-o', join(dir, 'out.pte'), '--report', 'json'],
      io,
      { plugins: { cwd: dir } },
    );
    expect(code).toBe(0);
    const report = JSON.parse(out.join('\n'));
    const nodes = report.methods[0].nodes as { op: string; backend: string | null }[];
    const file = PteFile.read(new Uint8Array(readFileSync(join(dir, 'out.pte'))));
    const delegates = file.plan('forward').delegates;
    // gelu_mlp: the Core ML lowering takes its linear layers and the GELU
    const coremlPayloads = delegates.filter((x) => x.id === 'CoreMLBackend');
    expect(coremlPayloads.length).toBeGreaterThan(0);
    for (const d of coremlPayloads) expect(coremlNodeTypes(file.delegatePayload(d))).toContain('linear');
    expect(nodes.filter((n) => n.backend === 'CoreMLBackend').map((n) => n.op)).toContain('aten.gelu.default');
    expect(new Set(delegates.map((d) => d.id))).toEqual(new Set(nodes.map((n) => n.backend).filter((b) => b !== null)));
  });

  it('refuses unknown backends and missing arguments', async () => {
    await expect(lowerCommand([fixture], capture().io)).rejects.toThrow(/^missing required option --backend /);
    await expect(lowerCommand([fixture, '--backend', 'portable'], capture().io)).rejects.toThrow(
      /^missing required option --output \(-o\) OUT.pte/,
    );
    await expect(
      lowerCommand([fixture, '--backend', 'nope', '-o', join(tmpdir(), 'kindling-never-written.pte')], capture().io),
    ).rejects.toThrow(
      /^unknown backend "nope": not a short name \(xnnpack, webgpu, coreml, portable\), and backend package "nope" is not installed: looked for node_modules\/nope in /,
    );
  });
});

describe('kindling lower --backend xnnpack', () => {
  // From an empty folder, so that the CLI's own @kindling/backend-xnnpack is found (see
  // backend-plugins.test.ts for packages in the working directory's node_modules).
  const before = process.cwd();
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kindling-xnn-'));
    process.chdir(dir);
  });
  afterAll(() => {
    process.chdir(before);
  });

  test('`kindling lower --backend xnnpack` picks up xnnpackLowering', async () => {
    const out = join(dir, 'out.pte');
    const lines: string[] = [];
    const io = { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) };
    const input = join(ZOO, 'blocks/conv_bn_relu/portable.pte');
    const code = await lowerCommand([input, '--backend', 'xnnpack', '-o', out, '--report', 'text'], io, { tty: false });
    expect(code, lines.join('\n')).toBe(0);
    expect(lines.join('\n')).toMatch(/XnnpackBackend/);
    // One XNNPACK delegate (its payload's validity is the XNNPACK package's own test: lowering.test.ts).
    const plan = PteFile.read(new Uint8Array(readFileSync(out))).plan('forward');
    expect(plan.delegates.map((d) => d.id)).toEqual(['XnnpackBackend']);
  });
});
