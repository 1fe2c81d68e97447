import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KernelDescriptor } from '@kindling/core';
import { describe, expect, it } from 'vitest';
import { portableKernels } from './index.js';

const isKernel = (v: unknown): v is KernelDescriptor =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as KernelDescriptor).op === 'string' &&
  typeof (v as KernelDescriptor).run === 'function';

describe('portableKernels', () => {
  it('lists every kernel defined in the kernel files, once', async () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && !f.startsWith('util'),
    );
    const defined = new Set<KernelDescriptor>();
    for (const f of files) {
      const mod = (await import(`./${f.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
      for (const v of Object.values(mod)) if (isKernel(v)) defined.add(v);
    }
    const listed = new Set(portableKernels);
    expect(listed.size).toBe(portableKernels.length);
    const missing = [...defined].filter((k) => !listed.has(k)).map((k) => k.op);
    expect(missing).toEqual([]);
    expect(defined.size).toBe(listed.size);
  });
});
