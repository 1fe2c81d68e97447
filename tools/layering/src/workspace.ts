import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** A package of the workspace, as its package.json describes it. */
export interface WorkspacePackage {
  name: string;
  /** Directory relative to the repository root, with `/` separators (`''` for the root package). */
  dir: string;
  private: boolean;
  dependencies: ReadonlySet<string>;
  peerDependencies: ReadonlySet<string>;
  devDependencies: ReadonlySet<string>;
  /** Export key (`.`, `./partitioner`) -> source file relative to the package directory. */
  sourceEntries: ReadonlyMap<string, string>;
}

interface PackageJson {
  name?: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  exports?: unknown;
}

const SOURCE_CONDITION = '@kindling/source';

/** Finds the `@kindling/source` file an export target points at (conditions may nest). */
function sourceTarget(target: unknown): string | undefined {
  if (target === null || typeof target !== 'object' || Array.isArray(target)) return undefined;
  const conditions = target as Record<string, unknown>;
  const direct = conditions[SOURCE_CONDITION];
  if (typeof direct === 'string') return direct;
  for (const nested of Object.values(conditions)) {
    const found = sourceTarget(nested);
    if (found !== undefined) return found;
  }
  return undefined;
}

function sourceEntries(exportsField: unknown): Map<string, string> {
  const entries = new Map<string, string>();
  if (exportsField === null || typeof exportsField !== 'object' || Array.isArray(exportsField)) return entries;
  const map = exportsField as Record<string, unknown>;
  const keyed = Object.keys(map).some((key) => key.startsWith('.'));
  for (const [key, target] of keyed ? Object.entries(map) : [['.', map] as const]) {
    const file = sourceTarget(target);
    if (file !== undefined) entries.set(key, file.replace(/^\.\//, ''));
  }
  return entries;
}

function readPackage(root: string, dir: string): WorkspacePackage | undefined {
  const file = join(root, dir, 'package.json');
  if (!existsSync(file)) return undefined;
  const json = JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
  if (json.name === undefined) return undefined;
  return {
    name: json.name,
    dir: dir.split(sep).join('/'),
    private: json.private === true,
    dependencies: new Set(Object.keys(json.dependencies ?? {})),
    peerDependencies: new Set(Object.keys(json.peerDependencies ?? {})),
    devDependencies: new Set(Object.keys(json.devDependencies ?? {})),
    sourceEntries: sourceEntries(json.exports),
  };
}

/** The `packages:` globs of pnpm-workspace.yaml (the plain list form pnpm documents). */
function workspaceGlobs(root: string): string[] {
  const text = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const globs: string[] = [];
  let inPackages = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (line.trim() === '') continue;
    if (!line.startsWith(' ') && !line.startsWith('-')) {
      inPackages = line.startsWith('packages:');
      continue;
    }
    const item = /^\s*-\s*['"]?([^'"]+)['"]?$/.exec(line);
    if (inPackages && item?.[1] !== undefined) globs.push(item[1]);
  }
  return globs;
}

function expandGlob(root: string, glob: string): string[] {
  if (glob.startsWith('!')) return [];
  if (!glob.includes('*')) return [glob.replace(/\/$/, '')];
  const star = glob.indexOf('/*');
  if (star < 0 || star !== glob.length - 2) throw new Error(`unsupported workspace glob ${glob}`);
  const parent = glob.slice(0, star);
  const abs = join(root, parent);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((name) => statSync(join(abs, name)).isDirectory())
    .map((name) => `${parent}/${name}`);
}

/** The root package plus every workspace package that has a package.json with a name. */
export function readWorkspace(root: string): WorkspacePackage[] {
  const packages: WorkspacePackage[] = [];
  const rootPackage = readPackage(root, '');
  if (rootPackage !== undefined) packages.push(rootPackage);
  const excluded = new Set(
    workspaceGlobs(root)
      .filter((glob) => glob.startsWith('!'))
      .map((glob) => glob.slice(1)),
  );
  for (const glob of workspaceGlobs(root)) {
    for (const dir of expandGlob(root, glob)) {
      if (excluded.has(dir)) continue;
      const pkg = readPackage(root, dir);
      if (pkg !== undefined) packages.push(pkg);
    }
  }
  return packages;
}

/** The package whose directory holds `file` (relative to the root): the deepest one wins. */
export function owningPackage(packages: readonly WorkspacePackage[], file: string): WorkspacePackage | undefined {
  let best: WorkspacePackage | undefined;
  for (const pkg of packages) {
    const inside = pkg.dir === '' || file === pkg.dir || file.startsWith(`${pkg.dir}/`);
    if (inside && (best === undefined || pkg.dir.length > best.dir.length)) best = pkg;
  }
  return best;
}

const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.turbo', '.cache', 'coverage', '.venv', 'site', '.git']);
const SOURCE_FILE = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;

function walk(root: string, dir: string, out: string[]): void {
  const abs = join(root, dir);
  if (!existsSync(abs)) return;
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(root, rel, out);
    } else if (entry.isFile() && SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(rel);
    }
  }
}

/**
 * The files whose imports are checked, relative to the root: every source file of every workspace
 * package (its `src/`, tests, scripts, examples, benches; `fixtures/` directories are data and are
 * skipped), plus the root package's `scripts/` and root-level config files.
 */
export function sourceFiles(root: string, packages: readonly WorkspacePackage[]): string[] {
  const files: string[] = [];
  for (const pkg of packages) {
    if (pkg.dir === '') {
      walk(root, 'scripts', files);
      for (const entry of readdirSync(root, { withFileTypes: true })) {
        if (entry.isFile() && SOURCE_FILE.test(entry.name)) files.push(entry.name);
      }
    } else {
      walk(root, pkg.dir, files);
    }
  }
  return [...new Set(files)].filter((file) => !/(^|\/)(__fixtures__|fixtures)\//.test(file)).sort();
}
