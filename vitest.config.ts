import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The WebGPU backend's Node tests (packages/backend-webgpu) run on a software Vulkan driver when the
// machine has no Vulkan loader of its own: SwiftShader from Debian's chromium package. The loader's
// folder must be in the environment before the test workers start (the dynamic linker reads it once).
// Debian's chromium package installs it here; KINDLING_SWIFTSHADER_DIR names another folder.
const SWIFTSHADER_DIR = process.env.KINDLING_SWIFTSHADER_DIR ?? '/usr/lib/chromium';
const systemVulkan = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib64', '/usr/lib'].some((d) =>
  existsSync(`${d}/libvulkan.so.1`),
);
if (!systemVulkan && !process.env.VK_ICD_FILENAMES && existsSync(`${SWIFTSHADER_DIR}/vk_swiftshader_icd.json`)) {
  process.env.VK_ICD_FILENAMES = `${SWIFTSHADER_DIR}/vk_swiftshader_icd.json`;
  process.env.LD_LIBRARY_PATH = [SWIFTSHADER_DIR, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
}

// Resolve workspace packages to their TypeScript sources, so tests need no build step.
const conditions = ['@kindling/source', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'docs/**/*.test.ts',
      'tools/layering/**/*.test.ts',
      'tests/fuzz/**/*.test.ts',
      'tests/bundle/**/*.test.ts',
    ],
    testTimeout: 60_000,
    reporters: ['default', './scripts/vitest-summary-reporter.ts'],
  },
});
