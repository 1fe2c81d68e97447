// An esbuild plugin for the packages' tsup builds: replaces each `Enum.Member` of the enums that
// @kindling/core and @kindling/ir export (ErrorCode, Tag, ScalarType, the program format's
// location and dynamism enums) with the member's value, in every source file that imports the enum.
//
// esbuild inlines an enum's values only where it compiles the enum's declaration in the same
// build; these packages are built one output file per module, so without this every use in an
// app's bundle would read a property of the enum object (`c.InvalidArgument` instead of `18`).
// Each value is padded with spaces to the length of the text it replaces, so that columns, and
// the source maps, stay exact. The enum objects themselves are unchanged (their names are still
// used, e.g. by `errorCodeName`).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Plugin {
  name: string;
  setup(build: {
    onLoad(
      options: { filter: RegExp },
      callback: (args: { path: string }) => { contents: string; loader: 'ts' } | undefined,
    ): void;
  }): void;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Declaring files of the inlined enums, by the module specifier that exports them. */
const SOURCES: Record<string, string[]> = {
  '@kindling/core': ['packages/core/src/error.ts', 'packages/core/src/evalue.ts', 'packages/core/src/scalar-type.ts'],
  '@kindling/ir': [
    'packages/ir/src/generated/executorch-flatbuffer/data-location.ts',
    'packages/ir/src/generated/executorch-flatbuffer/tensor-data-location.ts',
    'packages/ir/src/generated/executorch-flatbuffer/tensor-shape-dynamism.ts',
  ],
};

type Enums = Map<string, Map<string, number>>;

/** The `export enum` declarations of a file: name -> member -> value (explicit or counted on). */
function enumsOf(file: string): Enums {
  const text = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
  const out: Enums = new Map();
  for (const [, name, body] of text.matchAll(/export enum (\w+) \{([^}]*)\}/g)) {
    const members = new Map<string, number>();
    let next = 0;
    for (const item of (body as string).split(',')) {
      const m = /^\s*(\w+)\s*(?:=\s*(0x[0-9a-fA-F]+|\d+))?\s*$/.exec(item);
      if (!m) {
        if (item.trim() === '') continue;
        throw new Error(`${file}: cannot read enum member "${item.trim()}" of ${name}`);
      }
      const value = m[2] === undefined ? next : Number(m[2]);
      members.set(m[1] as string, value);
      next = value + 1;
    }
    out.set(name as string, members);
  }
  return out;
}

function merged(files: readonly string[]): Enums {
  const out: Enums = new Map();
  for (const f of files) for (const [k, v] of enumsOf(resolve(root, f))) out.set(k, v);
  return out;
}

const BY_SPECIFIER = new Map(Object.entries(SOURCES).map(([spec, files]) => [spec, merged(files)]));
const BY_FILE = new Map(
  Object.values(SOURCES).flatMap((files) => files.map((f) => [resolve(root, f), enumsOf(resolve(root, f))] as const)),
);

/** Local name -> members, for every enum `file` imports from a declaring module. */
function importedEnums(file: string, text: string): Map<string, Map<string, number>> {
  const found = new Map<string, Map<string, number>>();
  for (const [, names, spec] of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    const s = spec as string;
    const enums = s.startsWith('.')
      ? BY_FILE.get(resolve(dirname(file), s.replace(/\.js$/, '.ts')))
      : BY_SPECIFIER.get(s);
    if (!enums) continue;
    for (const part of (names as string).split(',')) {
      const m = /^\s*(?:type\s+)?(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
      const members = m ? enums.get(m[1] as string) : undefined;
      if (m && members) found.set((m[2] ?? m[1]) as string, members);
    }
  }
  return found;
}

/** The plugin: `esbuildPlugins: [inlineEnums]` in a package's tsup config. */
export const inlineEnums: Plugin = {
  name: 'kindling-inline-enums',
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      const enums = importedEnums(path, text);
      if (enums.size === 0) return undefined;
      const names = [...enums.keys()].join('|');
      const contents = text.replace(new RegExp(`(?<![\\w$.])(${names})\\.(\\w+)\\b`, 'g'), (all, local, member) => {
        const value = enums.get(local)?.get(member);
        return value === undefined ? all : String(value).padEnd(all.length);
      });
      return { contents, loader: 'ts' };
    });
  },
};
