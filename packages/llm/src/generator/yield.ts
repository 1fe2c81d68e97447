/**
 * Lets the event loop run (timers, input events, rendering) between model calls: a generation
 * runs as a chain of promises, which alone would keep a page busy and never let an abort from a
 * timer or a button through until the generation ends.
 */
export function yieldToEventLoop(): Promise<void> {
  const g = globalThis as {
    setImmediate?: (f: () => void) => unknown;
    MessageChannel?: typeof MessageChannel;
  };
  if (typeof g.setImmediate === 'function') {
    const setImmediate = g.setImmediate;
    return new Promise((resolve) => {
      setImmediate(resolve);
    });
  }
  if (typeof g.MessageChannel === 'function') {
    // A message task is not throttled like a nested setTimeout(0) (4 ms).
    const channel = new g.MessageChannel();
    return new Promise((resolve) => {
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
