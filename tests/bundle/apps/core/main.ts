// The runtime core alone: an app that loads programs and passes no kernels (its programs run
// entirely in delegates it would add). The size test's floor for every other app.
import { Module } from '@kindling/runtime';

/** Loads a program (its URL or bytes) with no kernels and lists its methods. */
async function methodsOf(program: string | Uint8Array): Promise<readonly string[]> {
  const module = await Module.load(program, { kernels: [] });
  try {
    return module.methodNames;
  } finally {
    await module.dispose();
  }
}

Object.assign(globalThis, { methodsOf });
