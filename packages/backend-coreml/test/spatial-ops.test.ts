// The spatial and layout MIL operations of the reference interpreter (conv_transpose, crop,
// upsample_nearest_neighbor, upsample_bilinear, reverse, pad) against hand-computed values and plain
// reference loops written here; the lowering's refusals for those operators' graph nodes; and the
// MIL the lowering writes for the zoo's programs of them against what coremltools 9 writes when it
// converts the same PyTorch modules (recorded from `ct.convert` of the exported programs, fp32).
import { ConformanceZoo } from '@kindling/conformance-zoo';
import { ErrorCode, KindlingError, ScalarType } from '@kindling/core';
import { arg, Graph, PteFile, tensorType } from '@kindling/ir';
import { lower } from '@kindling/partitioner';
import { describe, expect, test } from 'vitest';
import { readCoreMLPayload } from '../src/index.js';
import { OpArgs } from '../src/interpreter/op-args.js';
import { MIL_OPS } from '../src/interpreter/ops/index.js';
import { type MilTensor, roundHalf } from '../src/interpreter/tensor.js';
import { coremlLowering, supportsNode } from '../src/partitioner.js';

const f = (shape: number[], values: ArrayLike<number>): MilTensor => ({
  dtype: 'fp32',
  shape,
  data: Float32Array.from(values),
});
const ints = (values: number[]): MilTensor => ({
  dtype: 'int32',
  shape: [values.length],
  data: Int32Array.from(values),
});
const int = (v: number): MilTensor => ({ dtype: 'int32', shape: [], data: Int32Array.of(v) });
const scalar = (v: number): MilTensor => ({ dtype: 'fp32', shape: [], data: Float32Array.of(v) });
const bool = (v: boolean): MilTensor => ({ dtype: 'bool', shape: [], data: Int32Array.of(v ? 1 : 0) });
const str = (v: string): MilTensor => ({ dtype: 'string', shape: [], data: [v] });

function run(
  op: string,
  inputs: Record<string, MilTensor>,
  out: { dtype?: 'fp16' | 'fp32'; shape: number[] } = { shape: [] },
): MilTensor {
  const bound = new Map(Object.entries(inputs).map(([k, v]) => [k, [v]]));
  const impl = MIL_OPS[op];
  if (!impl) throw new Error(`no ${op}`);
  return impl(new OpArgs(op, 'y', bound, [{ dtype: out.dtype ?? 'fp32', shape: out.shape }]))[0] as MilTensor;
}

const seq = (n: number, scale = 1, offset = 0) => Array.from({ length: n }, (_, i) => ((i * 7) % 11) * scale + offset);

/** Transposed convolution by its definition: y[o] sums x[i] * w[k] over i * s + k * d - p = o (2-D, groups). */
function convTransposeRef(
  x: MilTensor,
  w: MilTensor,
  bias: number[] | null,
  s: number[],
  d: number[],
  p: number[],
  groups: number,
): { shape: number[]; data: number[] } {
  const [n, cin, ih, iw] = x.shape as [number, number, number, number];
  const [, coutG, kh, kw] = w.shape as [number, number, number, number];
  const cout = coutG * groups;
  const cinG = cin / groups;
  const oh = (ih - 1) * s[0]! + (kh - 1) * d[0]! + 1 - 2 * p[0]!;
  const ow = (iw - 1) * s[1]! + (kw - 1) * d[1]! + 1 - 2 * p[1]!;
  const xs = x.data as Float32Array;
  const ws = w.data as Float32Array;
  const data: number[] = [];
  for (let b = 0; b < n; b++)
    for (let oc = 0; oc < cout; oc++) {
      const g = Math.floor(oc / coutG);
      for (let y = 0; y < oh; y++)
        for (let z = 0; z < ow; z++) {
          let acc = bias ? bias[oc]! : 0;
          for (let ci = g * cinG; ci < (g + 1) * cinG; ci++)
            for (let a = 0; a < ih; a++)
              for (let c = 0; c < iw; c++)
                for (let u = 0; u < kh; u++)
                  for (let v = 0; v < kw; v++)
                    if (a * s[0]! + u * d[0]! - p[0]! === y && c * s[1]! + v * d[1]! - p[1]! === z)
                      acc +=
                        xs[((b * cin + ci) * ih + a) * iw + c]! * ws[((ci * coutG + (oc % coutG)) * kh + u) * kw + v]!;
          data.push(acc);
        }
    }
  return { shape: [n, cout, oh, ow], data };
}

