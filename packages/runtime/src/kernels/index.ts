// The portable kernels. index-complete.test.ts fails when a kernel file defines a kernel missing here.
import type { KernelDescriptor } from '@kindling/core';
import { abs } from './abs.js';
import { acos } from './acos.js';
import { adaptiveAvgPool2d } from './adaptive-avg-pool2d.js';
import { add, addScalar } from './add.js';
import { addmm } from './addmm.js';
import { aliasCopy } from './alias-copy.js';
import { amax } from './amax.js';
import { amin } from './amin.js';
import { anyAll, anyDim, anyDims } from './any.js';
import { arange, arangeStart } from './arange.js';
import { argmax } from './argmax.js';
import { argmin } from './argmin.js';
import { asin } from './asin.js';
import { atan } from './atan.js';
import { avgPool2d } from './avg-pool2d.js';
import { bitwiseAndScalar, bitwiseAndTensor } from './bitwise-and.js';
import { bitwiseNot } from './bitwise-not.js';
import { bitwiseOrScalar, bitwiseOrTensor } from './bitwise-or.js';
import { bitwiseXorScalar, bitwiseXorTensor } from './bitwise-xor.js';
import { bmm } from './bmm.js';
import { cat } from './cat.js';
import { ceil } from './ceil.js';
import { clamp, clampTensor } from './clamp.js';
import { clone } from './clone.js';
import { cloneDimOrder } from './clone-dim-order.js';
import { constantPadNd } from './constant-pad-nd.js';
import { convolution } from './convolution.js';
import { copy, copyInPlace } from './copy.js';
import { cos } from './cos.js';
import { cosh } from './cosh.js';
import { cumsum } from './cumsum.js';
import { detachCopy } from './detach-copy.js';
import { div, divMode, divScalar, divScalarMode } from './div.js';
import { elu } from './elu.js';
import { embedding } from './embedding.js';
import { emptyDimOrder } from './empty-dim-order.js';
import { eqScalar, eqTensor } from './eq.js';
import { erf } from './erf.js';
import { exp } from './exp.js';
import { expandCopy } from './expand-copy.js';
import { expm1 } from './expm1.js';
import { fillScalar, fillTensor } from './fill.js';
import { flip } from './flip.js';
import { floor } from './floor.js';
import { fmodScalar, fmodTensor } from './fmod.js';
import { full } from './full.js';
import { fullLike } from './full-like.js';
import { gather } from './gather.js';
import { geScalar, geTensor } from './ge.js';
import { gelu } from './gelu.js';
import { gtScalar, gtTensor } from './gt.js';
import { hardsigmoid } from './hardsigmoid.js';
import { hardswish } from './hardswish.js';
import { hardtanh } from './hardtanh.js';
import { indexCopy } from './index-copy.js';
import { indexPut, indexPutInPlace } from './index-put.js';
import { indexSelect } from './index-select.js';
import { indexTensor } from './index-tensor.js';
import { leScalar, leTensor } from './le.js';
import { leakyRelu } from './leaky-relu.js';
import { liftFreshCopy } from './lift-fresh-copy.js';
import { linear } from './linear.js';
import { log } from './log.js';
import { logSoftmax } from './log-softmax.js';
import { log1p } from './log1p.js';
import { log2 } from './log2.js';
import { log10 } from './log10.js';
import { logicalAnd } from './logical-and.js';
import { logicalNot } from './logical-not.js';
import { logicalOr } from './logical-or.js';
import { logicalXor } from './logical-xor.js';
import { ltScalar, ltTensor } from './lt.js';
import { maskedFillScalar } from './masked-fill.js';
import { maxDim, minDim } from './max-min-dim.js';
import { maxPool2dWithIndices } from './max-pool2d-with-indices.js';
import { maximum } from './maximum.js';
import { mean } from './mean.js';
import { minimum } from './minimum.js';
import { mm } from './mm.js';
import { mul, mulScalar } from './mul.js';
import { nativeBatchNormNoTraining } from './native-batch-norm.js';
import { nativeBatchNormNoStats } from './native-batch-norm-no-stats.js';
import { nativeGroupNorm } from './native-group-norm.js';
import { nativeLayerNorm } from './native-layer-norm.js';
import { neScalar, neTensor } from './ne.js';
import { neg } from './neg.js';
import { nonzero } from './nonzero.js';
import { ones } from './ones.js';
import { permuteCopy } from './permute-copy.js';
import { powScalar, powTensorScalar, powTensorTensor } from './pow.js';
import {
  primAdd,
  primCeil,
  primEq,
  primFloorDiv,
  primFloorDivInt,
  primGe,
  primGt,
  primLe,
  primLt,
  primMod,
  primModInt,
  primMul,
  primNeg,
  primRound,
  primSub,
  primSymFloat,
  primSymInt,
  primSymMax,
  primSymMin,
  primSymNot,
  primTrueDiv,
  primTrunc,
} from './prim/scalar.js';
import { etCopyIndex, etView, localScalarDense, symNumel, symSize } from './prim/tensor.js';
import { prod, prodDim } from './prod.js';
import { reciprocal } from './reciprocal.js';
import { relu } from './relu.js';
import { remainderScalar, remainderTensor } from './remainder.js';
import { repeat } from './repeat.js';
import { round } from './round.js';
import { rsqrt } from './rsqrt.js';
import { rsubScalar } from './rsub.js';
import { scalarTensor } from './scalar-tensor.js';
import { scatterSrc, scatterValue } from './scatter.js';
import { scatterAdd } from './scatter-add.js';
import { selectCopy } from './select-copy.js';
import { selectScatter } from './select-scatter.js';
import { sigmoid } from './sigmoid.js';
import { sign } from './sign.js';
import { sin } from './sin.js';
import { sinh } from './sinh.js';
import { sliceCopy } from './slice-copy.js';
import { sliceScatter } from './slice-scatter.js';
import { softmax } from './softmax.js';
import { splitCopy } from './split-copy.js';
import { splitWithSizesCopy } from './split-with-sizes-copy.js';
import { sqrt } from './sqrt.js';
import { squeezeCopyDim, squeezeCopyDims } from './squeeze-copy.js';
import { stack } from './stack.js';
import { sub, subScalar } from './sub.js';
import { sum } from './sum.js';
import { tCopy } from './t-copy.js';
import { tan } from './tan.js';
import { tanh } from './tanh.js';
import { toCopy } from './to-copy.js';
import { toDimOrderCopy } from './to-dim-order-copy.js';
import { topk } from './topk.js';
import { transposeCopy } from './transpose-copy.js';
import { tril } from './tril.js';
import { trunc } from './trunc.js';
import { unbindCopy } from './unbind-copy.js';
import { unsqueezeCopy } from './unsqueeze-copy.js';
import { upsampleBilinear2d } from './upsample-bilinear2d.js';
import { upsampleNearest2d } from './upsample-nearest2d.js';
import { varCorrection, varOut } from './var.js';
import { viewCopy } from './view-copy.js';
import { where } from './where.js';
import { zeros } from './zeros.js';

