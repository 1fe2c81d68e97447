// A small interpreter of the ONNX graphs written by export_onnx.py (tfjs.json + tfjs.bin) over
// TensorFlow.js ops, so that @tensorflow/tfjs-backend-wasm runs the same network with the same
// weights as the other peers. It does what the TF.js converter would do for a converted model:
// BatchNormalization is already folded into Conv (by export_onnx.py), Conv + Relu/Relu6 become one
// fused conv, Gemm becomes a fused matMul with bias, and 4-D activations are kept channels-last
// (NHWC, the layout tfjs convolutions take) with the filters re-laid out once at load time.
// Only the operators the benchmark models use are implemented; anything else throws.

const FLOAT = 1;
const INT32 = 6;
const INT64 = 7;
const BOOL = 9;

/**
 * @param tf the @tensorflow/tfjs-core namespace (backend already set)
 * @param graph parsed tfjs.json
 * @param bin contents of tfjs.bin
 */
export function compileGraph(tf, graph, bin) {
  const buf = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength);
  /** name -> { t: tf.Tensor, js?: number[] (int constants), nhwc: boolean } */
  const consts = new Map();
  for (const [name, c] of Object.entries(graph.constants)) {
    let js;
    let t;
    if (c.values) {
      js = c.values;
      t = tf.tensor(js, c.shape, c.dtype === 'float32' ? 'float32' : c.dtype === 'bool' ? 'bool' : 'int32');
    } else if (c.dtype === 'float32') {
      t = tf.tensor(new Float32Array(buf, c.offset, c.bytes / 4), c.shape, 'float32');
    } else if (c.dtype === 'int64') {
      const v = new BigInt64Array(buf, c.offset, c.bytes / 8);
      js = Array.from(v, Number);
      t = tf.tensor(Int32Array.from(js), c.shape, 'int32');
    } else if (c.dtype === 'int32') {
      const v = new Int32Array(buf, c.offset, c.bytes / 4);
      js = Array.from(v);
      t = tf.tensor(v, c.shape, 'int32');
    } else if (c.dtype === 'bool') {
      t = tf.tensor(new Uint8Array(buf, c.offset, c.bytes), c.shape, 'bool');
    } else throw new Error(`constant ${name}: dtype ${c.dtype}`);
    consts.set(name, { t, js, nhwc: false });
  }
  const hasConv = graph.nodes.some((n) => n.op === 'Conv');
  const users = new Map();
  for (const n of graph.nodes) for (const i of n.inputs) users.set(i, (users.get(i) ?? 0) + 1);
  for (const o of graph.outputs) users.set(o, (users.get(o) ?? 0) + 1);
  const producer = new Map();
  for (const n of graph.nodes) for (const o of n.outputs) producer.set(o, n);

  const constJs = (name) => {
    const c = consts.get(name);
    if (!c) throw new Error(`${name} is not a constant`);
    if (c.js) return c.js;
    return Array.from(c.t.dataSync());
  };
  const toNCHW = (v) => (v.nhwc ? { t: tf.transpose(v.t, [0, 3, 1, 2]), nhwc: false } : v);
  const axisOf = (a, rank) => (a < 0 ? a + rank : a);
  const dtypeOf = (to) => {
    if (to === FLOAT) return 'float32';
    if (to === INT32 || to === INT64) return 'int32';
    if (to === BOOL) return 'bool';
    throw new Error(`Cast to ONNX type ${to}`);
  };
  const clipBounds = (n) => {
    const lo = n.inputs[1] ? constJs(n.inputs[1])[0] : -Infinity;
    const hi = n.inputs[2] ? constJs(n.inputs[2])[0] : Infinity;
    return [lo, hi];
  };

  const fusedAway = new Set();
  const steps = [];
  for (const n of graph.nodes) {
    if (fusedAway.has(n)) continue;
    const a = n.attrs;
    const out = n.outputs[0];
    const push = (fn) => steps.push({ n, fn });
    switch (n.op) {
      case 'Conv': {
        const w = consts.get(n.inputs[1]).t;
        const [o, ipg, kh, kw] = w.shape;
        const group = a.group ?? 1;
        const strides = a.strides ?? [1, 1];
        const dil = a.dilations ?? [1, 1];
        const [pt, pl, pb, pr] = a.pads ?? [0, 0, 0, 0];
        const bias = n.inputs[2] ? consts.get(n.inputs[2]).t : undefined;
        // fuse a following Relu / Clip(0, 6)
        let activation = 'linear';
        let dst = out;
        const next = graph.nodes.find((m) => m.inputs[0] === out);
        if (next && users.get(out) === 1) {
          if (next.op === 'Relu') activation = 'relu';
          else if (next.op === 'Clip') {
            const [lo, hi] = clipBounds(next);
            if (lo === 0 && hi === 6) activation = 'relu6';
            else if (lo === 0 && hi === Infinity) activation = 'relu';
          }
          if (activation !== 'linear') {
            fusedAway.add(next);
            dst = next.outputs[0];
          }
        }
        const symmetric = pt === pb && pl === pr && pt === pl;
        const depthwise = group > 1 && ipg === 1 && group === o;
        if (group > 1 && !depthwise) throw new Error(`Conv with group ${group} (not depthwise) is not supported`);
        let filter;
        if (depthwise) filter = tf.reshape(tf.transpose(w, [2, 3, 0, 1]), [kh, kw, o, 1]);
        else filter = tf.transpose(w, [2, 3, 1, 0]);
        const pad = symmetric
          ? pt
          : [
              [0, 0],
              [pt, pb],
              [pl, pr],
              [0, 0],
            ];
        push((env) => {
          let x = env.get(n.inputs[0]);
          if (!x.nhwc) throw new Error('Conv input is not NHWC');
          x = x.t;
          let p = pad;
          if (depthwise && !symmetric) {
            x = tf.pad(x, pad);
            p = 0;
          }
          const args = { x, filter, strides, pad: p, dilations: dil, bias, activation, dataFormat: 'NHWC' };
          env.set(dst, { t: depthwise ? tf.fused.depthwiseConv2d(args) : tf.fused.conv2d(args), nhwc: true });
        });
        break;
      }
      case 'Gemm': {
        // weights laid out [K, N] once here (the wasm backend's fused matMul with transposeB
        // gave wrong results for ResNet's fc in tfjs 4.22)
        const b = a.transB ? tf.transpose(consts.get(n.inputs[1]).t) : consts.get(n.inputs[1]).t;
        const c = n.inputs[2] ? consts.get(n.inputs[2]).t : undefined;
        if ((a.alpha ?? 1) !== 1 || (a.beta ?? 1) !== 1) throw new Error('Gemm with alpha/beta != 1');
        push((env) => {
          const x = toNCHW(env.get(n.inputs[0])).t;
          env.set(out, {
            t: tf.fused.matMul({ a: x, b, transposeA: !!a.transA, transposeB: false, bias: c }),
            nhwc: false,
          });
        });
        break;
      }
      case 'Relu':
      case 'Sigmoid':
      case 'HardSwish':
      case 'HardSigmoid':
      case 'Clip':
      case 'Erf':
      case 'Sqrt':
      case 'Reciprocal':
      case 'Not': {
        let f;
        if (n.op === 'Relu') f = tf.relu;
        else if (n.op === 'Sigmoid') f = tf.sigmoid;
        else if (n.op === 'Erf') f = tf.erf;
        else if (n.op === 'Sqrt') f = tf.sqrt;
        else if (n.op === 'Reciprocal') f = tf.reciprocal;
        else if (n.op === 'Not') f = tf.logicalNot;
        else if (n.op === 'HardSwish') f = (x) => tf.mul(x, tf.div(tf.relu6(tf.add(x, 3)), 6));
        else if (n.op === 'HardSigmoid') {
          const alpha = a.alpha ?? 0.2;
          const beta = a.beta ?? 0.5;
          f = (x) => tf.clipByValue(tf.add(tf.mul(x, alpha), beta), 0, 1);
        } else {
          const [lo, hi] = clipBounds(n);
          f = lo === 0 && hi === 6 ? tf.relu6 : (x) => tf.clipByValue(x, lo, hi);
        }
        push((env) => {
          const x = env.get(n.inputs[0]);
          env.set(out, { t: f(x.t), nhwc: x.nhwc });
        });
        break;
      }
      case 'Add':
      case 'Sub':
      case 'Mul':
      case 'Div':
      case 'Pow':
      case 'Equal':
      case 'LessOrEqual': {
        const f = {
          Add: tf.add,
          Sub: tf.sub,
          Mul: tf.mul,
          Div: tf.div,
          Pow: tf.pow,
          Equal: tf.equal,
          LessOrEqual: tf.lessEqual,
        }[n.op];
        push((env) => {
          let x = env.get(n.inputs[0]);
          let y = env.get(n.inputs[1]);
          if (x.nhwc !== y.nhwc) {
            // a channels-last activation with a scalar keeps its layout; anything else goes NCHW
            const small = (v) => v.t.size === 1;
            if (x.nhwc && small(y)) y = { t: y.t, nhwc: true };
            else if (y.nhwc && small(x)) x = { t: x.t, nhwc: true };
            else {
              x = toNCHW(x);
              y = toNCHW(y);
            }
          }
          env.set(out, { t: f(x.t, y.t), nhwc: x.nhwc });
        });
        break;
      }
      case 'Where':
        push((env) => {
          const [c, x, y] = n.inputs.map((i) => toNCHW(env.get(i)).t);
          env.set(out, { t: tf.where(c, x, y), nhwc: false });
        });
        break;
      case 'ReduceMean':
      case 'ReduceSum':
      case 'ReduceL2':
      case 'GlobalAveragePool': {
        const keep = n.op === 'GlobalAveragePool' ? true : (a.keepdims ?? 1) === 1;
        const axesIn = n.op === 'GlobalAveragePool' ? [2, 3] : n.inputs[1] ? constJs(n.inputs[1]) : a.axes;
        push((env) => {
          let x = env.get(n.inputs[0]);
          const rank = x.t.rank;
          let axes = axesIn.map((v) => axisOf(v, rank)).sort();
          let nhwc = false;
          if (x.nhwc) {
            if (axes.length === 2 && axes[0] === 2 && axes[1] === 3 && keep) {
              axes = [1, 2];
              nhwc = true;
            } else x = toNCHW(x);
          }
          let t;
          if (n.op === 'ReduceSum') t = tf.sum(x.t, axes, keep);
          else if (n.op === 'ReduceL2') t = tf.sqrt(tf.sum(tf.square(x.t), axes, keep));
          else t = tf.mean(x.t, axes, keep);
          env.set(out, { t, nhwc });
        });
        break;
      }
      case 'MaxPool':
      case 'AveragePool': {
        const [pt, pl, pb, pr] = a.pads ?? [0, 0, 0, 0];
        const pad =
          pt === pb && pl === pr && pt === pl
            ? pt
            : [
                [0, 0],
                [pt, pb],
                [pl, pr],
                [0, 0],
              ];
        if (a.ceil_mode) throw new Error(`${n.op} with ceil_mode`);
        push((env) => {
          const x = env.get(n.inputs[0]);
          if (!x.nhwc) throw new Error(`${n.op} input is not NHWC`);
          const f = n.op === 'MaxPool' ? tf.maxPool : tf.avgPool;
          env.set(out, { t: f(x.t, a.kernel_shape, a.strides ?? [1, 1], pad), nhwc: true });
        });
        break;
      }
      case 'Reshape':
      case 'Flatten':
      case 'Unsqueeze':
      case 'Squeeze': {
        const spec = n.op === 'Reshape' ? constJs(n.inputs[1]) : n.inputs[1] ? constJs(n.inputs[1]) : a.axes;
        push((env) => {
          const x = toNCHW(env.get(n.inputs[0])).t;
          const s = x.shape;
          let shape;
          if (n.op === 'Reshape') shape = spec.map((d, i) => (d === 0 && !a.allowzero ? s[i] : d));
          else if (n.op === 'Flatten') {
            const ax = axisOf(a.axis ?? 1, s.length);
            shape = [s.slice(0, ax).reduce((p, q) => p * q, 1), -1];
          } else if (n.op === 'Unsqueeze') {
            const r = s.length + spec.length;
            const axes = spec.map((v) => axisOf(v, r));
            shape = [];
            let k = 0;
            for (let i = 0; i < r; i++) shape.push(axes.includes(i) ? 1 : s[k++]);
          } else {
            const axes = (spec ?? s.map((d, i) => (d === 1 ? i : -1)).filter((i) => i >= 0)).map((v) =>
              axisOf(v, s.length),
            );
            shape = s.filter((_, i) => !axes.includes(i));
          }
          env.set(out, { t: tf.reshape(x, shape), nhwc: false });
        });
        break;
      }
      case 'Transpose':
        push((env) => {
          const x = toNCHW(env.get(n.inputs[0])).t;
          env.set(out, { t: tf.transpose(x, a.perm), nhwc: false });
        });
        break;
      case 'Cast': {
        const dt = dtypeOf(a.to);
        push((env) => {
          const x = env.get(n.inputs[0]);
          env.set(out, { t: x.t.dtype === dt ? x.t : tf.cast(x.t, dt), nhwc: x.nhwc });
        });
        break;
      }
      case 'Gather':
        push((env) => {
          const x = toNCHW(env.get(n.inputs[0])).t;
          const idx = env.get(n.inputs[1]).t;
          const ax = axisOf(a.axis ?? 0, x.rank);
          env.set(out, { t: tf.gather(x, idx, ax), nhwc: false });
        });
        break;
      case 'GatherND':
        if (a.batch_dims) throw new Error('GatherND with batch_dims');
        push((env) => {
          env.set(out, { t: tf.gatherND(env.get(n.inputs[0]).t, env.get(n.inputs[1]).t), nhwc: false });
        });
        break;
      case 'ScatterND':
        if (a.reduction && a.reduction !== 'none') throw new Error('ScatterND with reduction');
        push((env) => {
          const [d, i, u] = n.inputs.map((k) => env.get(k).t);
          env.set(out, { t: tf.tensorScatterUpdate(d, i, u), nhwc: false });
        });
        break;
      case 'MatMul': {
        // x[..., K] @ W[K, N] with constant W: one 2-D matMul over the flattened rows (what a
        // converted Dense layer does; broadcasting W over the batch would tile it on every call)
        const w = consts.get(n.inputs[1]);
        const w2d = w && w.t.rank === 2 ? w.t : undefined;
        push((env) => {
          const x = toNCHW(env.get(n.inputs[0])).t;
          if (w2d && x.rank > 2) {
            const y = tf.matMul(tf.reshape(x, [-1, x.shape[x.rank - 1]]), w2d);
            env.set(out, { t: tf.reshape(y, [...x.shape.slice(0, -1), w2d.shape[1]]), nhwc: false });
            return;
          }
          const y = toNCHW(env.get(n.inputs[1])).t;
          env.set(out, { t: tf.matMul(x, y), nhwc: false });
        });
        break;
      }
      case 'Softmax':
        push((env) => {
          const x = toNCHW(env.get(n.inputs[0])).t;
          const ax = axisOf(a.axis ?? -1, x.rank);
          if (ax !== x.rank - 1) throw new Error('Softmax over a non-last axis');
          env.set(out, { t: tf.softmax(x), nhwc: false });
        });
        break;
      case 'LayerNormalization': {
        const scale = consts.get(n.inputs[1]).t;
        const bias = n.inputs[2] ? consts.get(n.inputs[2]).t : undefined;
        const eps = a.epsilon ?? 1e-5;
        push((env) => {
          const x = toNCHW(env.get(n.inputs[0])).t;
          const ax = axisOf(a.axis ?? -1, x.rank);
          if (ax !== x.rank - 1) throw new Error('LayerNormalization over more than the last axis');
          const { mean, variance } = tf.moments(x, -1, true);
          let y = tf.mul(tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, eps))), scale);
          if (bias) y = tf.add(y, bias);
          env.set(out, { t: y, nhwc: false });
        });
        break;
      }
      case 'Expand':
        push((env) => {
          const x = toNCHW(env.get(n.inputs[0])).t;
          const want = constJs(n.inputs[1]);
          const r = Math.max(want.length, x.rank);
          const s = [...Array(r - x.rank).fill(1), ...x.shape];
          const w = [...Array(r - want.length).fill(1), ...want];
          const shape = s.map((d, i) => (w[i] === 1 ? d : w[i]));
          env.set(out, { t: tf.broadcastTo(x.rank === r ? x : tf.reshape(x, s), shape), nhwc: false });
        });
        break;
      case 'Concat':
        push((env) => {
          const xs = n.inputs.map((i) => toNCHW(env.get(i)).t);
          env.set(out, { t: tf.concat(xs, axisOf(a.axis, xs[0].rank)), nhwc: false });
        });
        break;
      default:
        throw new Error(`tfjs peer: ONNX operator ${n.op} is not implemented`);
    }
  }

  return {
    /** Runs the graph on plain typed arrays; returns output 0 as a Float32Array. */
    async run(inputs) {
      const y = tf.tidy(() => {
        const env = new Map(consts);
        graph.inputs.forEach((name, i) => {
          const { data, shape, dtype } = inputs[i];
          const t = tf.tensor(
            dtype === 'int64' ? Int32Array.from(data, Number) : data,
            shape,
            dtype === 'float32' ? 'float32' : 'int32',
          );
          if (hasConv && shape.length === 4) env.set(name, { t: tf.transpose(t, [0, 2, 3, 1]), nhwc: true });
          else env.set(name, { t, nhwc: false });
        });
        for (const s of steps) s.fn(env);
        return toNCHW(env.get(graph.outputs[0])).t;
      });
      const data = await y.data();
      y.dispose();
      return data;
    },
    dispose() {
      for (const c of consts.values()) c.t.dispose();
    },
  };
}
