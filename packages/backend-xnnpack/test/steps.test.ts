// Validation of node payloads by the step factories (src/runtime/steps/): bad operands give a
// KindlingError with a code and the node's context, before anything is allocated for them.
import { ErrorCode, KindlingError } from '@kindling/core';
import { describe, expect, test } from 'vitest';
import type { RuntimeValue } from '../src/runtime/runtime-value.js';
import { createStep, type StepContext } from '../src/runtime/steps/index.js';
import {
  XNN_INVALID_ID,
  type XnnConvAttrs,
  XnnDatatype,
  type XnnNode,
  type XnnNodeAttrs,
  XnnNodeType,
  type XnnQuantParams,
} from '../src/serialization/xnn-graph.js';

const ctx: StepContext = { heap: null, scratchPtr: 0, scratchBytes: 0, scratchStride: 0, pool: null };

function value(
  id: number,
  datatype: XnnDatatype,
  shape: number[],
  data: RuntimeValue['data'],
  extra: { quant?: XnnQuantParams; constant?: boolean; channelScales?: Float32Array } = {},
): RuntimeValue {
  return {
    index: id,
    id,
    datatype,
    quant: extra.quant ?? null,
    storage: extra.constant ? 'constant' : 'arena',
    externalArg: -1,
    converted: false,
    isInput: false,
    isOutput: false,
    shape,
    data,
    channelScales: extra.channelScales ?? null,
    quantRowDims: 1,
    rowScales: null,
    rowZeroPoints: null,
    arenaOffset: 0,
    capacity: 0,
  };
}

function node(type: XnnNodeType, inputs: number[], output: number, attrs: XnnNodeAttrs): XnnNode {
  return {
    index: 0,
    type,
    inputs,
    outputs: [output],
    flags: 0,
    debugHandle: 0,
    outputMin: Number.NEGATIVE_INFINITY,
    outputMax: Number.POSITIVE_INFINITY,
    attrs,
  };
}

function build(n: XnnNode, values: RuntimeValue[]) {
  const byId = new Map(values.map((v) => [v.id, v]));
  return createStep(n, (id) => byId.get(id) as RuntimeValue, ctx);
}

function expectError(f: () => unknown, code: ErrorCode, message: RegExp): void {
  let error: unknown;
  try {
    f();
  } catch (e) {
    error = e;
  }
  expect(KindlingError.isInstance(error)).toBe(true);
  expect((error as KindlingError).code).toBe(code);
  expect((error as Error).message).toMatch(message);
}

const deconv: XnnConvAttrs = {
  paddingTop: 0,
  paddingRight: 0,
  paddingBottom: 0,
  paddingLeft: 0,
  kernelHeight: 2,
  kernelWidth: 2,
  subsamplingHeight: 2,
  subsamplingWidth: 2,
  dilationHeight: 1,
  dilationWidth: 1,
  groupInputChannels: 3,
  groupOutputChannels: 4,
  groups: 1,
  adjustmentHeight: 0,
  adjustmentWidth: 0,
};

const qs8 = (scale: number, zeroPoint: number): XnnQuantParams => ({ kind: 'per-tensor', scale, zeroPoint });
const perChannel = (n: number): XnnQuantParams => ({
  kind: 'per-channel',
  channelDim: 0,
  scales: new Float32Array(n).fill(0.01),
  scaleBufferIdx: 0,
  numScales: n,
});

/** A quantized transposed convolution [1, 3, 3, 3] -> [1, 6, 6, 4] with the given filter and bias. */
function qs8Deconv(
  filter: RuntimeValue,
  bias: RuntimeValue | null,
  input = XnnDatatype.QInt8,
  output = XnnDatatype.QInt8,
) {
  const x = value(1, input, [1, 3, 3, 3], new Int8Array(27), { quant: qs8(0.1, 0) });
  const outData = output === XnnDatatype.Fp32 ? new Float32Array(144) : new Int8Array(144);
  const out = value(4, output, [1, 6, 6, 4], outData, { quant: qs8(0.2, 1) });
  const n = node(XnnNodeType.ConvTranspose2d, [1, 2, bias ? 3 : XNN_INVALID_ID], 4, { kind: 'conv', conv: deconv });
  return build(n, [x, filter, out, ...(bias ? [bias] : [])]);
}

const filter = (scales: number, shape = [4, 2, 2, 3]) =>
  value(2, XnnDatatype.QCInt8, shape, new Int8Array(48), {
    constant: true,
    quant: perChannel(scales),
    channelScales: new Float32Array(scales).fill(0.01),
  });

describe('quantized transposed convolution payloads', () => {
  test('a well-formed one builds and runs', () => {
    const bias = value(3, XnnDatatype.QCInt32, [4], new Int32Array(4), { constant: true, quant: perChannel(4) });
    const step = qs8Deconv(filter(4), bias);
    step.infer();
    step.run();
  });

  test('a filter with fewer scales than output channels is refused', () => {
    expectError(() => qs8Deconv(filter(3), null), ErrorCode.DelegateInvalidCompatibility, /no usable scales/);
  });

  test('a filter of the wrong shape is refused', () => {
    const bad = value(2, XnnDatatype.QCInt8, [4, 2, 2, 2], new Int8Array(32), { constant: true, quant: perChannel(4) });
    expectError(() => qs8Deconv(bad, null), ErrorCode.DelegateInvalidCompatibility, /filter shape/);
  });

  test('a bias of a non-integer, non-float datatype is refused', () => {
    const bias = value(3, XnnDatatype.QInt8, [4], new Int8Array(4), { constant: true, quant: qs8(1, 0) });
    expectError(() => qs8Deconv(filter(4), bias), ErrorCode.DelegateInvalidCompatibility, /bias 3 is QInt8/);
  });

  test('a dynamically quantized input with a quantized output is not implemented', () => {
    expectError(() => qs8Deconv(filter(4), null, XnnDatatype.QDInt8), ErrorCode.NotImplemented, /QDInt8/);
  });

  test('a dynamically quantized one refuses an int32 bias (its output is fp32)', () => {
    const bias = value(3, XnnDatatype.QCInt32, [4], new Int32Array(4), { constant: true, quant: perChannel(4) });
    expectError(
      () => qs8Deconv(filter(4), bias, XnnDatatype.QDInt8, XnnDatatype.Fp32),
      ErrorCode.DelegateInvalidCompatibility,
      /bias 3 is QCInt32/,
    );
  });
});

describe('pooling payloads', () => {
  test('a pooling window of more than 2^24 taps is refused before anything is allocated for it', () => {
    const x = value(1, XnnDatatype.Fp32, [1, 4, 4, 1], new Float32Array(16));
    const out = value(2, XnnDatatype.Fp32, [1, 1, 1, 1], new Float32Array(1));
    const pool = {
      paddingTop: 0,
      paddingRight: 0,
      paddingBottom: 0,
      paddingLeft: 0,
      poolingHeight: 65536,
      poolingWidth: 65536,
      strideHeight: 1,
      strideWidth: 1,
      dilationHeight: 1,
      dilationWidth: 1,
    };
    const n = node(XnnNodeType.MaxPooling2d, [1], 2, { kind: 'pool', pool });
    expectError(() => build(n, [x, out]), ErrorCode.DelegateInvalidCompatibility, /65536x65536 pooling window/);
  });
});