describe('conv_transpose', () => {
  test('1-D by hand: stride 2, kernel 3, no padding', () => {
    const y = run(
      'conv_transpose',
      { x: f([1, 1, 2], [1, 2]), weight: f([1, 1, 3], [1, 1, 1]), strides: ints([2]), pad_type: str('valid') },
      { shape: [1, 1, 5] },
    );
    expect(y.shape).toEqual([1, 1, 5]);
    expect(Array.from(y.data as Float32Array)).toEqual([1, 1, 3, 2, 2]);
  });

  test('2-D with groups, stride, dilation, padding and bias matches the definition', () => {
    const x = f([2, 4, 3, 4], seq(96, 0.1, -0.5));
    const w = f([4, 3, 3, 2], seq(72, 0.05, -0.25));
    const bias = [0.5, -1, 2, 0.25, 0, 1];
    const want = convTransposeRef(x, w, bias, [2, 1], [1, 2], [1, 1], 2);
    const y = run(
      'conv_transpose',
      {
        x,
        weight: w,
        bias: f([6], bias),
        strides: ints([2, 1]),
        dilations: ints([1, 2]),
        groups: int(2),
        pad_type: str('custom'),
        pad: ints([1, 1, 1, 1]),
        output_shape: ints(want.shape),
      },
      { shape: want.shape },
    );
    expect(y.shape).toEqual(want.shape);
    const got = Array.from(y.data as Float32Array);
    for (const [i, v] of want.data.entries()) expect(got[i]).toBeCloseTo(v, 5);
  });

  test('fp16 results are rounded to fp16; an output_shape other than the computed one is refused', () => {
    const x = f([1, 1, 1, 1], [1 / 3]);
    const w = f([1, 1, 1, 1], [1]);
    const y = run('conv_transpose', { x, weight: w }, { dtype: 'fp16', shape: [1, 1, 1, 1] });
    expect(y.data[0]).toBe(roundHalf(1 / 3));
    expect(() => run('conv_transpose', { x, weight: w, output_shape: ints([1, 1, 2, 2]) })).toThrow(KindlingError);
  });
});

describe('crop and reverse', () => {
  test('crop drops the given rows and columns of the last two dimensions', () => {
    const y = run('crop', {
      x: f(
        [1, 3, 4],
        seq(12).map((_, i) => i),
      ),
      crop_height: ints([1, 0]),
      crop_width: ints([1, 2]),
    });
    expect(y.shape).toEqual([1, 2, 1]);
    expect(Array.from(y.data as Float32Array)).toEqual([5, 9]);
  });

  test('reverse flips the given axes (negative ones too), all axes without axes', () => {
    const x = f([2, 3], [0, 1, 2, 3, 4, 5]);
    expect(Array.from(run('reverse', { x, axes: ints([-1]) }).data as Float32Array)).toEqual([2, 1, 0, 5, 4, 3]);
    expect(Array.from(run('reverse', { x, axes: ints([0]) }).data as Float32Array)).toEqual([3, 4, 5, 0, 1, 2]);
    expect(Array.from(run('reverse', { x }).data as Float32Array)).toEqual([5, 4, 3, 2, 1, 0]);
    const b: MilTensor = { dtype: 'bool', shape: [3], data: Int32Array.of(1, 0, 0) };
    expect(Array.from(run('reverse', { x: b, axes: ints([0]) }).data as Int32Array)).toEqual([0, 0, 1]);
  });
});

describe('pad', () => {
  const pad1 = (mode: string, p: number[], value = 0) =>
    Array.from(
      run('pad', { x: f([3], [1, 2, 3]), pad: ints(p), mode: str(mode), constant_val: scalar(value) })
        .data as Float32Array,
    );

  test('constant, reflect and replicate by hand', () => {
    expect(pad1('constant', [2, 1], 9)).toEqual([9, 9, 1, 2, 3, 9]);
    expect(pad1('reflect', [2, 1])).toEqual([3, 2, 1, 2, 3, 2]);
    expect(pad1('replicate', [2, 1])).toEqual([1, 1, 1, 2, 3, 3]);
  });

  test('pairs for the last dimensions only; each dimension independently (2-D reflect)', () => {
    const x = f([2, 3], [0, 1, 2, 3, 4, 5]);
    const y = run('pad', { x, pad: ints([0, 2]), mode: str('constant') });
    expect(y.shape).toEqual([2, 5]);
    expect(Array.from(y.data as Float32Array)).toEqual([0, 1, 2, 0, 0, 3, 4, 5, 0, 0]);
    const r = run('pad', { x, pad: ints([1, 0, 1, 1]), mode: str('reflect') });
    // rows [1, 0, 1] x columns [1, 0, 1, 2, 1] of x
    const rows = [1, 0, 1];
    const cols = [1, 0, 1, 2, 1];
    expect(r.shape).toEqual([3, 5]);
    expect(Array.from(r.data as Float32Array)).toEqual(rows.flatMap((i) => cols.map((j) => i * 3 + j)));
  });

  test('reflect wider than the dimension, negative pads and unknown modes are refused', () => {
    expect(() => pad1('reflect', [3, 0])).toThrow(KindlingError);
    expect(() => pad1('constant', [-1, 0])).toThrow(KindlingError);
    expect(() => pad1('circular', [1, 0])).toThrow(KindlingError);
  });
});

