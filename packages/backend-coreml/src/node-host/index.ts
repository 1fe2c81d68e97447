/**
 * A {@link CoreMLHost} for Node.js on macOS, over the Node-API addon whose source ships in this
 * package (`native/node-macos`, built by the app with `node-gyp`; Kindling's CI cannot build or run
 * it, as Core ML exists only on Apple platforms). The host writes the package ExecuTorch's payload
 * carries to disk, has Core ML compile it once per program (cached by the program's Core ML
 * identifier), loads it with the program's compute units and runs predictions off the JavaScript
 * thread.
 *
 * ```ts
 * import { coreml } from '@kindling/backend-coreml';
 * import { nodeCoreMLHost } from '@kindling/backend-coreml/node-host';
 * const backends = [coreml({ host: nodeCoreMLHost() })];
 * ```
 *
 * @packageDocumentation
 */

import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { type Availability, ErrorCode, KindlingError } from '@kindling/core';
import type {
  CoreMLArrayType,
  CoreMLComputeUnits,
  CoreMLHost,
  CoreMLHostModel,
  CoreMLHostTensor,
  CoreMLLoadOptions,
} from '../runtime/host.js';

/** A tensor as the addon takes and returns it (`data`: any view in, a fresh buffer out). */
export interface CoreMLNativeTensor {
  readonly name: string;
  readonly dataType: string;
  readonly shape: readonly number[];
  readonly data: ArrayBufferView | ArrayBuffer;
}

/** The functions of the native addon (`kindling_coreml.node`); see `native/node-macos/README.md`. */
export interface CoreMLNativeAddon {
  /** Compiles an `.mlpackage` directory; resolves to the compiled `.mlmodelc` (a temporary path). */
  compileModel(packageDir: string): Promise<string>;
  /** Loads a compiled model; resolves to an opaque handle. */
  loadModel(compiledDir: string, computeUnits: CoreMLComputeUnits, functionName?: string): Promise<unknown>;
  /** Runs the model; resolves to every array output of the model. */
  predict(handle: unknown, inputs: readonly CoreMLNativeTensor[]): Promise<readonly CoreMLNativeTensor[]>;
  /** Drops a loaded model. */
  releaseModel(handle: unknown): void;
}

/** Options of {@link nodeCoreMLHost}. */
export interface NodeCoreMLHostOptions {
  /** The addon itself (default: loaded from {@link NodeCoreMLHostOptions.addonPath}). */
  readonly addon?: CoreMLNativeAddon;
  /** Where the built addon is (default: this package's `native/node-macos/build/Release/kindling_coreml.node`). */
  readonly addonPath?: string;
  /** Where compiled models are kept, one `<identifier>.mlmodelc` each (default: `~/Library/Caches/kindling-coreml`). */
  readonly cacheDir?: string;
}

// ExecuTorch names models `executorch_<uuid>`; anything else that is a plain file name is accepted,
// nothing that could leave the cache folder.
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

interface Compiled {
  readonly kind: 'compiled';
  readonly dir: string;
}
interface Loaded {
  readonly kind: 'loaded';
  native: unknown;
}

function hostError(code: ErrorCode, message: string, cause?: unknown): KindlingError {
  return new KindlingError(code, message, { context: { backend: 'CoreMLBackend', host: 'coreml-node' }, cause });
}

/** Checks a path from the payload before anything is written: relative, no `..`, no empty parts. */
function safeRelativePath(path: string): string {
  const parts = path.split('/');
  if (
    path.length === 0 ||
    path.length > 1024 ||
    path.includes('\\') ||
    path.includes('\0') ||
    parts.some((p) => p === '' || p === '.' || p === '..')
  ) {
    throw hostError(
      ErrorCode.InvalidProgram,
      `the Core ML payload names a file "${path}" that cannot be written safely`,
    );
  }
  return path;
}

const VIEWS: Readonly<Record<CoreMLArrayType, (b: ArrayBuffer) => CoreMLHostTensor['data']>> = {
  float32: (b) => new Float32Array(b),
  float16: (b) => new Uint16Array(b),
  int32: (b) => new Int32Array(b),
};
const ELEMENT_BYTES: Readonly<Record<CoreMLArrayType, number>> = { float32: 4, float16: 2, int32: 4 };

function fromNative(t: CoreMLNativeTensor): CoreMLHostTensor {
  const dtype = t.dataType as CoreMLArrayType;
  const view = VIEWS[dtype];
  if (!view) throw hostError(ErrorCode.NotSupported, `Core ML returned output "${t.name}" as ${t.dataType}`);
  const buffer = t.data instanceof ArrayBuffer ? t.data : undefined;
  const count = t.shape.reduce((a, b) => a * b, 1);
  if (!buffer || buffer.byteLength !== count * ELEMENT_BYTES[dtype]) {
    throw hostError(ErrorCode.Internal, `Core ML output "${t.name}" does not hold [${t.shape.join(', ')}] ${dtype}`);
  }
  return { name: t.name, dtype, shape: [...t.shape], data: view(buffer) };
}

