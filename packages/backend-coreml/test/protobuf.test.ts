// The protobuf wire-format decoder, on messages encoded here by hand from the wire format's rules,
// and the generated field tables against our .proto (the generator's --check).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ErrorCode } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import { COREML_MESSAGES, type Model, type TensorValue } from '../src/generated/coreml-proto.js';
import { decodeMessage } from '../src/serialization/protobuf.js';
import { errorOf } from './helpers.js';

const varint = (n: bigint): number[] => {
  let v = BigInt.asUintN(64, n);
  const out: number[] = [];
  do {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v ? b | 0x80 : b);
  } while (v);
  return out;
};
const key = (no: number, wire: number) => varint(BigInt(no * 8 + wire));
const len = (no: number, body: number[]) => [...key(no, 2), ...varint(BigInt(body.length)), ...body];
const str = (s: string) => [...new TextEncoder().encode(s)];
const decode = <T>(type: string, bytes: number[]) =>
  decodeMessage<T>(COREML_MESSAGES, type, new Uint8Array(bytes), 'test message');

describe('wire format', () => {
  test('scalars, nested messages, maps and defaults', () => {
    const fn = [...len(2, str('CoreML6'))];
    const entry = [...len(1, str('main')), ...len(2, fn)];
    const program = [...key(1, 0), ...varint(1n), ...len(2, entry)];
    const m = decode<Model>('Model', [...key(1, 0), ...varint(8n), ...len(502, program)]);
    expect(m.specificationVersion).toBe(8);
    expect(m.description).toBeUndefined();
    expect(m.mlProgram!.version).toBe(1);
    expect(m.mlProgram!.docString).toBe('');
    expect(m.mlProgram!.functions.get('main')!.opset).toBe('CoreML6');
    expect(m.mlProgram!.functions.get('main')!.inputs).toEqual([]);
  });

  test('unknown fields of every wire type are skipped', () => {
    const unknown = [
      ...key(7, 0),
      ...varint(300n),
      ...key(8, 1),
      ...new Array(8).fill(0),
      ...len(9, [1, 2, 3]),
      ...key(10, 5),
      0,
      0,
      0,
      0,
    ];
    const m = decode<Model>('Model', [...unknown, ...key(1, 0), ...varint(6n)]);
    expect(m.specificationVersion).toBe(6);
  });

  test('negative int32 and int64 (ten-byte varints), packed and unpacked repeated values', () => {
    const ints = decode<{ values: number[] }>(
      'RepeatedInts',
      len(1, [...varint(-1n), ...varint(-(2n ** 31n)), ...varint(5n)]),
    );
    expect(ints.values).toEqual([-1, -(2 ** 31), 5]);
    const longs = decode<{ values: number[] }>('RepeatedLongInts', [
      ...key(1, 0),
      ...varint(-7n),
      ...key(1, 0),
      ...varint(2n ** 40n),
    ]);
    expect(longs.values).toEqual([-7, 2 ** 40]);
    const f = new Uint8Array(new Float32Array([1.5, -0.25]).buffer);
    const t = decode<TensorValue>('TensorValue', len(1, len(1, [...f])));
    expect(t.floats!.values).toEqual([1.5, -0.25]);
  });

  test.each([
    ['a truncated varint', [0x08, 0x80]],
    ['a length past the end', [...key(502, 2), ...varint(10n), 1, 2]],
    ['an eleven-byte varint', [0x08, ...new Array(10).fill(0x80), 0]],
    ['an int64 above 2^53', [...len(502, [...key(1, 0), ...varint(2n ** 60n)])]],
    ['wire type 3 (groups)', [...key(7, 3)]],
    ['field number 0', [0x02, 0x00]],
    ['a string field with wire type 0', [...len(2, [...key(1, 0), 1])]],
    ['invalid UTF-8', [...len(502, len(3, [0xff, 0xfe]))]],
    ['a truncated float', [...len(502, []), ...key(7, 5), 0]],
  ])('%s is refused', (_what, bytes) => {
    expect(errorOf(() => decode('Model', bytes)).code).toBe(ErrorCode.InvalidProgram);
  });

  test('nesting is bounded', () => {
    // ValueType.listType.type.listType... 100 levels deep
    let body: number[] = [];
    for (let i = 0; i < 100; i++) body = len(2, len(1, body));
    expect(errorOf(() => decode('ValueType', body)).message).toMatch(/deeper/);
  });
});

test('the generated tables are those of proto/coreml-model.proto', () => {
  const script = fileURLToPath(new URL('../scripts/gen-proto.mjs', import.meta.url));
  expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
});
