import { createHash } from 'node:crypto';
import { ScalarType } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import {
  FlatTensorFile,
  type ProgramData,
  PteFile,
  readBundledProgram,
  rewritePte,
  writeBundledProgram,
  writeFlatTensor,
  writePte,
} from '../src/index.js';
import { PTE_FIXTURES, upstream } from './fixtures.js';

/** The program with its segment table replaced by segment contents (offsets are layout, not content). */
function content(file: PteFile): { program: Omit<ProgramData, 'segments'>; segments: string[] } {
  const { segments, ...program } = file.program;
  const digest = (b: Uint8Array) => `${b.byteLength}:${createHash('sha256').update(b).digest('hex')}`;
  return { program, segments: segments.map((_, i) => digest(file.segmentBytes(i))) };
}

describe('read -> write -> read', () => {
  for (const name of PTE_FIXTURES) {
    it(`${name} reads back to the same program`, () => {
      const first = PteFile.read(upstream(name));
      const written = rewritePte(first);
      const second = PteFile.read(written);
      expect(content(second)).toEqual(content(first));
      // Writing again is stable byte for byte.
      expect(Buffer.from(rewritePte(second)).equals(Buffer.from(written))).toBe(true);
    });
  }

  it('bundled program and its wrapped program', () => {
    const bp = readBundledProgram(upstream('executorch__bundled_program.bpte'));
    const inner = PteFile.read(bp.program);
    const rewritten = writeBundledProgram({ ...bp, program: rewritePte(inner) });
    const back = readBundledProgram(rewritten);
    expect(back.suites).toEqual(bp.suites);
    expect(back.version).toBe(bp.version);
    expect(back.program.byteOffset % 32).toBe(0);
    expect(content(PteFile.read(back.program))).toEqual(content(inner));
  });

  it('.ptd external data file', () => {
    const ptd = FlatTensorFile.read(upstream('executorchrs__data_map_model.ptd'));
    const tensors = ptd.data.namedData.map((n) => ({
      key: n.key,
      layout: n.layout ?? { scalarType: ScalarType.Byte, sizes: [], dimOrder: [] },
      bytes: ptd.bytes(n.key),
    }));
    const back = FlatTensorFile.read(writeFlatTensor(tensors));
    expect(back.data.namedData).toEqual(ptd.data.namedData);
    for (const n of ptd.data.namedData) expect(back.bytes(n.key)).toEqual(ptd.bytes(n.key));
    expect(back.header.flatbufferOffset).toBe(48);
    expect(back.header.segmentBaseOffset % 128).toBe(0);
    expect(Array.from(new Float32Array(back.bytes('a').slice().buffer))).toEqual(
      Array.from(new Float32Array(ptd.bytes('a').slice().buffer)),
    );
  });
});

describe('writer layout', () => {
  const base = PteFile.read(upstream('executorch__arduino_add_model.pte'));

  it('follows ExecuTorch layout rules: header at byte 8, segments aligned to 128', () => {
    const extra = new Uint8Array(300).fill(7);
    const program: ProgramData = {
      ...base.program,
      segments: [...base.program.segments, { offset: 0n, size: 0n }],
    };
    const bytes = writePte(program, [base.segmentBytes(0), extra]);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(String.fromCharCode(...bytes.subarray(4, 8))).toBe('ET12');
    expect(String.fromCharCode(...bytes.subarray(8, 12))).toBe('eh00');
    expect(view.getUint32(12, true)).toBe(32);
    const programSize = Number(view.getBigUint64(16, true));
    const segmentBase = Number(view.getBigUint64(24, true));
    expect(segmentBase % 128).toBe(0);
    expect(segmentBase).toBeGreaterThanOrEqual(programSize);
    expect(Number(view.getBigUint64(32, true))).toBe(128 + 300);
    const f = PteFile.read(bytes);
    expect(f.program.segments).toEqual([
      { offset: 0n, size: 4n },
      { offset: 128n, size: 300n },
    ]);
    expect(f.segmentBytes(1)).toEqual(extra);
    // The root table moved by exactly the header length.
    expect(view.getUint32(0, true) % 16).toBe(base.source.read(0, 4)[0]! % 16);
  });

  it('writes no extended header when no segment holds bytes', () => {
    const f = PteFile.read(upstream('executorch__apple_add.pte'));
    const bytes = rewritePte(f);
    expect(String.fromCharCode(...bytes.subarray(8, 12))).not.toBe('eh00');
    expect(PteFile.read(bytes).header).toBeNull();
  });

  it('refuses segment contents that do not match the segment table', () => {
    expect(() => writePte(base.program, [])).toThrow(/1 segments/);
  });
});
