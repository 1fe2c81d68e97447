// Lower a portable program for Core ML with Kindling (no Python): the operators the Core ML lowering
// takes become one CoreMLBackend payload each, the rest stays with the next backend or the portable
// kernels. The result runs on an Apple device's Core ML host, or here on the reference host.

import { coremlLowering } from '@kindling/backend-coreml/partitioner';
import { lower } from '@kindling/partitioner';

/** Lowers `portable` for Core ML: an fp16 ML Program by default, or fp32 with `precision: 'float32'`. */
export async function lowerForCoreML(portable: Uint8Array, precision: 'float16' | 'float32' = 'float16') {
  const { bytes, report } = await lower(portable, { backends: [coremlLowering({ precision })] });
  // which nodes went to Core ML, by operator
  const taken = report.flatMap((m) => m.nodes.filter((n) => n.backend === 'CoreMLBackend').map((n) => n.op));
  return { bytes, taken };
}