export {
  remainderScalar,
  remainderTensor,
  scatterSrc,
  scatterValue,
  scatterAdd,
  nativeBatchNormNoStats,
  nonzero,
  emptyDimOrder,
  elu,
  flip,
  fmodScalar,
  fmodTensor,
  maxDim,
  minDim,
  nativeGroupNorm,
  prod,
  prodDim,
  topk,
  abs,
  acos,
  adaptiveAvgPool2d,
  add,
  addScalar,
  addmm,
  aliasCopy,
  amax,
  amin,
  anyAll,
  anyDims,
  anyDim,
  arange,
  arangeStart,
  argmax,
  argmin,
  asin,
  atan,
  avgPool2d,
  bitwiseAndTensor,
  bitwiseAndScalar,
  bitwiseNot,
  bitwiseOrTensor,
  bitwiseOrScalar,
  bitwiseXorTensor,
  bitwiseXorScalar,
  bmm,
  cat,
  ceil,
  clamp,
  clampTensor,
  cloneDimOrder,
  clone,
  constantPadNd,
  convolution,
  copy,
  copyInPlace,
  cos,
  cosh,
  cumsum,
  detachCopy,
  div,
  divScalar,
  divMode,
  divScalarMode,
  embedding,
  eqTensor,
  eqScalar,
  erf,
  exp,
  expandCopy,
  expm1,
  fillScalar,
  fillTensor,
  floor,
  fullLike,
  full,
  gather,
  geTensor,
  geScalar,
  gelu,
  gtTensor,
  gtScalar,
  hardsigmoid,
  hardswish,
  hardtanh,
  indexCopy,
  indexPut,
  indexPutInPlace,
  indexSelect,
  indexTensor,
  leTensor,
  leScalar,
  leakyRelu,
  liftFreshCopy,
  linear,
  logSoftmax,
  log,
  log10,
  log1p,
  log2,
  logicalAnd,
  logicalNot,
  logicalOr,
  logicalXor,
  ltTensor,
  ltScalar,
  maskedFillScalar,
  maxPool2dWithIndices,
  maximum,
  mean,
  minimum,
  mm,
  mul,
  mulScalar,
  nativeBatchNormNoTraining,
  nativeLayerNorm,
  neTensor,
  neScalar,
  neg,
  ones,
  permuteCopy,
  powTensorTensor,
  powTensorScalar,
  powScalar,
  primAdd,
  primSub,
  primMul,
  primFloorDiv,
  primTrueDiv,
  primMod,
  primEq,
  primGt,
  primLt,
  primGe,
  primLe,
  primSymMax,
  primSymMin,
  primFloorDivInt,
  primModInt,
  primNeg,
  primSymFloat,
  primSymInt,
  primCeil,
  primRound,
  primTrunc,
  primSymNot,
  symSize,
  symNumel,
  localScalarDense,
  etView,
  etCopyIndex,
  reciprocal,
  relu,
  repeat,
  round,
  rsqrt,
  rsubScalar,
  scalarTensor,
  selectCopy,
  selectScatter,
  sigmoid,
  sign,
  sin,
  sinh,
  sliceCopy,
  sliceScatter,
  softmax,
  splitCopy,
  splitWithSizesCopy,
  sqrt,
  squeezeCopyDim,
  squeezeCopyDims,
  stack,
  sub,
  subScalar,
  sum,
  tCopy,
  tan,
  tanh,
  toCopy,
  toDimOrderCopy,
  transposeCopy,
  tril,
  trunc,
  unbindCopy,
  unsqueezeCopy,
  upsampleBilinear2d,
  upsampleNearest2d,
  varCorrection,
  varOut,
  viewCopy,
  where,
  zeros,
};

