// The README of every published package, as npm shows it: an install line, a short example that
// compiles against the built packages (their `dist` types, resolved as an app resolves them) and
// runs, links that lead somewhere, and the license. Also: TypeScript accepts `require()` of the
// packages from CommonJS with `"module": "nodenext"`, as the READMEs say.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../..');
const license = readFileSync(join(root, 'LICENSE'), 'utf8');

interface Published {
  readonly name: string;
  readonly dir: string;
  readonly readme: string;
}
const published: Published[] = readdirSync(join(root, 'packages'))
  .map((d) => join(root, 'packages', d))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter((p) => p.manifest.private !== true)
  .map(({ dir, manifest }) => ({
    name: manifest.name as string,
    dir,
    readme: existsSync(join(dir, 'README.md')) ? readFileSync(join(dir, 'README.md'), 'utf8') : '',
  }));

interface Block {
  readonly lang: string;
  readonly meta: string;
  readonly code: string;
}
const blocksOf = (markdown: string): Block[] =>
  [...markdown.matchAll(/^```(\w*)([^\n]*)\n([\s\S]*?)^```/gm)].map((m) => ({
    lang: m[1] ?? '',
    meta: (m[2] ?? '').trim(),
    code: m[3] ?? '',
  }));
const examplesOf = (p: Published) => blocksOf(p.readme).filter((b) => b.lang === 'ts');
const fileName = (p: Published, i: number) => `${p.name.replace(/^@kindling\//, '')}-${i}`;

/** The ES-module app a user writes: strict TypeScript, Node's resolution, no source conditions. */
const appOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node'],
};

/** Type-checks virtual files placed in this folder (so packages resolve from its node_modules). */
function typecheck(files: Record<string, string>, options: ts.CompilerOptions): string[] {
  const host = ts.createCompilerHost(options);
  const virtual = new Map(Object.entries(files).map(([name, text]) => [join(here, name), text]));
  const { fileExists, readFile, getSourceFile } = host;
  host.getCurrentDirectory = () => here;
  host.fileExists = (f) => virtual.has(f) || fileExists.call(host, f);
  host.readFile = (f) => virtual.get(f) ?? readFile.call(host, f);
  host.getSourceFile = (f, language, ...rest) => {
    const text = virtual.get(f);
    return text === undefined ? getSourceFile.call(host, f, language, ...rest) : ts.createSourceFile(f, text, language);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${d.file.fileName.slice(here.length)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : '';
    return `${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

describe('package READMEs', () => {
  it('finds the published packages, built', () => {
    expect(published.map((p) => p.name)).toContain('@kindling/runtime');
    for (const p of published) expect(existsSync(join(p.dir, 'dist')), `${p.name}: run pnpm build first`).toBe(true);
  });

  for (const p of published) {
    describe(p.name, () => {
      it('says what it is, how to install it and where the documentation is', () => {
        expect(p.readme.startsWith(`# ${p.name}\n`)).toBe(true);
        const install = blocksOf(p.readme).filter((b) => b.lang === 'sh');
        expect(install.some((b) => b.code.includes(`npm install`) && b.code.includes(p.name))).toBe(true);
        expect(p.readme).toMatch(/\]\(\.\.\/\.\.\/docs\/guides\/[a-z-]+\.md\)/);
        expect(p.readme).toMatch(/License: Apache-2\.0/);
      });

      it('has a short TypeScript example', () => {
        const [example] = examplesOf(p);
        expect(example, 'a ```ts block').toBeDefined();
        const lines = example?.code.split('\n').filter((l) => l.trim() !== '') ?? [];
        expect(lines.length).toBeLessThanOrEqual(10);
      });

      it('links to files that exist', () => {
        const links = [...p.readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? '');
        for (const link of links.filter((l) => !/^[a-z]+:/.test(l))) {
          expect(existsSync(resolve(p.dir, link.replace(/#.*$/, ''))), link).toBe(true);
        }
      });

      it("ships the repository's LICENSE", () => {
        expect(readFileSync(join(p.dir, 'LICENSE'), 'utf8')).toBe(license);
      });
    });
  }

  it('examples compile against the built packages', () => {
    const files: Record<string, string> = {};
    for (const p of published) {
      for (const [i, b] of examplesOf(p).entries()) files[`${fileName(p, i)}.mts`] = b.code;
    }
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(published.length);
    expect(typecheck(files, appOptions)).toEqual([]);
  });

  describe('examples run', () => {
    const cases = join(root, 'packages/conformance-zoo/cases/digits');
    const work = mkdtempSync(join(here, '.readme-run-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    // The files the examples read: the digits program, portable and lowered for the CPU delegate.
    copyFileSync(join(cases, 'portable.pte'), join(work, 'model.pte'));
    copyFileSync(join(cases, 'xnnpack.pte'), join(work, 'model.xnnpack.pte'));
    const env = { ...process.env };
    delete env.NODE_OPTIONS; // resolve as an installed package does

    for (const p of published) {
      examplesOf(p).forEach((b, i) => {
        it.skipIf(b.meta.includes('no-run'))(
          `${fileName(p, i)}${b.meta.includes('no-run') ? ' (no-run)' : ''}`,
          async () => {
            const { code } = await transform(b.code, { loader: 'ts', format: 'esm', target: 'es2022' });
            const file = join(work, `${fileName(p, i)}.mjs`);
            writeFileSync(file, code);
            const r = spawnSync(process.execPath, [file], { cwd: work, env, encoding: 'utf8' });
            expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
            expect(r.stderr).toBe('');
          },
        );
      });
    }
  });
});

describe('TypeScript in a CommonJS app', () => {
  // A .cts file: its imports compile to require() calls of the packages' ES modules.
  const app = [
    "import { Module } from '@kindling/runtime';",
    "import { relu } from '@kindling/runtime/kernels';",
    "import { xnnpack } from '@kindling/backend-xnnpack';",
    "import { KindlingError } from '@kindling/core';",
    'export const used = [Module.load, relu.op, xnnpack, KindlingError.isInstance];',
  ].join('\n');

  it('accepts require() of the packages with "module": "nodenext" (TypeScript 5.8+)', () => {
    expect(typecheck({ 'cjs-app.cts': app }, appOptions)).toEqual([]);
  });

  it('rejects it with "module": "node16", as the READMEs warn', () => {
    const errors = typecheck({ 'cjs-app.cts': app }, { ...appOptions, module: ts.ModuleKind.Node16 });
    expect(errors.length).toBe(4);
    for (const e of errors) expect(e).toMatch(/TS1479/);
  });
});
