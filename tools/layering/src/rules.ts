/**
 * The dependency rule of DESIGN.md section 2 as data: which package may not import which.
 *
 * ```
 * core  <-  ir  <-  partitioner  <-  backend-*\/partitioner (AOT entry)  <-  cli
 *   ^        ^
 *   |        +----  runtime  <-  backend-* (runtime entry: core only + its own payload reader)
 * ```
 *
 * Rules name packages that do not exist yet (`@kindling/backend-utils`, other backends): a rule
 * whose packages are absent simply never matches.
 */

/** Which packages a rule side names. */
export type PackageSelector =
  /** One package by name. */
  | { name: string }
  /** Backend packages: `@kindling/backend-*` and `kindling-backend-*` except the helper packages in {@link NOT_BACKENDS}. */
  | { group: 'backends' }
  /** Published packages other than the CLI (everything an app or a backend may build on). */
  | { group: 'libraries' }
  /** Any `@kindling/*` package. */
  | { group: 'kindling' };

/** Which files of the importing package a rule applies to. */
export type FileScope =
  /** Published sources: `src/**` less tests. Tests and scripts may use devDependencies freely. */
  | 'src'
  /** Every file of the package, tests, scripts and examples included. */
  | 'all'
  /** A backend's runtime entries: files reachable by relative imports from every export but `./partitioner`. */
  | 'runtime-entry';

/** A forbidden target: other packages, or the importer's own AOT files (backends only). */
export type TargetSelector = PackageSelector | { ownAotFiles: true };

export interface LayeringRule {
  from: PackageSelector;
  files: FileScope;
  forbidden: readonly TargetSelector[];
  reason: string;
}

/** Packages named `backend-*` that are not backends. */
export const NOT_BACKENDS: ReadonlySet<string> = new Set(['@kindling/backend-utils', '@kindling/backend-test-suite']);

/** Export keys of a backend that are AOT (partitioning and lowering); every other export is runtime. */
export const AOT_EXPORT_KEYS: ReadonlySet<string> = new Set(['./partitioner']);

const core = { name: '@kindling/core' };
const ir = { name: '@kindling/ir' };
const runtime = { name: '@kindling/runtime' };
const partitioner = { name: '@kindling/partitioner' };
const cli = { name: '@kindling/cli' };
const backendUtils = { name: '@kindling/backend-utils' };
const backends = { group: 'backends' } as const;
const libraries = { group: 'libraries' } as const;
const kindling = { group: 'kindling' } as const;

export const RULES: readonly LayeringRule[] = [
  {
    from: core,
    files: 'src',
    forbidden: [kindling],
    reason: 'core holds the contracts only and depends on nothing',
  },
  {
    from: ir,
    files: 'src',
    forbidden: [runtime, partitioner, backends, cli],
    reason: 'ir (format and graph IR) sits below runtime, partitioner, backends and cli',
  },
  {
    from: runtime,
    files: 'src',
    forbidden: [partitioner],
    reason: 'runtime must not import AOT code',
  },
  {
    from: runtime,
    files: 'src',
    forbidden: [backends],
    reason: 'runtime sits below the backends: they are passed in as values, never imported',
  },
  {
    from: partitioner,
    files: 'src',
    forbidden: [runtime],
    reason: 'partitioner lowers programs ahead of time; it does not run them',
  },
  {
    from: partitioner,
    files: 'src',
    forbidden: [backends],
    reason: 'partitioner sits below the backends: their lowerings are passed in as values',
  },
  {
    from: backendUtils,
    files: 'src',
    forbidden: [ir, runtime, partitioner, cli],
    reason: 'backend-utils serves backend runtime entries and depends on core only',
  },
  {
    from: backends,
    files: 'runtime-entry',
    forbidden: [ir, runtime, partitioner, { ownAotFiles: true }],
    reason: "a backend's runtime entry depends on core (and backend-utils) only plus its own payload reader",
  },
  {
    from: libraries,
    files: 'all',
    forbidden: [cli],
    reason: 'cli is the top of the graph: no library, nor its tests, imports it (move shared logic into a library)',
  },
];
