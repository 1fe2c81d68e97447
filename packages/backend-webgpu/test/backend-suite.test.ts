// The WebGPU backend through the backend test suite: every zoo program ExecuTorch's VulkanPartitioner
// delegated (the `vulkan` flavour) runs on a WebGPU device and is compared with ExecuTorch's recorded
// outputs, plus the robustness checks (mutated payloads, destroy, concurrent programs).
// KINDLING_LARGE_ZOO=1 adds the programs generated into .cache/conformance (e.g. mobilenet_v2/vulkan:
//   tools/conformance/.venv/bin/python tools/conformance/export_zoo.py --only mobilenet_v2 --flavour vulkan).
import { runBackendSuite } from '@kindling/backend-test-suite/vitest';
import { describe, test } from 'vitest';
import { webgpu } from '../src/index.js';
import { nodeGpu } from './node-gpu.js';

const { gpu, reason } = await nodeGpu();

if (gpu) {
  runBackendSuite({
    backend: () => webgpu({ gpu }),
    includeLarge: !!process.env.KINDLING_LARGE_ZOO,
    // software adapters take minutes for the large programs (ResNet18)
    ...(process.env.KINDLING_LARGE_ZOO ? { timeoutMs: 900_000 } : {}),
    robustness: { programs: 4, bitFlips: 4, concurrent: 3 },
  });
} else {
  describe('backend test suite: webgpu (VulkanBackend)', () => {
    test.skip(`no WebGPU adapter: ${reason}`, () => {});
  });
}
