// The Core ML backend on the reference host through the backend test suite: every zoo program
// ExecuTorch's CoreMLPartitioner delegated (the `coreml` fp16 and `coreml-fp32` flavours) runs in the
// reference ML Program interpreter and is compared with ExecuTorch's recorded outputs of the same
// model's portable program, within the manifest's tolerance (fp16 programs: the documented fp16
// tolerance); plus the robustness checks (mutated payloads, destroy, concurrent programs).
// KINDLING_LARGE_ZOO=1 adds the programs generated into .cache/conformance (mobilenet_v2, resnet18,
// minilm: tools/conformance/.venv/bin/python tools/conformance/export_zoo.py --only mobilenet_v2
// --flavour coreml --flavour coreml-fp32).
import { runBackendSuite } from '@kindling/backend-test-suite/vitest';
import { coreml, referenceHost } from '../src/index.js';

runBackendSuite({
  backend: () => coreml({ host: referenceHost() }),
  includeLarge: !!process.env.KINDLING_LARGE_ZOO,
  // the reference interpreter is plain loops: ResNet18 takes a while
  ...(process.env.KINDLING_LARGE_ZOO ? { timeoutMs: 900_000 } : {}),
  robustness: { programs: 4, bitFlips: 8, concurrent: 3 },
});
