/** The module worker: runs the cases it is sent and answers with the results and its environment. */
import { type CaseRequest, environment, runCases } from './harness.js';

const scope = globalThis as unknown as {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};

scope.addEventListener('message', (event) => {
  const { requests } = event.data as { requests: CaseRequest[] };
  runCases(requests).then(
    (results) => scope.postMessage({ environment: environment(), results }),
    (error: unknown) =>
      scope.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
