// The plain Node runner (no test framework) gives the same verdict as the vitest one: every check
// either passes or is skipped for a reason the capabilities give, and its counts add up.
import { planBackendSuite, runBackendSuiteInNode } from '@kindling/backend-test-suite';
import elementwise from 'kindling-backend-elementwise';
import elementwiseLowering from 'kindling-backend-elementwise/partitioner';
import { expect, test } from 'vitest';

test('runBackendSuiteInNode reports every check of the plan', async () => {
  const options = { backend: elementwise(), lowering: elementwiseLowering() };
  const lines: string[] = [];
  const report = await runBackendSuiteInNode({ ...options, onOutcome: (o) => lines.push(`${o.status} ${o.id}`) });
  const plan = planBackendSuite(options);
  expect(report.outcomes.map((o) => o.id)).toEqual(plan.checks.map((c) => c.id));
  expect(report.failed).toBe(0);
  expect(report.passed).toBeGreaterThan(30);
  expect(report.passed + report.skipped).toBe(plan.checks.length);
  expect(lines).toHaveLength(plan.checks.length);
  // The robustness checks ran (the example declares no threads, so that one is not planned).
  expect(report.outcomes.filter((o) => o.id.startsWith('robustness/')).map((o) => o.status)).toEqual([
    'pass',
    'pass',
    'pass',
  ]);
});

test('a backend whose payload reader lets a TypeError escape fails the robustness check', async () => {
  const inner = elementwise();
  const careless = {
    ...inner,
    init: (_context: unknown, processed: Uint8Array) => JSON.parse(new TextDecoder().decode(processed)),
  };
  const report = await runBackendSuiteInNode({
    backend: careless as typeof inner,
    lowering: elementwiseLowering(),
    onOutcome: () => {},
  });
  const check = report.outcomes.find(
    (o) => o.id === 'robustness/truncated and bit-flipped payloads give KindlingError',
  );
  expect(check?.status).toBe('fail');
  expect(check?.detail).toMatch(/the backend threw SyntaxError/);
});
