// A WebGPU device for the Node tests: the `webgpu` package (Dawn) on whatever Vulkan driver the
// machine has, or SwiftShader from Debian's chromium package (vitest.config.ts puts its loader on
// the library path before the workers start; the ICD file is set here too, for runs outside it).
// Without an adapter the tests skip with the reason, unless KINDLING_REQUIRE_WEBGPU=1.
import { existsSync } from 'node:fs';

// Debian's chromium package puts it here; KINDLING_SWIFTSHADER_DIR names another folder.
const SWIFTSHADER_ICD = `${process.env.KINDLING_SWIFTSHADER_DIR ?? '/usr/lib/chromium'}/vk_swiftshader_icd.json`;

export interface NodeGpu {
  readonly gpu: GPU | undefined;
  /** Why there is no adapter (undefined when there is one). */
  readonly reason: string | undefined;
}

// Held for the whole run: Dawn frees the instance when this object is collected.
let held: GPU | undefined;

export async function nodeGpu(): Promise<NodeGpu> {
  if (!process.env.VK_ICD_FILENAMES && existsSync(SWIFTSHADER_ICD)) process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
  let reason: string | undefined;
  try {
    const { create } = await import('webgpu');
    held ??= create([]);
    const adapter = await held.requestAdapter();
    if (!adapter) reason = 'the webgpu package found no adapter (no Vulkan driver: install chromium for SwiftShader)';
  } catch (e) {
    reason = `the webgpu package cannot load: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (reason && process.env.KINDLING_REQUIRE_WEBGPU === '1') {
    throw new Error(`KINDLING_REQUIRE_WEBGPU=1 but ${reason}`);
  }
  return { gpu: reason ? undefined : held, reason };
}
