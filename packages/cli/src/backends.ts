import type { Backend } from '@kindling/core';

/**
 * Backends from the backend packages installed next to the CLI. Each package is optional: one that
 * is not installed is left out, and a program that needs it fails to load with an error naming the
 * package.
 */
export async function installedBackends(): Promise<Backend[]> {
  const backends: Backend[] = [];
  try {
    const { xnnpack } = await import('@kindling/backend-xnnpack');
    backends.push(xnnpack());
  } catch {
    // @kindling/backend-xnnpack is not installed.
  }
  return backends;
}
