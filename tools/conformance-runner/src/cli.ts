import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import {
  compareOutput,
  type ManifestCase,
  type ManifestValue,
  readManifest,
  readTensorFile,
  toDimOrder,
} from '@kindling/conformance-zoo';
import type { Backend, KernelDescriptor } from '@kindling/core';
import { KindlingError, type Tensor } from '@kindling/core';
import { describeProgram, PteFile, rewritePte } from '@kindling/ir';
import { type MethodInput, Module, portableKernels } from '@kindling/runtime';
import { selectedKernels } from './selected.js';

const USAGE = `usage: kindling-conformance [--root DIR] [--filter TEXT] [--include-cache] [--emit DIR] [--read-only] [--selected]

Runs every committed program of packages/conformance-zoo/cases/manifest.json through Kindling: checks size and
sha256, reads and describes it, writes it back and reads that again (round trip), then executes each
recorded step and compares with ExecuTorch's recorded outputs within the manifest's tolerance.

  --include-cache  also run the large programs generated into .cache/conformance
  --emit DIR       write every round-tripped program to DIR (same relative paths as the manifest),
                   for tools/conformance/cross_runtime.py --dir DIR
  --read-only      check reading and round trips only, do not execute
  --selected       run each program with only the kernels \`kindling select\` writes for it (the generated
                   module, imported), delegates with their backend: a selection that misses a kernel fails
  --filter TEXT    only cases whose id contains TEXT`;

type Outcome = { status: 'pass' | 'fail' | 'skip'; detail: string };

const digest = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function content(file: PteFile) {
  const { segments, ...program } = file.program;
  return { program, segments: segments.map((_, i) => digest(file.segmentBytes(i))) };
}

function toInput(dir: string, v: ManifestValue): MethodInput {
  switch (v.kind) {
    case 'tensor': {
      const t = readTensorFile(dir, v);
      return v.dim_order ? toDimOrder(t, v.dim_order) : t;
    }
    case 'int':
    case 'float':
    case 'bool':
      return v.value;
    case 'none':
      return null;
  }
}

/** Backends this run loads: every backend package present in the workspace build. */
async function loadBackends(): Promise<Backend[]> {
  const backends: Backend[] = [];
  try {
    const { xnnpack } = await import('@kindling/backend-xnnpack');
    backends.push(xnnpack());
  } catch {
    // Not built: cases that need XnnpackBackend are reported as skipped.
  }
  try {
    // Core ML runs only on Apple devices: its programs run here in the reference ML Program interpreter.
    const { coreml, referenceHost } = await import('@kindling/backend-coreml');
    backends.push(coreml({ host: referenceHost() }));
  } catch {
    // Not built: cases that need CoreMLBackend are reported as skipped.
  }
  return backends;
}

async function runCase(
  c: ManifestCase,
  dirs: { program: string; io: string },
  opts: { emit?: string; readOnly: boolean; selected: boolean; backends: readonly Backend[] },
): Promise<Outcome> {
  const dir = dirs.io;
  const path = join(dirs.program, c.file);
  const bytes = new Uint8Array(readFileSync(path));
  if (bytes.byteLength !== c.size || digest(bytes) !== c.sha256) {
    return { status: 'fail', detail: `size or sha256 differs from the manifest (regenerate or re-record)` };
  }
  const file = PteFile.read(bytes);
  const summary = describeProgram(file);
  const rewritten = rewritePte(file);
  if (!isDeepStrictEqual(content(PteFile.read(rewritten)), content(file))) {
    return { status: 'fail', detail: 'round trip changed the program' };
  }
  if (opts.emit) {
    const out = join(opts.emit, c.file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, rewritten);
  }
  if (opts.readOnly) return { status: 'pass', detail: 'read, inspected, round-tripped' };

  const needed = [...new Set(summary.methods.flatMap((m) => m.delegates.map((d) => d.id)))];
  const missing = needed.filter((id) => !opts.backends.some((b) => b.id === id));
  if (missing.length > 0) return { status: 'skip', detail: `needs ${missing.join(', ')}, not loaded in this run` };

  let kernels: readonly KernelDescriptor[] = portableKernels;
  let selectedNote = '';
  if (opts.selected) {
    const selection = await selectedKernels(file, c.file);
    if (selection.missing.length > 0) {
      return { status: 'fail', detail: `no portable kernel for ${selection.missing.join(', ')}` };
    }
    kernels = selection.kernels;
    selectedNote = `, ${kernels.length} selected kernel(s) for ${selection.operators} operator(s)`;
  }
  const module = await Module.load(bytes, { kernels, backends: opts.backends });
  try {
    let worst = 0;
    for (const [s, step] of c.steps.entries()) {
      const inputs = step.inputs.map((v) => toInput(dir, v));
      const outputs = await module.execute(step.method, inputs);
      if (outputs.length !== step.outputs.length) {
        return { status: 'fail', detail: `step ${s}: ${outputs.length} outputs, expected ${step.outputs.length}` };
      }
      for (const [i, want] of step.outputs.entries()) {
        const r = compareOutput(dir, outputs[i] as Tensor, want, c.tolerance);
        if (!r.ok) return { status: 'fail', detail: `step ${s} output ${i}: ${r.message}` };
        worst = Math.max(worst, r.maxAbs);
      }
    }
    return {
      status: 'pass',
      detail: `${c.steps.length} step(s)${selectedNote}, max abs error ${worst.toExponential(2)}`,
    };
  } finally {
    await module.dispose();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      root: { type: 'string' },
      filter: { type: 'string' },
      'include-cache': { type: 'boolean' },
      emit: { type: 'string' },
      'read-only': { type: 'boolean' },
      selected: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = resolve(values.root ?? '.');
  const committedDir = join(root, 'packages/conformance-zoo/cases');
  const cacheDir = join(root, '.cache/conformance');
  const manifest = readManifest(join(committedDir, 'manifest.json'));
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let notGenerated = 0;
  const backends = await loadBackends();
  const kernelsUsed = values.selected ? 'the kernels kindling select writes for each program' : 'portable kernels';
  console.log(`backends: ${kernelsUsed}${backends.map((b) => `, ${b.id}`).join('')}`);
  for (const c of manifest.cases) {
    if (values.filter && !c.id.includes(values.filter)) continue;
    const dir = c.committed ? committedDir : cacheDir;
    if (!c.committed && (!values['include-cache'] || !existsSync(join(cacheDir, c.file)))) {
      notGenerated++;
      continue;
    }
    let outcome: Outcome;
    try {
      // Programs too large to commit live in the cache; their inputs and outputs are committed.
      outcome = await runCase(
        c,
        { program: dir, io: committedDir },
        {
          ...(values.emit ? { emit: resolve(values.emit) } : {}),
          readOnly: !!values['read-only'],
          selected: !!values.selected,
          backends,
        },
      );
    } catch (error) {
      const what = KindlingError.isInstance(error) ? `${error.codeName}: ${error.message}` : String(error);
      outcome = { status: 'fail', detail: what.split('\n')[0] as string };
    }
    if (outcome.status === 'pass') passed++;
    else if (outcome.status === 'fail') failed++;
    else skipped++;
    console.log(`${outcome.status.toUpperCase().padEnd(4)}  ${c.id}  ${outcome.detail}`);
  }
  if (notGenerated > 0) {
    console.log(
      `(${notGenerated} large case(s) not generated here; see tools/conformance/README.md and --include-cache)`,
    );
  }
  const mode = values.selected ? ' (selected kernels)' : '';
  console.log(`conformance${mode}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
