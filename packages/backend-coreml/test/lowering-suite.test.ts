// The Core ML lowering through the backend test suite's `lowered` checks: every portable program of
// the zoo (not only the models that have a Core ML flavour) is lowered with coremlLowering({
// precision: 'float32' }), run with coreml({ host: referenceHost() }) and the portable kernels for
// what Core ML does not take, and compared with ExecuTorch's recorded outputs within the case's
// tolerance. Programs the lowering takes nothing from are reported as such by the suite.
import { runBackendSuite } from '@kindling/backend-test-suite/vitest';
import { coreml, referenceHost } from '../src/index.js';
import { coremlLowering } from '../src/partitioner.js';

runBackendSuite({
  backend: () => coreml({ host: referenceHost() }),
  lowering: coremlLowering({ precision: 'float32' }),
  robustness: false,
});
