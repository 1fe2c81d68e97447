import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BackendV1, ErrorCode, isBackendV1, KindlingError } from '@kindling/core';
import { type BackendLoweringV1, isBackendLowering } from '@kindling/partitioner';
import { didYouMean } from './args.js';

/**
 * Short names for our own backend packages. Anything else given to `--backend` is a package name
 * (`@acme/kindling-backend-npu`, `kindling-backend-example`). `portable` (no backend) is handled by
 * the commands.
 */
const BACKEND_ALIASES: Readonly<Record<string, string>> = {
  xnnpack: '@kindling/backend-xnnpack',
  webgpu: '@kindling/backend-webgpu',
  coreml: '@kindling/backend-coreml',
};

/** The two entries of a backend package: `.` (runtime) and `./partitioner` (ahead of time). */
export type BackendEntry = '.' | './partitioner';

/** How backend packages are found and loaded; every field has a default (tests inject them). */
export interface BackendPluginOptions {
  /** Where the user's project is: packages are looked up from here first (default `process.cwd()`). */
  readonly cwd?: string;
  /**
   * Imports a bare specifier with the CLI's own module resolution, the fallback when the project
   * has no such package (default: dynamic `import()`).
   */
  readonly importFromCli?: (specifier: string) => Promise<unknown>;
}

/** Export conditions matched in a package's `exports` map, besides `default`. */
const CONDITIONS = ['node', 'import'];

// npm package names: optional scope, no path segments beyond it.
const PACKAGE_NAME = /^(@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*$/i;

/** The package a `--backend` name means: an alias or the name itself. */
export function backendPackageName(name: string): string {
  const pkg = BACKEND_ALIASES[name] ?? name;
  if (!PACKAGE_NAME.test(pkg)) {
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `--backend "${name}" is neither a short name (${[...Object.keys(BACKEND_ALIASES), 'portable'].join(', ')}) nor a package name${didYouMean(name, [...Object.keys(BACKEND_ALIASES), 'portable'])}`,
    );
  }
  return pkg;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The target of one `exports` value for the given conditions (Node's rules: key order decides). */
function exportTarget(value: unknown, star: string | undefined): string | null | undefined {
  if (value === null) return null;
  if (typeof value === 'string') return star === undefined ? value : value.replaceAll('*', star);
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = exportTarget(v, star);
      if (t !== undefined) return t;
    }
    return undefined;
  }
  if (typeof value === 'object') {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (key !== 'default' && !CONDITIONS.includes(key)) continue;
      const t = exportTarget(v, star);
      if (t !== undefined) return t;
    }
  }
  return undefined;
}

/**
 * What a package's `exports` map says `subpath` is: a relative target, `null` when the map
 * excludes it or has no entry for it. Handles the string / conditions sugar for `.`, exact subpaths
 * and one-`*` patterns.
 */
export function resolveExports(exports: unknown, subpath: BackendEntry): string | null {
  let map = exports;
  if (
    typeof map === 'string' ||
    Array.isArray(map) ||
    (typeof map === 'object' && map !== null && !Object.keys(map).some((k) => k.startsWith('.')))
  ) {
    map = { '.': map };
  }
  if (typeof map !== 'object' || map === null) return null;
  const entries = map as Record<string, unknown>;
  if (Object.hasOwn(entries, subpath)) return exportTarget(entries[subpath], undefined) ?? null;
  let best: { key: string; star: string } | undefined;
  for (const key of Object.keys(entries)) {
    const i = key.indexOf('*');
    if (i < 0) continue;
    const prefix = key.slice(0, i);
    const suffix = key.slice(i + 1);
    if (subpath.length >= key.length - 1 && subpath.startsWith(prefix) && subpath.endsWith(suffix)) {
      if (!best || prefix.length > best.key.indexOf('*'))
        best = { key, star: subpath.slice(prefix.length, subpath.length - suffix.length) };
    }
  }
  return best ? (exportTarget(entries[best.key], best.star) ?? null) : null;
}

/** A package found in a project's node_modules. */
interface FoundPackage {
  readonly dir: string;
  readonly manifest: { exports?: unknown; main?: unknown };
}