/** Every portable kernel. */
export const portableKernels: readonly KernelDescriptor[] = /* @__PURE__ */ Object.freeze([
  remainderScalar,
  remainderTensor,
  scatterSrc,
  scatterValue,
  scatterAdd,
  nativeBatchNormNoStats,
  nonzero,
  emptyDimOrder,
  elu,
  flip,
  fmodScalar,
  fmodTensor,
  maxDim,
  minDim,
  nativeGroupNorm,
  prod,
  prodDim,
  topk,
  abs,
  acos,
  adaptiveAvgPool2d,
  add,
  addScalar,
  addmm,
  aliasCopy,
  amax,
  amin,
  anyAll,
  anyDims,
  anyDim,
  arange,
  arangeStart,
  argmax,
  argmin,
  asin,
  atan,
  avgPool2d,
  bitwiseAndTensor,
  bitwiseAndScalar,
  bitwiseNot,
  bitwiseOrTensor,
  bitwiseOrScalar,
  bitwiseXorTensor,
  bitwiseXorScalar,
  bmm,
  cat,
  ceil,
  clamp,
  clampTensor,
  cloneDimOrder,
  clone,
  constantPadNd,
  convolution,
  copy,
  copyInPlace,
  cos,
  cosh,
  cumsum,
  detachCopy,
  div,
  divScalar,
  divMode,
  divScalarMode,
  embedding,
  eqTensor,
  eqScalar,
  erf,
  exp,
  expandCopy,
  expm1,
  fillScalar,
  fillTensor,
  floor,
  fullLike,
  full,
  gather,
  geTensor,
  geScalar,
  gelu,
  gtTensor,
  gtScalar,
  hardsigmoid,
  hardswish,
  hardtanh,
  indexCopy,
  indexPut,
  indexPutInPlace,
  indexSelect,
  indexTensor,
  leTensor,
  leScalar,
  leakyRelu,
  liftFreshCopy,
  linear,
  logSoftmax,
  log,
  log10,
  log1p,
  log2,
  logicalAnd,
  logicalNot,
  logicalOr,
  logicalXor,
  ltTensor,
  ltScalar,
  maskedFillScalar,
  maxPool2dWithIndices,
  maximum,
  mean,
  minimum,
  mm,
  mul,
  mulScalar,
  nativeBatchNormNoTraining,
  nativeLayerNorm,
  neTensor,
  neScalar,
  neg,
  ones,
  permuteCopy,
  powTensorTensor,
  powTensorScalar,
  powScalar,
  primAdd,
  primSub,
  primMul,
  primFloorDiv,
  primTrueDiv,
  primMod,
  primEq,
  primGt,
  primLt,
  primGe,
  primLe,
  primSymMax,
  primSymMin,
  primFloorDivInt,
  primModInt,
  primNeg,
  primSymFloat,
  primSymInt,
  primCeil,
  primRound,
  primTrunc,
  primSymNot,
  symSize,
  symNumel,
  localScalarDense,
  etView,
  etCopyIndex,
  reciprocal,
  relu,
  repeat,
  round,
  rsqrt,
  rsubScalar,
  scalarTensor,
  selectCopy,
  selectScatter,
  sigmoid,
  sign,
  sin,
  sinh,
  sliceCopy,
  sliceScatter,
  softmax,
  splitCopy,
  splitWithSizesCopy,
  sqrt,
  squeezeCopyDim,
  squeezeCopyDims,
  stack,
  sub,
  subScalar,
  sum,
  tCopy,
  tan,
  tanh,
  toCopy,
  toDimOrderCopy,
  transposeCopy,
  tril,
  trunc,
  unbindCopy,
  unsqueezeCopy,
  upsampleBilinear2d,
  upsampleNearest2d,
  varCorrection,
  varOut,
  viewCopy,
  where,
  zeros,
]);
