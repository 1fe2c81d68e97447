import { type BackendSuiteOptions, planBackendSuite, type SuiteCheck } from './suite.js';

/** The outcome of one check. */
export interface CheckOutcome {
  readonly id: string;
  readonly status: 'pass' | 'fail' | 'skip';
  /** The check's summary, the reason it failed, or why it was skipped. */
  readonly detail: string;
  readonly ms: number;
}

/** What {@link runBackendSuiteInNode} returns. */
export interface SuiteReport {
  readonly backendId: string;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly outcomes: readonly CheckOutcome[];
}

/** Options of the plain runner, besides the suite's. */
export interface NodeRunnerOptions {
  /** Receives each outcome as it happens (default: a line on standard output). */
  readonly onOutcome?: (outcome: CheckOutcome) => void;
}

async function runCheck(check: SuiteCheck): Promise<CheckOutcome> {
  if (check.skip) return { id: check.id, status: 'skip', detail: check.skip, ms: 0 };
  const started = performance.now();
  try {
    const detail = await check.run();
    return { id: check.id, status: 'pass', detail, ms: performance.now() - started };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { id: check.id, status: 'fail', detail, ms: performance.now() - started };
  }
}

/**
 * Runs the suite without a test framework (one check after another), for a vendor's own CI:
 *
 * ```ts
 * const report = await runBackendSuiteInNode({ backend: myBackend, lowering: myLowering() });
 * process.exitCode = report.failed > 0 ? 1 : 0;
 * ```
 */
export async function runBackendSuiteInNode(options: BackendSuiteOptions & NodeRunnerOptions): Promise<SuiteReport> {
  const plan = planBackendSuite(options);
  const print =
    options.onOutcome ??
    ((o: CheckOutcome) => console.log(`${o.status.toUpperCase().padEnd(4)}  ${o.id}  ${o.detail.split('\n')[0]}`));
  const outcomes: CheckOutcome[] = [];
  for (const check of plan.checks) {
    const outcome = await runCheck(check);
    outcomes.push(outcome);
    print(outcome);
  }
  const count = (s: CheckOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return { backendId: plan.backendId, passed: count('pass'), failed: count('fail'), skipped: count('skip'), outcomes };
}