/** Walks up from `cwd` through `node_modules/<pkg>/package.json`, as Node does. */
function findInProject(pkg: string, cwd: string): FoundPackage | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, 'node_modules', pkg);
    const manifestPath = join(candidate, 'package.json');
    if (isFile(manifestPath)) {
      let manifest: FoundPackage['manifest'];
      try {
        manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as FoundPackage['manifest'];
      } catch {
        throw new KindlingError(ErrorCode.InvalidArgument, `${manifestPath} is not valid JSON`);
      }
      return { dir: candidate, manifest: typeof manifest === 'object' && manifest !== null ? manifest : {} };
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The file of `entry` in a found package: from `exports`, else `main` / `index.js` (or `partitioner.js`). */
function entryFile(pkg: string, found: FoundPackage, entry: BackendEntry): string {
  const { dir, manifest } = found;
  const what = entry === '.' ? 'runtime entry "."' : 'ahead-of-time entry "./partitioner"';
  if (manifest.exports !== undefined) {
    const target = resolveExports(manifest.exports, entry);
    if (target === null || !target.startsWith('./')) {
      throw new KindlingError(
        ErrorCode.NotFound,
        `backend package "${pkg}" (${dir}) does not export its ${what} for import (conditions: ${[...CONDITIONS, 'default'].join(', ')})`,
      );
    }
    const file = join(dir, target);
    if (!isFile(file))
      throw new KindlingError(ErrorCode.NotFound, `backend package "${pkg}": its ${what} ${file} does not exist`);
    return file;
  }
  const base = entry === '.' ? (typeof manifest.main === 'string' ? manifest.main : 'index.js') : 'partitioner';
  for (const candidate of [base, `${base}.js`, `${base}.mjs`, join(base, 'index.js')]) {
    const file = join(dir, candidate);
    if (isFile(file)) return file;
  }
  throw new KindlingError(
    ErrorCode.NotFound,
    `backend package "${pkg}" (${dir}) has no ${what}: no "exports" map and no ${entry === '.' ? (typeof manifest.main === 'string' ? `file for "main" (${manifest.main})` : 'index.js') : 'partitioner.js'}`,
  );
}

function cliLocation(): string {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return 'the kindling CLI';
  }
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] as string;
}

/** True when an import failure says that package `pkg` itself is missing (Node's and Vite's wording). */
function isMissingPackage(e: unknown, pkg: string): boolean {
  const code = (e as { code?: unknown }).code;
  const message = firstLine(e);
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || /Cannot find package/.test(message)) &&
    (message.includes(`'${pkg}'`) || message.includes(`'${pkg}/`))
  );
}

/** True when an import failure says that the package does not export `./partitioner`. */
function isNotExported(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' || /Missing "\.\/partitioner" specifier/.test(firstLine(e));
}

/**
 * Imports the `entry` of backend package `pkg`: from the user's project (`node_modules` from the
 * working directory upwards) when it is installed there, else with the CLI's own resolution.
 */
async function importBackendEntry(
  pkg: string,
  entry: BackendEntry,
  options: BackendPluginOptions = {},
): Promise<{ module: Record<string, unknown>; from: string }> {
  const cwd = options.cwd ?? process.cwd();
  const found = findInProject(pkg, cwd);
  if (found) {
    const file = entryFile(pkg, found, entry);
    try {
      return { module: (await import(pathToFileURL(file).href)) as Record<string, unknown>, from: file };
    } catch (e) {
      throw new KindlingError(
        ErrorCode.Internal,
        `backend package "${pkg}" failed to load (${file}): ${firstLine(e)}`,
        {
          cause: e,
        },
      );
    }
  }
  const specifier = entry === '.' ? pkg : `${pkg}/partitioner`;
  const importFromCli = options.importFromCli ?? ((s: string) => import(/* @vite-ignore */ s));
  try {
    return { module: (await importFromCli(specifier)) as Record<string, unknown>, from: specifier };
  } catch (e) {
    if (isMissingPackage(e, pkg)) {
      throw new KindlingError(
        ErrorCode.NotFound,
        `backend package "${pkg}" is not installed: looked for node_modules/${pkg} in ${resolve(cwd)} and its parent folders, then from the kindling CLI (${cliLocation()}); install it in your project (npm install ${pkg})`,
        { cause: e },
      );
    }
    if (entry !== '.' && isNotExported(e)) {
      throw new KindlingError(
        ErrorCode.NotFound,
        `backend package "${pkg}" has no ahead-of-time entry "./partitioner" (${firstLine(e)})`,
        { cause: e },
      );
    }
    throw new KindlingError(ErrorCode.Internal, `backend package "${pkg}" failed to load: ${firstLine(e)}`, {
      cause: e,
    });
  }
}

/** The short `--backend` names: the aliases and `portable` (no backend). */
const SHORT_BACKEND_NAMES: readonly string[] = [...Object.keys(BACKEND_ALIASES), 'portable'];

/**
 * `loading`, with a "not installed" failure for a `--backend` name that looks like a short name but
 * is none reworded to say so first, with the short name it is closest to (`xnnpak`: did you mean
 * xnnpack?).
 */
async function namingUnknownBackend<T>(name: string, loading: Promise<T>): Promise<T> {
  try {
    return await loading;
  } catch (e) {
    // Only for names spelled like a short name (`xnnpak`, `npu`); `@acme/kindling-backend-npu` and
    // `kindling-backend-x` are clearly package names, and the package error says it all.
    const shortLike = /^[a-z0-9]+$/i.test(name) && BACKEND_ALIASES[name] === undefined;
    if (shortLike && KindlingError.isInstance(e) && e.code === ErrorCode.NotFound) {
      if (e.message.startsWith(`backend package "${name}" is not installed`)) {
        throw new KindlingError(
          ErrorCode.NotFound,
          `unknown backend "${name}"${didYouMean(name, SHORT_BACKEND_NAMES)}: not a short name (${SHORT_BACKEND_NAMES.join(', ')}), and ${e.message}`,
          { cause: e.cause, context: { backend: name } },
        );
      }
    }
    throw e;
  }
}

