// The example backend package passes the backend test suite, like every backend: the zoo's
// portable programs lowered with its lowering run to ExecuTorch's recorded outputs, and its
// payload reader refuses truncated and bit-flipped payloads with a KindlingError.
import { runBackendSuite } from '@kindling/backend-test-suite/vitest';
import elementwise from 'kindling-backend-elementwise';
import elementwiseLowering from 'kindling-backend-elementwise/partitioner';

runBackendSuite({ backend: elementwise(), lowering: elementwiseLowering() });
