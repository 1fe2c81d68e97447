import { type Backend, ErrorCode, KindlingError } from '@kindling/core';
import type { PteFile } from '@kindling/ir';
import {
  type BackendPluginOptions,
  backendNameForDelegate,
  backendNames,
  backendPackageName,
  loadRuntimeBackend,
} from './backend-plugins.js';
import { escapeControls } from './io.js';
import { nodeGpuOption } from './webgpu-node.js';

const WEBGPU_BACKEND = '@kindling/backend-webgpu';

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
 * packages from the user's project (`webgpu` in Node.js: WebGPU from the optional `webgpu` package
 * where `navigator.gpu` is absent); without `--backend`, {@link installedBackends}.
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
    if (name === 'portable') continue;
    // the package first (its own "not installed" error comes before one about WebGPU itself)
    const backend = await loadRuntimeBackend(name, factoryOptions, plugins);
    // WebGPU in Node.js: the GPU object of the optional `webgpu` package where navigator.gpu is absent
    const gpu = backendPackageName(name) === WEBGPU_BACKEND ? await nodeGpuOption(plugins) : undefined;
    backends.push(gpu ? await loadRuntimeBackend(name, { ...factoryOptions, ...gpu }, plugins) : backend);
  }
  return backends;
}

/**
 * Refuses, before anything is loaded, a program with a delegate call that none of `backends` runs
 * when a short `--backend` name is known for it, naming that name (`XnnpackBackend`: `--backend
 * xnnpack`). Other delegates are left to the runtime, whose error names the package to install.
 */
export function checkDelegates(file: PteFile, backends: readonly Backend[]): void {
  const have = new Set(backends.map((b) => b.id));
  for (const method of file.methodNames) {
    for (const d of file.plan(method).delegates) {
      const name = backendNameForDelegate(d.id);
      if (have.has(d.id) || name === undefined) continue;
      const given =
        backends.length === 0
          ? 'no backend is given'
          : `the backends given (${backends.map((b) => escapeControls(b.id)).join(', ')}) do not include it`;
      throw new KindlingError(
        ErrorCode.NotFound,
        `method "${escapeControls(method)}" calls delegate "${d.id}" and ${given}: run it with --backend ${name}`,
        { context: { method, delegate: d.id } },
      );
    }
  }
}
