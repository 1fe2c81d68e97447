/**
 * The test page's script: exposes `globalThis.kindling` for the runner (`page.evaluate`), and a way
 * to run the same cases in a module worker.
 */
import {
  type CaseRequest,
  type CaseResult,
  type Environment,
  environment,
  OriginalWorker,
  runCases,
} from './harness.js';

/** What the module worker answers. */
export interface WorkerReport {
  environment: Environment;
  results: CaseResult[];
}

/** Starts `worker.js` as a module worker, runs `requests` in it and terminates it. */
async function runInWorker(requests: CaseRequest[], timeoutMs: number): Promise<WorkerReport> {
  if (typeof OriginalWorker !== 'function') throw new Error('this page has no Worker');
  const worker = new OriginalWorker(new URL('worker.js', location.href), { type: 'module' });
  try {
    return await new Promise<WorkerReport>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the module worker did not answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
      worker.onmessage = (event: MessageEvent) => {
        clearTimeout(timer);
        const data = event.data as WorkerReport | { error: string };
        if ('error' in data) reject(new Error(`in the module worker: ${data.error}`));
        else resolve(data);
      };
      worker.onmessageerror = () => {
        clearTimeout(timer);
        reject(new Error('the module worker sent a message that could not be deserialized'));
      };
      worker.onerror = (event: ErrorEvent) => {
        clearTimeout(timer);
        event.preventDefault();
        reject(new Error(`module worker error: ${event.message || 'the script failed to load or threw'}`));
      };
      worker.postMessage({ requests });
    });
  } finally {
    worker.terminate();
  }
}

Object.assign(globalThis, { kindling: { environment, runCases, runInWorker } });
document.documentElement.dataset.kindling = 'ready';
