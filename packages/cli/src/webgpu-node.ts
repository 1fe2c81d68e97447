import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCode, KindlingError } from '@kindling/core';
import type { BackendPluginOptions } from './backend-plugins.js';

/** The optional npm package that gives Node.js WebGPU (Dawn). */
const WEBGPU_PACKAGE = 'webgpu';

// Dawn frees its instance when the object `create()` returned is collected: held while the CLI runs.
let held: unknown;

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}

/** The entry file of the `webgpu` package in the `node_modules` of `cwd` or a folder above it. */
function inProject(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', WEBGPU_PACKAGE, 'package.json'))) {
      return createRequire(join(dir, 'package.json')).resolve(WEBGPU_PACKAGE);
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** Imports the `webgpu` package: from the user's project first, else with the CLI's own resolution. */
async function importWebgpu(options: BackendPluginOptions): Promise<Record<string, unknown> | undefined> {
  const file = inProject(options.cwd ?? process.cwd());
  if (file) return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const importFromCli = options.importFromCli ?? ((s: string) => import(/* @vite-ignore */ s));
  try {
    return (await importFromCli(WEBGPU_PACKAGE)) as Record<string, unknown>;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const message = firstLine(e);
    if (code === 'ERR_MODULE_NOT_FOUND' || /Cannot find (package|module)/.test(message)) return undefined;
    throw e;
  }
}

/**
 * The `gpu` option of the WebGPU backend for `kindling run`: none where `navigator.gpu` exists (the
 * backend uses it); in Node.js without it, the `GPU` object of the optional `webgpu` package. Throws a
 * `KindlingError` naming what to install when neither is there.
 */
export async function nodeGpuOption(options: BackendPluginOptions = {}): Promise<{ gpu: unknown } | undefined> {
  if ((globalThis as { navigator?: { gpu?: unknown } }).navigator?.gpu) return undefined;
  let module: Record<string, unknown> | undefined;
  try {
    module = await importWebgpu(options);
  } catch (e) {
    throw new KindlingError(ErrorCode.Internal, `the "${WEBGPU_PACKAGE}" package failed to load: ${firstLine(e)}`, {
      cause: e,
    });
  }
  if (!module) {
    throw new KindlingError(
      ErrorCode.NotFound,
      `--backend webgpu needs WebGPU: navigator.gpu is absent in this Node.js and the "${WEBGPU_PACKAGE}" package (Dawn) is not installed; install it in your project (npm install ${WEBGPU_PACKAGE})`,
      { context: { backend: 'webgpu' } },
    );
  }
  const create = module.create ?? (module.default as { create?: unknown } | undefined)?.create;
  if (typeof create !== 'function') {
    throw new KindlingError(
      ErrorCode.Internal,
      `the "${WEBGPU_PACKAGE}" package has no create() function: is it the WebGPU package for Node.js (Dawn)?`,
    );
  }
  let gpu: unknown;
  try {
    gpu = (create as (flags: string[]) => unknown)([]);
  } catch (e) {
    throw new KindlingError(ErrorCode.Internal, `the "${WEBGPU_PACKAGE}" package's create() threw: ${firstLine(e)}`, {
      cause: e,
    });
  }
  held = gpu;
  return { gpu: held };
}
