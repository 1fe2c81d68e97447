import type { Backend } from '@kindling/core';
import { type BackendPluginOptions, backendNames, loadRuntimeBackend } from './backend-plugins.js';

/**
 * Backends from the backend packages installed next to the CLI. Each package is optional: one that
 * is not installed is left out, and a program that needs it fails to load with an error naming the
 * package. `threads` goes to each backend's factory when given.
 */
async function installedBackends(factoryOptions?: { threads?: number }): Promise<Backend[]> {
  const backends: Backend[] = [];
  try {
    const { xnnpack } = await import('@kindling/backend-xnnpack');
    backends.push(xnnpack(factoryOptions));
  } catch {
    // @kindling/backend-xnnpack is not installed.
  }
  return backends;
}

/**
 * The runtime backends of `kindling run`: those `--backend` names (`portable` = none), loaded as
 * packages from the user's project; without `--backend`, {@link installedBackends}.
 */
export async function runtimeBackends(
  values: readonly string[] | undefined,
  threads: number | undefined,
  plugins?: BackendPluginOptions,
): Promise<Backend[]> {
  const factoryOptions = threads === undefined ? undefined : { threads };
  if (values === undefined) return installedBackends(factoryOptions);
  const backends: Backend[] = [];
  for (const name of backendNames(values)) {
    if (name !== 'portable') backends.push(await loadRuntimeBackend(name, factoryOptions, plugins));
  }
  return backends;
}