function describeValue(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'object') return 'an object';
  return `a ${typeof x}`;
}

/** What `x` lacks to be a v1 backend (runtime) or lowering; empty when nothing is missing. */
function missingMembers(x: unknown, functions: readonly string[]): string[] {
  if (typeof x !== 'object' || x === null) return [];
  const o = x as Record<string, unknown>;
  const missing: string[] = [];
  if (o.specificationVersion !== 'v1')
    missing.push(
      o.specificationVersion === undefined
        ? "specificationVersion 'v1'"
        : `specificationVersion 'v1' (it says ${JSON.stringify(o.specificationVersion)})`,
    );
  if (typeof o.id !== 'string') missing.push('id (a string)');
  for (const f of functions) if (typeof o[f] !== 'function') missing.push(`${f}()`);
  return missing;
}

async function callFactory<T>(
  pkg: string,
  from: string,
  module: Record<string, unknown>,
  kind: { what: string; entry: string; functions: readonly string[]; is: (x: unknown) => x is T },
  factoryOptions: Record<string, unknown> | undefined,
): Promise<T> {
  const where = `backend package "${pkg}" (${from})`;
  if (!('default' in module) || module.default === undefined) {
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `${where} has no default export; its ${kind.entry} entry must default-export a factory (options) => ${kind.what}`,
    );
  }
  const factory = module.default;
  if (typeof factory !== 'function') {
    const hint = kind.is(factory) ? `a ${kind.what} object instead of a factory returning one` : describeValue(factory);
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `${where}: the default export is ${hint}; it must be a factory (options) => ${kind.what}`,
    );
  }
  let made: unknown;
  try {
    made = await (factoryOptions === undefined ? factory() : factory(factoryOptions));
  } catch (e) {
    if (KindlingError.isInstance(e)) throw e;
    throw new KindlingError(ErrorCode.InvalidArgument, `${where}: its factory threw: ${firstLine(e)}`, { cause: e });
  }
  if (!kind.is(made)) {
    const missing = missingMembers(made, kind.functions);
    const why = missing.length > 0 ? `it lacks ${missing.join(', ')}` : describeValue(made);
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `${where}: the default-export factory returned ${describeValue(made)} that is not a ${kind.what} (${why})`,
    );
  }
  return made;
}

/**
 * Loads a runtime backend by `--backend` name: imports the package's `.` entry and calls its default
 * export with `factoryOptions` (e.g. `{ threads: 4 }`), checking that the result is a `BackendV1`.
 */
export async function loadRuntimeBackend(
  name: string,
  factoryOptions?: Record<string, unknown>,
  options: BackendPluginOptions = {},
): Promise<BackendV1> {
  const pkg = backendPackageName(name);
  const { module, from } = await namingUnknownBackend(name, importBackendEntry(pkg, '.', options));
  return callFactory(
    pkg,
    from,
    module,
    { what: 'BackendV1', entry: '"."', functions: ['isAvailable', 'init', 'execute'], is: isBackendV1 },
    factoryOptions,
  );
}

/**
 * Loads a backend's lowering by `--backend` name: imports `<package>/partitioner` and calls its
 * default export, checking that the result is a `BackendLoweringV1`.
 */
export async function loadBackendLowering(
  name: string,
  options: BackendPluginOptions = {},
): Promise<BackendLoweringV1> {
  const pkg = backendPackageName(name);
  const { module, from } = await namingUnknownBackend(name, importBackendEntry(pkg, './partitioner', options));
  return callFactory(
    pkg,
    from,
    module,
    {
      what: 'BackendLoweringV1',
      entry: '"./partitioner"',
      functions: ['supports', 'preprocess'],
      is: isBackendLowering,
    },
    undefined,
  );
}

/** Our backends by the delegate id programs write, for tools that read delegate payloads. */
const DELEGATE_BACKENDS: Readonly<Record<string, string>> = {
  XnnpackBackend: 'xnnpack',
  VulkanBackend: 'webgpu',
  CoreMLBackend: 'coreml',
};

/**
 * The ahead-of-time entry (`./partitioner`) of the package that runs delegate `id`, as a module
 * (its named exports are the backend's tools, e.g. `delegateNodeTypes`); undefined when no package
 * is known for `id` or it is not installed.
 */
export async function loadDelegateTools(
  id: string,
  options: BackendPluginOptions = {},
): Promise<Record<string, unknown> | undefined> {
  const name = DELEGATE_BACKENDS[id];
  if (!name) return undefined;
  try {
    return (await importBackendEntry(backendPackageName(name), './partitioner', options)).module;
  } catch (e) {
    if (KindlingError.isInstance(e) && e.code === ErrorCode.NotFound) return undefined;
    throw e;
  }
}

/** The `--backend` name that runs delegate `id` (`XnnpackBackend` → `xnnpack`), when we know one. */
export function backendNameForDelegate(id: string): string | undefined {
  return DELEGATE_BACKENDS[id];
}

/** Splits repeated, comma-separated `--backend` values into names. */
export function backendNames(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((b) => b.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}
