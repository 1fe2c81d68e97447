/**
 * `_to_dim_order_copy` (a copy to the contiguous order, maybe to another dtype): an `identity` where
 * the program's type stays (float32 to float32; int64 and int32 to one another: both int32 inside),
 * a `cast` where it changes and the result is torch's: bool to float or int32, float or int to bool,
 * int to float, float to int32 (truncation; values outside int32 are undefined in torch as in Core
 * ML). Float to int64 is refused: torch's int64 result of a value outside int32 differs from Core
 * ML's int32 one. A copy of a constant is folded into a constant of the result's type (ExecuTorch's
 * programs cast int64 scalar constants to float this way). float16, float64 and 8/16-bit int results
 * are refused by the shared tensor rules (Core ML programs do not hold them).
 */
import { ScalarType } from '@kindling/core';
import type { Value } from '@kindling/ir';
import { constantValues, intList, tensorArg } from '../build-program.js';
import type { LoweredOp, LoweredOps } from './lowered-op.js';
import { kindOf, valueArg } from './values.js';

const isConstant = (v: Value): boolean => v.source === 'constant' && v.data !== null;

/** Float values converted to `out`'s type as torch converts them (truncation to int, nonzero to bool). */
function convert(values: readonly number[], to: Value): number[] {
  const kind = kindOf(to);
  if (kind === 'int') return values.map((x) => Math.trunc(x));
  if (kind === 'bool') return values.map((x) => (x !== 0 ? 1 : 0));
  return [...values];
}

const INT32_LIMIT = 2 ** 31;

const toDimOrderCopy: LoweredOp = {
  mil: 'identity / cast',
  problem(node) {
    const order = intList(node.args.find((a) => a.kind === 'int-list'));
    if (order && !order.every((d, i) => d === i)) return 'changes the dim order';
    const x = valueArg(node, 0);
    const out = node.outputs[0];
    if (!x || !out) return 'copies no tensor';
    const from = kindOf(x);
    const to = kindOf(out);
    if (from === 'other' || to === 'other') return 'a dtype Core ML programs do not hold';
    if (isConstant(x)) {
      if (to !== 'int') return null;
      const data = constantValues(x, 'fp32').values as ArrayLike<number>;
      for (let k = 0; k < data.length; k++) {
        const v = Math.trunc(data[k] as number);
        if (!(v >= -INT32_LIMIT && v < INT32_LIMIT)) return `the constant holds ${data[k]}, outside int32`;
      }
      return null;
    }
    if (from === 'float' && to === 'int' && out.tensor.dtype === ScalarType.Long)
      return 'a float to int64 cast: values outside int32 would differ from torch (Core ML holds no int64)';
    return null;
  },
  emit(b, node, out, base) {
    const x = tensorArg(node, 0);
    const type = b.typeOf(out);
    if (isConstant(x)) {
      const values = convert(constantValues(x, 'fp32').values as number[], out);
      if (type === 'bool')
        return b.constant(base, out.tensor.shape, { dtype: 'bool', values: values.map((v) => v !== 0) });
      if (type === 'int32') return b.constant(base, out.tensor.shape, { dtype: 'int32', values });
      return b.constant(base, out.tensor.shape, { dtype: type === 'fp16' ? 'fp16' : 'fp32', values });
    }
    const xs = b.read(x);
    if (b.typeOf(x) === type) return b.op('identity', { x: xs }, b.result(out, base));
    return b.op('cast', { dtype: b.string(`${base}_dtype_0`, type), x: xs }, b.result(out, base));
  },
};

/** dtype copies, by graph operator name. */
export const TO_DTYPE_OPS: LoweredOps = Object.freeze({
  'dim_order_ops._to_dim_order_copy.default': toDimOrderCopy,
  'dim_order_ops._to_dim_order_copy.out': toDimOrderCopy,
});