describe('upsampling', () => {
  // one row per input column: a value per column makes the chosen input columns visible
  const row = (w: number) =>
    f(
      [1, 1, w],
      Array.from({ length: w }, (_, i) => i),
    );

  test('nearest: output floor(in * scale); index floor(o * in / out) (PyTorch with sizes)', () => {
    const up = (w: number, scale: number) =>
      Array.from(
        run('upsample_nearest_neighbor', {
          x: row(w),
          scale_factor_height: scalar(1),
          scale_factor_width: scalar(scale),
        }).data as Float32Array,
      );
    expect(up(3, 2)).toEqual([0, 0, 1, 1, 2, 2]);
    // 3 -> 5, 5 -> 2 and 7 -> 3 with coremltools' scales (out + 1e-4) / in
    expect(up(3, Math.fround(5.0001 / 3))).toEqual([0, 0, 1, 1, 2]);
    expect(up(5, Math.fround(2.0001 / 5))).toEqual([0, 2]);
    expect(up(7, Math.fround(3.0001 / 7))).toEqual([0, 2, 4]);
    // 2 -> 6 with scale 3: index floor(o / 3), not shifted by an inexact ratio
    expect(up(2, 3)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  test('bilinear: the grid points of the MIL documentation, both corner modes', () => {
    const up = (w: number, scale: number, align: boolean) =>
      Array.from(
        run('upsample_bilinear', {
          x: row(w),
          scale_factor_height: scalar(1),
          scale_factor_width: scalar(scale),
          align_corners: bool(align),
        }).data as Float32Array,
      );
    const close = (got: number[], want: number[]) => {
      expect(got).toHaveLength(want.length);
      for (const [i, v] of want.entries()) expect(got[i]).toBeCloseTo(v, 5);
    };
    close(up(2, 2.5, false), [0, 0.1, 0.5, 0.9, 1]);
    close(up(2, 2.5, true), [0, 0.25, 0.5, 0.75, 1]);
    close(up(2, 3, false), [0, 0, 1 / 3, 2 / 3, 1, 1]);
    close(up(2, 3, true), [0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  test('bilinear in 2-D is the product of the two 1-D interpolations', () => {
    // x[r, c] = (r + 1) * (c + 1) is bilinear in (r, c): interpolation reproduces it at the grid points
    const x = f(
      [1, 3, 4],
      Array.from({ length: 12 }, (_, i) => (Math.floor(i / 4) + 1) * ((i % 4) + 1)),
    );
    const y = run('upsample_bilinear', {
      x,
      scale_factor_height: scalar(2),
      scale_factor_width: scalar(Math.fround(5.0001 / 4)),
      align_corners: bool(false),
    });
    expect(y.shape).toEqual([1, 6, 5]);
    const grid = (i: number, inSize: number, outSize: number) =>
      Math.min(inSize - 1, Math.max(0, ((i + 0.5) * inSize) / outSize - 0.5));
    const got = y.data as Float32Array;
    for (let r = 0; r < 6; r++)
      for (let c = 0; c < 5; c++) expect(got[r * 5 + c]).toBeCloseTo((grid(r, 3, 6) + 1) * (grid(c, 4, 5) + 1), 5);
  });

  test('an input of fewer than 3 dimensions is refused', () => {
    expect(() => run('upsample_nearest_neighbor', { x: f([4], [0, 1, 2, 3]) })).toThrow(
      expect.objectContaining({ code: ErrorCode.InvalidProgram }),
    );
  });
});

const f32 = (shape: number[]) => tensorType(ScalarType.Float, shape);
const reason = (r: ReturnType<typeof supportsNode>): string | null => (r.supported ? null : r.reason);
const constant = (g: Graph, shape: number[]) =>
  g.addConstant(f32(shape), new Uint8Array(4 * shape.reduce((a, b) => a * b, 1)));

describe('coreml lowering support of the spatial operators', () => {
  test('1-D and 2-D convolutions and transposed convolutions are taken; 3-D ones and large output padding refused', () => {
    const g = new Graph();
    const conv = (x: number[], w: number[], out: number[], transposed: boolean, pad: number, outPad: number) => {
      const n = x.length - 2;
      const list = (v: number) => arg.ints(new Array<number>(n).fill(v));
      return reason(
        supportsNode(
          g.addNode(
            'aten.convolution.default',
            [
              arg.value(g.addInput(f32(x))),
              arg.value(constant(g, w)),
              arg.none(),
              list(2),
              list(pad),
              list(1),
              arg.bool(transposed),
              list(outPad),
              arg.int(1),
            ],
            [f32(out)],
          ),
        ),
      );
    };
    expect(conv([1, 2, 8], [3, 2, 3], [1, 3, 4], false, 1, 0)).toBeNull();
    expect(conv([1, 2, 4, 4], [2, 3, 3, 3], [1, 3, 8, 8], true, 1, 1)).toBeNull();
    expect(conv([1, 2, 4], [2, 3, 3], [1, 3, 9], true, 0, 0)).toBeNull();
    expect(conv([1, 2, 4], [2, 3, 3], [1, 3, 10], true, 0, 1)).toMatch(/output padding is larger/);
    expect(conv([1, 2, 4, 4, 4], [3, 2, 3, 3, 3], [1, 3, 2, 2, 2], false, 1, 0)).toMatch(/only 1-D and 2-D/);
    expect(conv([1, 2, 8], [3, 2, 3], [1, 3, 4], false, 1, 1)).toMatch(/output padding without transposition/);
  });

  test('upsampling: scale factors other than out / in and align_corners to size 1 are refused', () => {
    const g = new Graph();
    const x = g.addInput(f32([1, 2, 3, 4]));
    const nearest = (size: number[] | null, scales: number[] | null, out: number[]) =>
      reason(
        supportsNode(
          g.addNode(
            'aten.upsample_nearest2d.vec_out',
            [arg.value(x), size ? arg.ints(size) : arg.none(), scales ? arg.floats(scales) : arg.none()],
            [f32(out)],
          ),
        ),
      );
    expect(nearest([5, 7], null, [1, 2, 5, 7])).toBeNull();
    expect(nearest(null, [2, 2], [1, 2, 6, 8])).toBeNull();
    expect(nearest(null, [2.5, 2], [1, 2, 7, 8])).toMatch(/scale factor is not the ratio/);
    expect(nearest(null, null, [1, 2, 6, 8])).toMatch(/neither/);
    const bilinear = (align: boolean, out: number[]) =>
      reason(
        supportsNode(
          g.addNode(
            'aten.upsample_bilinear2d.vec_out',
            [arg.value(x), arg.ints(out.slice(2)), arg.bool(align), arg.none()],
            [f32(out)],
          ),
        ),
      );
    expect(bilinear(true, [1, 2, 7, 9])).toBeNull();
    expect(bilinear(false, [1, 2, 1, 9])).toBeNull();
    expect(bilinear(true, [1, 2, 1, 9])).toMatch(/align_corners to an output size of 1/);
    const rank3 = g.addInput(f32([2, 3, 4]));
    const r3 = g.addNode(
      'aten.upsample_nearest2d.vec_out',
      [arg.value(rank3), arg.ints([6, 8]), arg.none()],
      [f32([2, 6, 8])],
    );
    expect(reason(supportsNode(r3))).toMatch(/\[N, C, H, W\]/);
  });

  test('flip needs distinct literal dims; adaptive pooling no larger output and a bounded window count', () => {
    const g = new Graph();
    const x = g.addInput(f32([2, 3, 4]));
    const flip = (dims: number[]) =>
      reason(supportsNode(g.addNode('aten.flip.out', [arg.value(x), arg.ints(dims)], [f32([2, 3, 4])])));
    expect(flip([0, -1])).toBeNull();
    expect(flip([2, -1])).toMatch(/repeated/);
    const y = g.addInput(f32([1, 3, 50, 50]));
    const pool = (size: number[]) =>
      reason(
        supportsNode(
          g.addNode('aten._adaptive_avg_pool2d.out', [arg.value(y), arg.ints(size)], [f32([1, 3, ...size])]),
        ),
      );
    expect(pool([2, 3])).toBeNull();
    expect(pool([25, 10])).toBeNull();
    expect(pool([60, 3])).toMatch(/larger than the input/);
    expect(pool([9, 9])).toMatch(/windows/);
  });

  test('constant padding: negative pads refused, PyTorch pairs from the last dimension', () => {
    const g = new Graph();
    const x = g.addInput(f32([2, 3, 4]));
    const pad = (p: number[], out: number[]) =>
      reason(
        supportsNode(g.addNode('aten.constant_pad_nd.out', [arg.value(x), arg.ints(p), arg.float(0.5)], [f32(out)])),
      );
    expect(pad([1, 2], [2, 3, 7])).toBeNull();
    expect(pad([1, 2, 0, 1], [2, 4, 7])).toBeNull();
    expect(pad([-1, 0], [2, 3, 3])).toMatch(/negative/);
    expect(pad([1, 1, 1, 1, 1, 1, 1, 1], [4, 5, 6, 6])).toMatch(/literal pairs/);
  });

  test('a rank-2 batch norm is taken', () => {
    const g = new Graph();
    const x = g.addInput(f32([3, 5]));
    const c = constant(g, [5]);
    const bn = g.addNode(
      'aten._native_batch_norm_legit_no_training.default',
      [arg.value(x), arg.none(), arg.none(), arg.value(c), arg.value(c), arg.float(0.1), arg.float(1e-5)],
      [f32([3, 5]), f32([0]), f32([0])],
    );
    expect(reason(supportsNode(bn, { graph: g } as Parameters<typeof supportsNode>[1]))).toBeNull();
  });
});

describe("the MIL written for the zoo's spatial programs is coremltools' MIL", () => {
  const zoo = ConformanceZoo.open();
  const payloadOps = async (model: string) => {
    const c = zoo.available({}).find((x) => x.model === model && x.flavour === 'portable');
    if (!c) throw new Error(`no portable program of ${model}`);
    const { bytes } = await lower(zoo.programBytes(c), { backends: [coremlLowering({ precision: 'float32' })] });
    const file = PteFile.read(bytes);
    const d = file.plan('forward').delegates.find((x) => x.id === 'CoreMLBackend');
    if (!d) throw new Error(`${model}: no Core ML delegate`);
    const fn = readCoreMLPayload(file.delegatePayload(d)).model.mlProgram?.functions.get('main');
    return fn?.blockSpecializations.get('CoreML5')?.operations ?? [];
  };
  // the operation types of coremltools' program for the same module (its constants aside)
  const COREMLTOOLS: Record<string, string[]> = {
    'ops/conv1d/k3_pad1': ['conv'],
    'ops/conv_transpose1d/k3s2_pad1_outpad1': ['conv_transpose', 'slice_by_index'],
    'ops/conv_transpose1d/grouped_dilated': ['conv_transpose'],
    'ops/conv_transpose2d/k3s2_pad1_outpad1': ['conv_transpose', 'crop'],
    'ops/conv_transpose2d/k4s1_pad2': ['conv_transpose'],
    'ops/upsample_nearest2d/size_5x7': ['upsample_nearest_neighbor'],
    'ops/upsample_bilinear2d/align_corners': ['upsample_bilinear'],
    'ops/flip/dims_0_2': ['reverse'],
    'ops/adaptive_avg_pool2d/2x3': ['concat', 'reduce_mean', 'reshape', 'slice_by_index'],
    'ops/batch_norm1d/rank2': ['batch_norm', 'expand_dims', 'squeeze'],
  };

  test.each(Object.entries(COREMLTOOLS))('%s', async (model, want) => {
    const ops = await payloadOps(model);
    expect([...new Set(ops.map((o) => o.type).filter((t) => t !== 'const'))].sort()).toEqual(want);
  });

  test('upsampling to a size: the scale factors coremltools writes ((out + 1e-4) / in where in does not divide out)', async () => {
    // coremltools writes 1.6667 and 1.750025 for [3, 4] -> [5, 7]
    const ops = await payloadOps('ops/upsample_nearest2d/size_5x7');
    const value = (suffix: string) => {
      const c = ops.find((o) => o.type === 'const' && o.outputs[0]?.name.endsWith(suffix));
      return c?.attributes.get('val')?.immediateValue?.tensor?.floats?.values[0];
    };
    expect(value('scale_factor_height_0')).toBeCloseTo(1.6667, 6);
    expect(value('scale_factor_width_0')).toBeCloseTo(1.750025, 6);
  });
});
