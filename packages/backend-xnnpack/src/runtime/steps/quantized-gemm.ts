/** The parameters of a quantized GEMM (fully connected, convolution) from a node's operands. */
import { ErrorCode } from '@kindling/core';
import {
  type QuantizedGemmParams,
  quantizedOutputRange,
  requantizationScales,
  unpackInt4,
  unpackInt4WithSums,
} from '../../kernels/quantized-gemm.js';
import { XnnDatatype, type XnnNode } from '../../serialization/xnn-graph.js';
import type { RuntimeValue } from '../runtime-value.js';
import { f32, fail, isFloat } from './common.js';

/**
 * Checks the datatypes of a quantized GEMM (qint8 input and output with qcint8/qint8 filter, or a
 * dynamically quantized input with fp32 output; int4 filters for fully connected only) and packs
 * the filter `w` ([n, k]) with its scales, row sums and the bias.
 */
export function quantizedGemm(
  node: XnnNode,
  x: RuntimeValue,
  w: RuntimeValue,
  bias: RuntimeValue | null,
  out: RuntimeValue,
  n: number,
  k: number,
  fullyConnected = false,
): QuantizedGemmParams {
  const dynamic = x.datatype === XnnDatatype.QDInt8;
  const int4 = w.datatype === XnnDatatype.QCInt4 || w.datatype === XnnDatatype.QBInt4;
  const ok = (x.datatype === XnnDatatype.QInt8 && out.datatype === XnnDatatype.QInt8) || (dynamic && isFloat(out));
  const filterOk =
    w.datatype === XnnDatatype.QCInt8 || w.datatype === XnnDatatype.QInt8 || (int4 && dynamic && fullyConnected);
  if (!ok || w.storage !== 'constant' || !filterOk) {
    fail(
      node,
      ErrorCode.NotImplemented,
      `${XnnDatatype[x.datatype]} input with ${XnnDatatype[w.datatype]} filter and ${XnnDatatype[out.datatype]} output is not implemented yet` +
        (int4 ? ' (int4 filters: fully connected with QDInt8 input and fp32 output only)' : ''),
    );
  }
  const wq = w.quant;
  const blockwise = w.datatype === XnnDatatype.QBInt4;
  let blockSize = 0;
  if (blockwise) {
    if (wq?.kind !== 'per-channel-group' || wq.groupSize <= 0 || k % wq.groupSize !== 0)
      fail(node, ErrorCode.DelegateInvalidCompatibility, `QBInt4 filter ${w.id} has no block size dividing k = ${k}`);
    blockSize = wq.groupSize;
  }
  const numScales = blockwise ? n * (k / blockSize) : n;
  const scales = new Float32Array(numScales);
  if (wq?.kind === 'per-tensor' && !int4) scales.fill(wq.scale);
  else if (w.channelScales && w.channelScales.length >= numScales) scales.set(w.channelScales.subarray(0, numScales));
  else
    fail(
      node,
      ErrorCode.DelegateInvalidCompatibility,
      `filter ${w.id} (${XnnDatatype[w.datatype]}) has no usable scales (needs ${numScales}, has ${w.channelScales?.length ?? 0})`,
    );
  const wZero = wq?.kind === 'per-tensor' ? wq.zeroPoint : 0;
  // Pack: weights minus zero point as [n, k] int32-friendly int16 plus row sums for the input zero point.
  const rowSums = new Int32Array(n);
  let blockKsums: Float32Array | null = null;
  let packed: Int16Array | null = null;
  let int4Bytes: Uint8Array | null = null;
  if (int4) {
    const bytes = w.data as Uint8Array;
    if (bytes.length < n * Math.ceil(k / 2))
      fail(
        node,
        ErrorCode.DelegateInvalidCompatibility,
        `int4 filter ${w.id} has ${bytes.length} bytes for [${n}, ${k}]`,
      );
    // The sums now; the int16 weights only when something reads them (the TypeScript kernels, or a
    // WebAssembly kernel that takes bytes or int16): the 4-bit kernel packs from the bytes.
    int4Bytes = bytes;
    blockKsums = unpackInt4WithSums(bytes, n, k, blockSize, scales, null, rowSums);
  } else {
    packed = new Int16Array(n * k);
    const w8 = w.data as Int8Array;
    for (let i = 0; i < n * k; i++) packed[i] = (w8[i] as number) - wZero;
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = 0; i < k; i++) s += packed[j * k + i] as number;
      rowSums[j] = s;
    }
  }
  let biasF: Float32Array | null = null;
  let biasI: Int32Array | null = null;
  if (bias) {
    if (isFloat(bias)) biasF = f32(bias);
    else biasI = bias.data as Int32Array;
  }
  const xq = x.quant;
  const oq = out.quant;
  const inputScale = xq?.kind === 'per-tensor' ? xq.scale : 1;
  const outputScale = oq?.kind === 'per-tensor' ? oq.scale : 1;
  const outputZeroPoint = oq?.kind === 'per-tensor' ? oq.zeroPoint : 0;
  const [qmin, qmax] = quantizedOutputRange(node.outputMin, node.outputMax, outputScale, outputZeroPoint);
  return {
    n,
    k,
    get weights(): Int16Array {
      if (!packed) {
        packed = new Int16Array(n * k);
        unpackInt4(int4Bytes as Uint8Array, n, k, packed);
      }
      return packed;
    },
    int4: int4Bytes,
    rowSums,
    weightScales: blockwise ? new Float32Array(n) : scales,
    biasF32: biasF,
    biasI32: biasI,
    inputScale,
    inputZeroPoint: xq?.kind === 'per-tensor' ? xq.zeroPoint : 0,
    outputScale,
    outputZeroPoint,
    dynamic,
    outputMin: node.outputMin,
    outputMax: node.outputMax,
    requantScales: dynamic ? new Float32Array(0) : requantizationScales(inputScale, scales, outputScale),
    qmin,
    qmax,
    acc: new Float64Array(n),
    blockSize,
    blockScales: blockwise ? scales : null,
    blockKsums,
  };
}
