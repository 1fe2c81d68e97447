import { CALL_DELEGATE, importProgram, PteFile } from '@kindling/ir';
import { lower } from '@kindling/partitioner';
import { describe, expect, it } from 'vitest';
import { portableCases, readCase, runCase } from '../../packages/partitioner/test/zoo.js';
import { ELEMENTWISE_ID, elementwiseBackend, elementwiseLowering } from './elementwise-backend.js';

// Every committed portable zoo program, lowered with the example backend, must still give
// ExecuTorch's recorded outputs: delegated parts run in the example's runtime half, the rest on
// portable kernels.
describe('writing a backend: the elementwise example', () => {
  let delegatedPrograms = 0;
  it.each(portableCases().map((c) => [c.id, c] as const))(
    '%s lowered runs with the recorded outputs',
    async (_id, c) => {
      const original = readCase(c);
      const { bytes, report } = await lower(original, { backends: [elementwiseLowering] });
      const lowered = importProgram(PteFile.read(bytes));
      const calls = lowered.flatMap((g) => g.nodes.filter((n) => n.op === CALL_DELEGATE));
      const taken = report.flatMap((m) => m.nodes.filter((n) => n.backend === ELEMENTWISE_ID));
      expect(calls.length).toBe(report.reduce((a, m) => a + m.partitions.length, 0));
      if (taken.length > 0) delegatedPrograms++;
      await runCase(c, bytes, { backends: [elementwiseBackend()] });
    },
  );

  it('delegated something in many programs', () => {
    expect(delegatedPrograms).toBeGreaterThan(10);
  });
});
