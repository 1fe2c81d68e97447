/**
 * `--selected`: each program runs with exactly the kernels `kindling select` writes for it, not
 * every portable kernel. The module `renderKernelModule` writes for the program is imported as
 * written (its package imports resolved from here), so a program that needs a kernel the selection
 * leaves out fails as it would in an app that ships that module.
 */
import { renderKernelModule, selectKernels } from '@kindling/cli';
import type { KernelDescriptor } from '@kindling/core';
import type { PteFile } from '@kindling/ir';

/** Imported modules by their text: many programs need the same kernels. */
const imported = new Map<string, Promise<readonly KernelDescriptor[]>>();

/** Imports a generated module from its text, its bare `@kindling/...` imports resolved from here. */
function importModule(source: string): Promise<readonly KernelDescriptor[]> {
  let kernels = imported.get(source);
  if (!kernels) {
    const resolved = source.replace(
      /(from\s*)(['"])(@kindling\/[^'"]+)\2/g,
      (_, from: string, _q: string, spec: string) => `${from}${JSON.stringify(import.meta.resolve(spec))}`,
    );
    const url = `data:text/javascript;charset=utf-8,${encodeURIComponent(resolved)}`;
    kernels = (import(url) as Promise<{ kernels: readonly KernelDescriptor[] }>).then((m) => m.kernels);
    imported.set(source, kernels);
  }
  return kernels;
}

/** The kernels the generated module for `file` exports, and what the selection reports. */
export async function selectedKernels(
  file: PteFile,
  name: string,
): Promise<{ kernels: readonly KernelDescriptor[]; operators: number; missing: readonly string[] }> {
  const selection = selectKernels([file]);
  const kernels = await importModule(renderKernelModule(selection, [name]));
  return { kernels, operators: selection.operators.length, missing: selection.missing };
}
