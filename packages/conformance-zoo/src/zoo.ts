import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCode, KindlingError, type Tensor } from '@kindling/core';
import { compareOutput } from './compare.js';
import { type Manifest, type ManifestCase, type ManifestValue, readManifest, readTensorFile } from './manifest.js';
import { type Comparison, toDimOrder } from './values.js';

/** Where the zoo's files are. */
export interface ZooOptions {
  /**
   * The folder holding `manifest.json` and the committed programs and tensors (default: the copy
   * shipped in this package).
   */
  readonly dir?: string;
  /**
   * Where the large programs generated on demand live (default: `$KINDLING_CONFORMANCE_CACHE`, else
   * `.cache/conformance` under the current directory); see `tools/conformance` in the repository.
   */
  readonly cacheDir?: string;
}

/** An input of a recorded step, ready for `Module.execute`. */
export type ZooInput = Tensor | number | boolean | null;

/** The folder of the zoo shipped in this package. */
export function bundledZooDir(): string {
  // src/zoo.ts and dist/index.js both sit one level below the package root.
  return fileURLToPath(new URL('../cases/', import.meta.url));
}

/**
 * The conformance zoo: programs exported by the real ExecuTorch (operator cases, blocks and
 * models, each in several flavours) with the inputs and ExecuTorch's own recorded outputs.
 *
 * ```ts
 * const zoo = ConformanceZoo.open();
 * for (const c of zoo.available()) {
 *   const module = await Module.load(zoo.programBytes(c), { kernels: portableKernels });
 *   const outputs = await module.execute(c.steps[0].method, zoo.inputs(c, 0));
 *   console.log(c.id, zoo.compare(c, outputs[0], c.steps[0].outputs[0]).ok);
 * }
 * ```
 */
export class ConformanceZoo {
  /** The parsed `manifest.json`. */
  readonly manifest: Manifest;
  /** The folder of `manifest.json` (committed programs, inputs and recorded outputs). */
  readonly dir: string;
  /** The folder of the large programs generated on demand. */
  readonly cacheDir: string;

  private constructor(manifest: Manifest, dir: string, cacheDir: string) {
    this.manifest = manifest;
    this.dir = dir;
    this.cacheDir = cacheDir;
  }

  /** Opens the zoo (by default the copy shipped in this package). */
  static open(options: ZooOptions = {}): ConformanceZoo {
    const dir = resolve(options.dir ?? bundledZooDir());
    const cacheDir = resolve(options.cacheDir ?? process.env.KINDLING_CONFORMANCE_CACHE ?? '.cache/conformance');
    return new ConformanceZoo(readManifest(join(dir, 'manifest.json')), dir, cacheDir);
  }

  /** Every case of the manifest, committed or not. */
  get cases(): readonly ManifestCase[] {
    return this.manifest.cases;
  }

  /** Where the program of `c` is: in the zoo folder when committed, else in the cache folder. */
  programPath(c: ManifestCase): string {
    return join(c.committed ? this.dir : this.cacheDir, c.file);
  }

  /** True when the program of `c` is on disk (committed, or generated into the cache). */
  isAvailable(c: ManifestCase): boolean {
    return c.committed || existsSync(this.programPath(c));
  }

  /** The cases whose programs are on disk: the committed ones, plus generated large ones when `includeLarge`. */
  available(options: { includeLarge?: boolean } = {}): ManifestCase[] {
    return this.cases.filter((c) => (c.committed ? true : !!options.includeLarge && this.isAvailable(c)));
  }

  /** The bytes of the program of `c`, checked against the manifest's size and SHA-256 when `verify`. */
  programBytes(c: ManifestCase): Uint8Array {
    const path = this.programPath(c);
    if (!existsSync(path)) {
      throw new KindlingError(
        ErrorCode.NotFound,
        `conformance case ${c.id}: ${path} does not exist${c.committed ? '' : ' (a large case: generate it with tools/conformance/export_zoo.py)'}`,
      );
    }
    return new Uint8Array(readFileSync(path));
  }

  /** The case of the same model in the `portable` flavour (no delegates), if the zoo has one. */
  portableOf(c: ManifestCase): ManifestCase | undefined {
    return this.cases.find((x) => x.model === c.model && x.delegates.length === 0);
  }

  /** The inputs of step `step` of `c`, each tensor in the dim order the program expects. */
  inputs(c: ManifestCase, step: number): ZooInput[] {
    const s = c.steps[step];
    if (!s) throw new KindlingError(ErrorCode.InvalidArgument, `conformance case ${c.id} has no step ${step}`);
    return s.inputs.map((v) => this.value(v));
  }

  /** A manifest value as a tensor (read from its file) or a scalar. */
  value(v: ManifestValue): ZooInput {
    switch (v.kind) {
      case 'tensor': {
        const t = readTensorFile(this.dir, v);
        return v.dim_order ? toDimOrder(t, v.dim_order) : t;
      }
      case 'none':
        return null;
      default:
        return v.value;
    }
  }

  /** Compares an output with a recorded one within the case's tolerance (integers exactly). */
  compare(c: ManifestCase, actual: unknown, expected: ManifestValue): Comparison {
    return compareOutput(this.dir, actual, expected, c.tolerance);
  }
}
