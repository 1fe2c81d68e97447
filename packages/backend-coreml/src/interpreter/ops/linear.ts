import type { MilOp } from '../op-args.js';
import { broadcastShapes, floatTensor, numbers, numel, stridesOf } from '../tensor.js';

/** `linear(x, weight [out, in], bias?)`: `x @ weight^T + bias` over the last dimension of x. */
export const linear: MilOp = (args) => {
  const x = args.tensor('x');
  const w = args.tensor('weight');
  const bias = args.optional('bias');
  const out = args.output();
  if (w.shape.length !== 2 || x.shape.length < 1)
    args.fail(`x [${x.shape}] and weight [${w.shape}] do not make a linear`);
  const [m, k] = w.shape as [number, number];
  if (x.shape[x.shape.length - 1] !== k) args.fail(`x [${x.shape}] does not end in ${k}`);
  const rows = numel(x.shape) / k;
  const xs = numbers(x, 'x');
  const ws = numbers(w, 'weight');
  const bs = bias ? numbers(bias, 'bias') : undefined;
  if (bs && bs.length !== m) args.fail(`bias has ${bs.length} values for ${m} outputs`);
  const y = new Float32Array(rows * m);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < m; j++) {
      let acc = bs ? (bs[j] as number) : 0;
      for (let i = 0; i < k; i++) acc += (xs[r * k + i] as number) * (ws[j * k + i] as number);
      y[r * m + j] = acc;
    }
  }
  return [floatTensor(out.dtype, [...x.shape.slice(0, -1), m], y)];
};

/** `matmul(x, y, transpose_x, transpose_y)`: batched matrix product with broadcast batch dimensions. */
export const matmul: MilOp = (args) => {
  const x = args.tensor('x');
  const y = args.tensor('y');
  const out = args.output();
  const tx = args.bool('transpose_x', false);
  const ty = args.bool('transpose_y', false);
  // rank-1 operands become a row (x) or a column (y) and lose that dimension again in the result
  const xs = x.shape.length === 1 ? [1, x.shape[0] as number] : x.shape;
  const ys = y.shape.length === 1 ? [y.shape[0] as number, 1] : y.shape;
  const xr = xs.length;
  const yr = ys.length;
  const [xRows, xCols] = [xs[xr - 2] as number, xs[xr - 1] as number];
  const [yRows, yCols] = [ys[yr - 2] as number, ys[yr - 1] as number];
  const [m, k] = tx ? [xCols, xRows] : [xRows, xCols];
  const [k2, n] = ty ? [yCols, yRows] : [yRows, yCols];
  if (k !== k2) args.fail(`x [${x.shape}] and y [${y.shape}] do not multiply`);
  const batch = broadcastShapes(xs.slice(0, -2), ys.slice(0, -2));
  const nb = numel(batch);
  const xb = xs.slice(0, -2);
  const yb = ys.slice(0, -2);
  const bStrides = stridesOf(batch);
  const offset = (shape: readonly number[], b: number) => {
    let at = 0;
    let stride = 1;
    for (let d = shape.length - 1; d >= 0; d--) {
      const bd = batch.length - shape.length + d;
      const coord = Math.floor(b / (bStrides[bd] as number)) % (batch[bd] as number);
      if ((shape[d] as number) !== 1) at += coord * stride;
      stride *= shape[d] as number;
    }
    return at;
  };
  const a = numbers(x, 'x');
  const bv = numbers(y, 'y');
  const res = new Float32Array(nb * m * n);
  for (let b = 0; b < nb; b++) {
    const xo = offset(xb, b) * xRows * xCols;
    const yo = offset(yb, b) * yRows * yCols;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let acc = 0;
        for (let p = 0; p < k; p++) {
          const av = a[xo + (tx ? p * xCols + i : i * xCols + p)] as number;
          const bw = bv[yo + (ty ? j * yCols + p : p * yCols + j)] as number;
          acc += av * bw;
        }
        res[(b * m + i) * n + j] = acc;
      }
    }
  }
  const shape = [...batch, ...(x.shape.length === 1 ? [] : [m]), ...(y.shape.length === 1 ? [] : [n])];
  return [floatTensor(out.dtype, shape, res)];
};
