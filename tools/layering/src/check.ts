import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { type ImportRef, readImports } from './imports.js';
import {
  AOT_EXPORT_KEYS,
  type FileScope,
  type LayeringRule,
  NOT_BACKENDS,
  type PackageSelector,
  RULES,
  type TargetSelector,
} from './rules.js';
import { owningPackage, readWorkspace, sourceFiles, type WorkspacePackage } from './workspace.js';

/** One forbidden or undeclared import. */
export interface Violation {
  /** File relative to the repository root. */
  file: string;
  line: number;
  importer: string;
  /** The package imported, or `own AOT file <path>` for a backend's runtime entry reaching its AOT code. */
  target: string;
  specifier: string;
  reason: string;
}

/** `file:line  importer -> target (reason)`, one line per violation. */
export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line}  ${v.importer} -> ${v.target} (${v.reason})`;
}

const KINDLING_SPECIFIER = /^(@kindling\/[^/]+)(?:\/(.*))?$/;
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

interface ResolvedImport {
  ref: ImportRef;
  /** The package imported (for a relative path, the package whose directory it reaches into). */
  targetPackage?: string;
  /** The export key for a bare `@kindling/<name>/<entry>` specifier (`.` for the bare name). */
  exportKey?: string;
  /** The file a relative import resolves to, relative to the root. */
  file?: string;
  relative: boolean;
}

interface FileInfo {
  file: string;
  pkg: WorkspacePackage;
  imports: ResolvedImport[];
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** Resolves `./x.js` the way TypeScript's Bundler resolution does for our sources (`x.ts`, `x/index.ts`). */
function resolveRelative(root: string, fromFile: string, specifier: string): string {
  const base = posix.normalize(posix.join(posix.dirname(fromFile), specifier));
  const stem = base.replace(/\.(?:[cm]?js|jsx)$/, '');
  const candidates = [
    base,
    `${stem}.ts`,
    `${stem}.tsx`,
    `${stem}.mts`,
    `${stem}.cts`,
    `${base}.ts`,
    `${base}.js`,
    `${base}.mjs`,
    `${base}/index.ts`,
    `${base}/index.js`,
  ];
  return candidates.find((candidate) => isFile(join(root, candidate))) ?? base;
}

function isBackend(name: string): boolean {
  // Ours (`@kindling/backend-*`) and third-party backend packages named by the convention
  // (`kindling-backend-*`, `@scope/kindling-backend-*`), such as the example in docs/examples.
  const bare = name.slice(name.lastIndexOf('/') + 1);
  return (name.startsWith('@kindling/backend-') || bare.startsWith('kindling-backend-')) && !NOT_BACKENDS.has(name);
}

function selects(selector: PackageSelector, pkg: { name: string; private?: boolean }): boolean {
  if ('name' in selector) return selector.name === pkg.name;
  switch (selector.group) {
    case 'backends':
      return isBackend(pkg.name);
    case 'libraries':
      return pkg.name.startsWith('@kindling/') && pkg.private !== true && pkg.name !== '@kindling/cli';
    case 'kindling':
      return pkg.name.startsWith('@kindling/');
  }
}

function isPublishedSource(pkg: WorkspacePackage, file: string): boolean {
  return pkg.dir !== '' && file.startsWith(`${pkg.dir}/src/`) && !TEST_FILE.test(file);
}

/** A backend's files, split by the entries that reach them. */
interface BackendEntries {
  /** Every file reachable from a runtime export (for package imports). */
  runtime: ReadonlySet<string>;
  /** Shortest path from a runtime entry file to each runtime file (for the report). */
  via: ReadonlyMap<string, string>;
  /** Runtime files reached without passing through an AOT file (where a boundary crossing starts). */
  runtimeBeforeAot: ReadonlySet<string>;
  /** The backend's own AOT files: its AOT entry files, and files that import the AOT SDK. */
  aot: ReadonlySet<string>;
}

function reach(
  starts: readonly string[],
  files: ReadonlyMap<string, FileInfo>,
  stop: (file: string) => boolean,
): Map<string, string | undefined> {
  const parent = new Map<string, string | undefined>();
  const queue: string[] = [];
  for (const start of starts) {
    if (!parent.has(start) && files.has(start) && !stop(start)) {
      parent.set(start, undefined);
      queue.push(start);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i]!;
    for (const imp of files.get(file)?.imports ?? []) {
      const next = imp.file;
      if (next === undefined || parent.has(next) || !files.has(next) || stop(next)) continue;
      if (files.get(next)?.pkg !== files.get(file)?.pkg) continue;
      parent.set(next, file);
      queue.push(next);
    }
  }
  return parent;
}

function backendEntries(pkg: WorkspacePackage, files: ReadonlyMap<string, FileInfo>): BackendEntries {
  const runtimeStarts: string[] = [];
  const aotStarts: string[] = [];
  for (const [key, file] of pkg.sourceEntries) {
    (AOT_EXPORT_KEYS.has(key) ? aotStarts : runtimeStarts).push(`${pkg.dir}/${file}`);
  }
  const importsAotSdk = (file: string): boolean =>
    files.get(file)?.imports.some((imp) => imp.targetPackage === '@kindling/partitioner') ?? false;
  const aotReachable = reach(aotStarts, files, () => false);
  const aot = new Set([...aotStarts, ...[...aotReachable.keys()].filter(importsAotSdk)]);
  const runtime = reach(runtimeStarts, files, () => false);
  const via = new Map<string, string>();
  for (const file of runtime.keys()) {
    const chain: string[] = [];
    for (let at = runtime.get(file); at !== undefined; at = runtime.get(at)) chain.unshift(at);
    if (chain.length > 0) via.set(file, [...chain, file].map((f) => f.slice(pkg.dir.length + 1)).join(' > '));
  }
  return {
    runtime: new Set(runtime.keys()),
    via,
    runtimeBeforeAot: new Set(reach(runtimeStarts, files, (file) => aot.has(file)).keys()),
    aot,
  };
}

function appliesTo(scope: FileScope, info: FileInfo, backend: BackendEntries | undefined): boolean {
  switch (scope) {
    case 'all':
      return true;
    case 'src':
      return isPublishedSource(info.pkg, info.file);
    case 'runtime-entry':
      return backend?.runtime.has(info.file) ?? false;
  }
}

function targetMatches(
  selector: TargetSelector,
  imp: ResolvedImport,
  info: FileInfo,
  backend?: BackendEntries,
): boolean {
  if ('ownAotFiles' in selector) {
    if (backend === undefined) return false;
    if (imp.targetPackage === info.pkg.name && imp.exportKey !== undefined) return AOT_EXPORT_KEYS.has(imp.exportKey);
    return (
      imp.file !== undefined &&
      imp.targetPackage === undefined &&
      backend.runtimeBeforeAot.has(info.file) &&
      backend.aot.has(imp.file)
    );
  }
  if (imp.targetPackage === undefined || imp.targetPackage === info.pkg.name) return false;
  return selects(selector, { name: imp.targetPackage });
}

function describeTarget(selector: TargetSelector, imp: ResolvedImport, info: FileInfo): string {
  if ('ownAotFiles' in selector) {
    const file = imp.file !== undefined ? imp.file.slice(info.pkg.dir.length + 1) : imp.ref.specifier;
    return `own AOT file ${file}`;
  }
  return imp.relative ? `${imp.targetPackage} (by relative path ${imp.ref.specifier})` : imp.ref.specifier;
}

function declared(pkg: WorkspacePackage, name: string, allowDev: boolean): boolean {
  return pkg.dependencies.has(name) || pkg.peerDependencies.has(name) || (allowDev && pkg.devDependencies.has(name));
}

/** Reads the repository at `root` and returns every layering violation, sorted by file and line. */
export function checkLayering(root: string, rules: readonly LayeringRule[] = RULES): Violation[] {
  const packages = readWorkspace(root);
  const files = new Map<string, FileInfo>();
  for (const file of sourceFiles(root, packages)) {
    const pkg = owningPackage(packages, file);
    if (pkg === undefined) continue;
    const imports = readImports(file, readFileSync(join(root, file), 'utf8')).map((ref): ResolvedImport => {
      const bare = KINDLING_SPECIFIER.exec(ref.specifier);
      if (bare !== null) {
        return {
          ref,
          targetPackage: bare[1]!,
          exportKey: bare[2] === undefined ? '.' : `./${bare[2]}`,
          relative: false,
        };
      }
      if (!ref.specifier.startsWith('.')) return { ref, relative: false };
      const resolved = resolveRelative(root, file, ref.specifier);
      const owner = owningPackage(packages, resolved);
      return owner !== undefined && owner !== pkg
        ? { ref, targetPackage: owner.name, file: resolved, relative: true }
        : { ref, file: resolved, relative: true };
    });
    files.set(file, { file, pkg, imports });
  }

  const backends = new Map<WorkspacePackage, BackendEntries>();
  for (const pkg of packages) if (isBackend(pkg.name)) backends.set(pkg, backendEntries(pkg, files));

  const violations: Violation[] = [];
  for (const info of files.values()) {
    const backend = backends.get(info.pkg);
    for (const imp of info.imports) {
      const report = (target: string, reason: string): void => {
        violations.push({
          file: info.file,
          line: imp.ref.line,
          importer: info.pkg.name,
          target,
          specifier: imp.ref.specifier,
          reason,
        });
      };
      const rule = rules.find(
        (candidate) =>
          selects(candidate.from, info.pkg) &&
          appliesTo(candidate.files, info, backend) &&
          candidate.forbidden.some((selector) => targetMatches(selector, imp, info, backend)),
      );
      if (rule !== undefined) {
        const selector = rule.forbidden.find((candidate) => targetMatches(candidate, imp, info, backend))!;
        const via = rule.files === 'runtime-entry' ? backend?.via.get(info.file) : undefined;
        report(
          describeTarget(selector, imp, info),
          via === undefined ? rule.reason : `${rule.reason}; reached by ${via}`,
        );
      }
      const target = imp.targetPackage;
      if (target === undefined || target === info.pkg.name) continue;
      const src = isPublishedSource(info.pkg, info.file);
      if (imp.relative) {
        if (src && target.startsWith('@kindling/')) {
          report(
            describeTarget({ name: target }, imp, info),
            'published sources import other packages by name, through their exports, never by relative path',
          );
        }
      } else if (!declared(info.pkg, target, !src)) {
        const manifest = info.pkg.dir === '' ? 'package.json' : `${info.pkg.dir}/package.json`;
        report(
          target,
          src
            ? `not declared in ${manifest} dependencies or peerDependencies`
            : `not declared in ${manifest} dependencies, peerDependencies or devDependencies`,
        );
      }
    }
  }
  return violations.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}
