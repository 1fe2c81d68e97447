#!/usr/bin/env node
// Bundles profile.ts from the workspace sources and runs it on SwiftShader when the machine has no
// Vulkan loader of its own (as vitest.config.ts does for the tests).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = `${here}../node_modules/.profile.mjs`;
await build({
  entryPoints: [`${here}profile.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  external: ['webgpu'],
  conditions: ['@kindling/source'],
  logLevel: 'error',
});
const dir = process.env.KINDLING_SWIFTSHADER_DIR ?? '/usr/lib/chromium';
const env = { ...process.env };
if (!env.VK_ICD_FILENAMES && existsSync(`${dir}/vk_swiftshader_icd.json`)) {
  env.VK_ICD_FILENAMES = `${dir}/vk_swiftshader_icd.json`;
  env.LD_LIBRARY_PATH = [dir, env.LD_LIBRARY_PATH].filter(Boolean).join(':');
}
const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
