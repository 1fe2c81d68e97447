import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PteFile } from '@kindling/ir';
import elementwiseLowering from 'kindling-backend-elementwise/partitioner';
import { describe, expect, it } from 'vitest';
import { lowerCommand } from '../src/commands/lower.js';

const fixture = join(__dirname, '../../../packages/conformance-zoo/cases/blocks/gelu_mlp/portable.pte');
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

  it('refuses unknown backends and missing arguments', async () => {
    const { io, err } = capture();
    expect(await lowerCommand([fixture], io)).toBe(1);
    expect(err[0]).toMatch(/usage: kindling lower/);
    await expect(
      lowerCommand([fixture, '--backend', 'nope', '-o', join(tmpdir(), 'kindling-never-written.pte')], capture().io),
    ).rejects.toThrow(/unknown backend "nope"/);
  });
});
