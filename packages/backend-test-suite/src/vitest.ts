/**
 * The backend test suite as vitest tests:
 *
 * ```ts
 * // test/suite.test.ts of a backend package
 * import { runBackendSuite } from '@kindling/backend-test-suite/vitest';
 * import myBackend from '../src/index.js';
 * import myLowering from '../src/partitioner.js';
 *
 * runBackendSuite({ backend: (o) => myBackend(o), lowering: myLowering() });
 * ```
 *
 * @packageDocumentation
 */
import { describe, test } from 'vitest';
import { type BackendSuiteOptions, type CheckGroup, planBackendSuite, type SuitePlan } from './suite.js';

const GROUP_TITLES: Record<CheckGroup, string> = {
  delegated: 'programs ExecuTorch delegated to it',
  lowered: 'portable programs lowered with its lowering',
  threads: 'delegated programs on two threads',
  robustness: 'robustness',
};

/**
 * Registers the suite's checks as vitest tests, one `describe` per group; a check the backend's
 * capabilities rule out is a skipped test whose title says what is missing. Returns the plan.
 */
export function runBackendSuite(options: BackendSuiteOptions): SuitePlan {
  const plan = planBackendSuite(options);
  describe(`backend test suite: ${plan.name} (${plan.backendId})`, () => {
    for (const group of Object.keys(GROUP_TITLES) as CheckGroup[]) {
      const checks = plan.checks.filter((c) => c.group === group);
      if (checks.length === 0) continue;
      describe(GROUP_TITLES[group], () => {
        for (const check of checks) {
          const title = check.caseId ?? check.id.slice(`${group}/`.length);
          if (check.skip) test.skip(`${title} (${check.skip})`, () => {});
          else test(title, { timeout: 0 }, async () => void (await check.run()));
        }
      });
    }
  });
  return plan;
}
