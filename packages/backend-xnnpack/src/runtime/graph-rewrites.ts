/**
 * Rewrites XNNPACK's subgraph makes before it runs a graph, where they change quantized results.
 * Kindling applies the same ones so that its outputs match ExecuTorch's.
 */
import { XnnDatatype, type XnnNode, XnnNodeType } from '../serialization/xnn-graph.js';
import type { RuntimeValue } from './runtime-value.js';

/** Node types XNNPACK fuses a following Clamp into (those whose kernels Kindling requantizes). */
const CLAMP_PRODUCERS: ReadonlySet<XnnNodeType> = new Set([
  XnnNodeType.Conv2d,
  XnnNodeType.DepthwiseConv2d,
  XnnNodeType.FullyConnected,
  XnnNodeType.Clamp,
]);

/**
 * Fuses each Clamp into the node producing its input when that value has no other use and is not
 * a graph output: the producer then writes the Clamp's output value itself, with the intersection
 * of both output ranges. For quantized values this matters: the producer requantizes straight to
 * the Clamp's output scale and zero point instead of rounding twice (XNNPACK does this without
 * comparing the two quantizations).
 */
export function fuseClamps(nodes: readonly XnnNode[], isGraphOutput: (id: number) => boolean): XnnNode[] {
  const uses = new Map<number, number>();
  for (const n of nodes) for (const id of n.inputs) uses.set(id, (uses.get(id) ?? 0) + 1);
  const out: (XnnNode | null)[] = nodes.slice();
  const producer = new Map<number, number>();
  out.forEach((n, i) => {
    if (n) for (const id of n.outputs) producer.set(id, i);
  });
  for (let i = 0; i < out.length; i++) {
    const clamp = out[i];
    if (!clamp || clamp.type !== XnnNodeType.Clamp) continue;
    const value = clamp.inputs[0] as number;
    const p = producer.get(value);
    const prod = p === undefined ? null : out[p];
    if (!prod || p === undefined || !CLAMP_PRODUCERS.has(prod.type) || prod.outputs.length !== 1) continue;
    if (uses.get(value) !== 1 || isGraphOutput(value)) continue;
    const fusedOutput = clamp.outputs[0] as number;
    out[p] = {
      ...prod,
      outputs: [fusedOutput],
      outputMin: Math.max(prod.outputMin, clamp.outputMin),
      outputMax: Math.min(prod.outputMax, clamp.outputMax),
    };
    producer.set(fusedOutput, p);
    out[i] = null;
  }
  return out.filter((n): n is XnnNode => n !== null);
}

/** A convolution XNNPACK runs as a plain GEMM over pixels: 1x1 kernel, unit stride, no padding. */
function isPointwiseGemm(n: XnnNode): boolean {
  if (n.type !== XnnNodeType.Conv2d || n.attrs.kind !== 'conv') return false;
  const c = n.attrs.conv;
  return (
    c.kernelHeight === 1 &&
    c.kernelWidth === 1 &&
    c.subsamplingHeight === 1 &&
    c.subsamplingWidth === 1 &&
    (c.paddingTop | c.paddingRight | c.paddingBottom | c.paddingLeft) === 0
  );
}

/**
 * A dynamically quantized input of a pointwise convolution is quantized per pixel (one scale and
 * zero point per row of channels), whatever `num_nonbatch_dims` it was serialized with: XNNPACK's
 * GEMM path reads one set of parameters per GEMM row. Sets `quantRowDims` of such values to 1.
 */
export function markPointwiseDynamicRows(nodes: readonly XnnNode[], get: (id: number) => RuntimeValue): void {
  for (const n of nodes) {
    if (!isPointwiseGemm(n)) continue;
    const x = get(n.inputs[0] as number);
    if (x.datatype === XnnDatatype.QDInt8) x.quantRowDims = 1;
  }
}
