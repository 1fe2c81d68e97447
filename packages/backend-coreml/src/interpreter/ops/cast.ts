import type { MilOp } from '../op-args.js';
import { floatTensor, isFloat, type MilDType, numbers } from '../tensor.js';

const NAMES: Readonly<Record<string, MilDType>> = { fp16: 'fp16', fp32: 'fp32', int32: 'int32', bool: 'bool' };

/** `cast(x, dtype)`: to fp16 (rounded to nearest even), fp32, int32 (towards zero) or bool. */
export const cast: MilOp = (args) => {
  const x = args.tensor('x');
  const name = args.string('dtype');
  const dtype = Object.hasOwn(NAMES, name) ? NAMES[name] : undefined;
  if (!dtype) return args.fail(`cast to ${name} is not supported`);
  const src = numbers(x, 'x');
  if (isFloat(dtype)) return [floatTensor(dtype, x.shape, Float32Array.from(src))];
  const out = new Int32Array(src.length);
  for (let i = 0; i < src.length; i++) {
    const v = src[i] as number;
    out[i] = dtype === 'bool' ? (v !== 0 ? 1 : 0) : Number.isFinite(v) ? Math.trunc(v) | 0 : 0;
  }
  return [{ dtype, shape: x.shape, data: out }];
};