/** `native/node-macos/build/Release/kindling_coreml.node` of this package, where node-gyp builds it. */
function defaultAddonPath(): string {
  const manifest = createRequire(import.meta.url).resolve('@kindling/backend-coreml/package.json');
  return join(dirname(manifest), 'native', 'node-macos', 'build', 'Release', 'kindling_coreml.node');
}

function loadAddon(path: string): CoreMLNativeAddon {
  return createRequire(import.meta.url)(path) as CoreMLNativeAddon;
}

/**
 * Creates the Node.js Core ML host. Without an `addon`, it is available only on macOS and only once
 * the addon is built; `isAvailable()` says which is missing.
 */
export function nodeCoreMLHost(options: NodeCoreMLHostOptions = {}): CoreMLHost {
  const addonPath = options.addonPath ?? defaultAddonPath();
  const cacheDir = options.cacheDir ?? join(homedir(), 'Library', 'Caches', 'kindling-coreml');
  let addon = options.addon;
  let addonError: unknown;
  const getAddon = (): CoreMLNativeAddon => {
    if (addon) return addon;
    try {
      addon = loadAddon(addonPath);
      return addon;
    } catch (e) {
      addonError = e;
      throw hostError(
        ErrorCode.NotFound,
        `the Core ML Node addon is not built or does not load (${addonPath}); build it on a Mac with \`npx node-gyp rebuild\` in @kindling/backend-coreml/native/node-macos`,
        e,
      );
    }
  };

  return {
    name: 'coreml-node',
    isAvailable(): Availability {
      if (!options.addon && platform() !== 'darwin') {
        return {
          available: false,
          reason: `Core ML needs macOS (this is ${platform()}); use referenceHost() elsewhere`,
        };
      }
      try {
        getAddon();
        return { available: true };
      } catch {
        return { available: false, reason: `the Core ML Node addon does not load: ${String(addonError)}` };
      }
    },

    async compile(model: CoreMLHostModel): Promise<Compiled> {
      const native = getAddon();
      if (!IDENTIFIER.test(model.identifier)) {
        throw hostError(ErrorCode.InvalidProgram, `Core ML model identifier "${model.identifier}" is not a plain name`);
      }
      const target = join(cacheDir, `${model.identifier}.mlmodelc`);
      if (existsSync(target)) return { kind: 'compiled', dir: target };
      const packagePath = safeRelativePath(model.packagePath);
      await mkdir(cacheDir, { recursive: true });
      const work = await mkdtemp(join(cacheDir, '.unpack-'));
      try {
        for (const [path, bytes] of model.files) {
          const file = join(work, safeRelativePath(path));
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, bytes);
        }
        let compiled: string;
        try {
          compiled = await native.compileModel(join(work, packagePath));
        } catch (e) {
          throw hostError(
            ErrorCode.DelegateInvalidCompatibility,
            `Core ML could not compile model ${model.identifier}: ${e instanceof Error ? e.message : String(e)}`,
            e,
          );
        }
        // Core ML compiles into a temporary folder; keep it in the cache. Another process may have
        // put the same model there first, which is as good.
        const staged = join(work, 'compiled.mlmodelc');
        await cp(compiled, staged, { recursive: true });
        await rm(compiled, { recursive: true, force: true });
        try {
          await rename(staged, target);
        } catch (e) {
          if (!existsSync(target)) throw e;
        }
        return { kind: 'compiled', dir: target };
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    },

    async load(compiled: unknown, load: CoreMLLoadOptions): Promise<Loaded> {
      const c = compiled as Compiled;
      if (c?.kind !== 'compiled') throw hostError(ErrorCode.InvalidArgument, 'load() needs a handle from compile()');
      try {
        // `main` is the only function of a single-function package; naming it needs macOS 15.
        const fn = load.functionName === 'main' ? undefined : load.functionName;
        return { kind: 'loaded', native: await getAddon().loadModel(c.dir, load.computeUnits, fn) };
      } catch (e) {
        if (KindlingError.isInstance(e)) throw e;
        throw hostError(
          ErrorCode.DelegateInvalidCompatibility,
          `Core ML could not load ${c.dir}: ${e instanceof Error ? e.message : String(e)}`,
          e,
        );
      }
    },

    async predict(loaded: unknown, inputs: readonly CoreMLHostTensor[]): Promise<readonly CoreMLHostTensor[]> {
      const l = loaded as Loaded;
      if (l?.kind !== 'loaded' || l.native === undefined) {
        throw hostError(ErrorCode.InvalidState, 'predict() needs a loaded model that was not released');
      }
      let outputs: readonly CoreMLNativeTensor[];
      try {
        outputs = await getAddon().predict(
          l.native,
          inputs.map((t) => ({ name: t.name, dataType: t.dtype, shape: t.shape, data: t.data })),
        );
      } catch (e) {
        throw hostError(
          ErrorCode.Internal,
          `Core ML prediction failed: ${e instanceof Error ? e.message : String(e)}`,
          e,
        );
      }
      return outputs.map(fromNative);
    },

    release(handle: unknown): void {
      const l = handle as Loaded;
      if (l?.kind === 'loaded' && l.native !== undefined) {
        addon?.releaseModel(l.native);
        l.native = undefined;
      }
      // A compiled model stays in the cache for the next load of the same program.
    },
  };
}
