// Every TypeScript sample written into the site's pages (docs/index.md, docs/install.md,
// docs/guides/*.md) is compiled under `strict` against the built packages (their `dist` types, as an
// app resolves them) and run. The samples a page includes from files (`<<< ../examples/...`) are
// those files, tested by examples.test.ts and the packages' tests.
//
// - A ```ts block is a program: compiled as an ES module (Node's resolution) and run with Node in a
//   folder that holds the files the samples name, from the conformance zoo: `model.pte` (the digits
//   program), `model.xnnpack.pte` and `model.vulkan.pte` (lowered for XNNPACK, Vulkan), `input.bin`
//   (one of its inputs), `topk.pte`, `mobilenet.pte` (MobileNetV2's block, lowered for XNNPACK) with
//   `mobilenet.wasm` (`kindling select --wasm`), `llm.pte` with `tokenizer.json` and
//   `chat_template.jinja` (the tiny Llama of packages/llm); `https://example.com/` is served from that folder.
// - A ```ts [path] block is a file of an app (the Vite app of "Running in the browser"): the app's
//   files are compiled together for the browser; tests/browser/guide-app.mjs builds and runs it.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@kindling/cli';
import { transform } from 'esbuild';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const docs = resolve(here, '..');
const cases = resolve(docs, '../packages/conformance-zoo/cases');

const PAGES = ['index.md', 'install.md', ...readdirSync(join(docs, 'guides')).map((f) => `guides/${f}`)].filter((p) =>
  p.endsWith('.md'),
);

interface Block {
  readonly page: string;
  readonly index: number;
  readonly lang: string;
  /** The file name in brackets after the language (`ts [src/main.ts]`), if any. */
  readonly file: string | undefined;
  readonly code: string;
}

/** The fenced code blocks of a page. */
function blocksOf(page: string, markdown: string): Block[] {
  return [...markdown.matchAll(/^```(\w*)(?: \[([^\]]+)\])?[^\n]*\n([\s\S]*?)^```/gm)].map((m, index) => ({
    page,
    index,
    lang: m[1] ?? '',
    file: m[2],
    code: m[3] ?? '',
  }));
}

const blocks = PAGES.flatMap((page) => blocksOf(page, readFileSync(join(docs, page), 'utf8')));
const programs = blocks.filter((b) => b.lang === 'ts' && b.file === undefined);
const appFiles = blocks.filter((b) => b.lang === 'ts' && b.file !== undefined && b.file !== 'vite.config.ts');
const nameOf = (b: Block) => `${b.page.replace(/[/.]/g, '_')}_${b.index}`;

/** Type-checks virtual files placed in this folder (so packages resolve from docs/node_modules). */
function typecheck(files: Record<string, string>, options: ts.CompilerOptions): string[] {
  const host = ts.createCompilerHost(options);
  const virtual = new Map(Object.entries(files).map(([name, text]) => [join(here, name), text]));
  const { fileExists, readFile, getSourceFile } = host;
  host.getCurrentDirectory = () => here;
  const { directoryExists } = host;
  host.directoryExists = (d) =>
    [...virtual.keys()].some((f) => f.startsWith(`${d}/`)) || (directoryExists?.call(host, d) ?? true);
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

const strict: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
};

describe('the code samples of the site', () => {
  it('finds the pages and their samples', () => {
    expect(PAGES).toContain('guides/running-in-the-browser.md');
    expect(programs.map((b) => b.page)).toContain('index.md');
    expect(appFiles.map((b) => b.file).sort()).toEqual(['src/main.ts', 'src/model.worker.ts']);
  });

  it('the landing page example has at most ten lines', () => {
    const [example] = programs.filter((b) => b.page === 'index.md');
    expect(example?.code.split('\n').filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(10);
  });

  it('programs compile under strict, as an app compiles them', () => {
    const files = Object.fromEntries(programs.map((b) => [`${nameOf(b)}.mts`, b.code]));
    const errors = typecheck(files, {
      ...strict,
      lib: ['lib.es2022.d.ts', 'lib.esnext.disposable.d.ts', 'lib.dom.d.ts'],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ['node'],
    });
    expect(errors).toEqual([]);
  });

  it('no sample needs a cast, a non-null assertion or instanceof to use the API', () => {
    const found: string[] = [];
    for (const b of [...programs, ...appFiles]) {
      const source = ts.createSourceFile(`${nameOf(b)}.ts`, b.code, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        const cast =
          (ts.isAsExpression(node) && node.type.getText(source) !== 'const') ||
          ts.isTypeAssertionExpression(node) ||
          ts.isNonNullExpression(node) ||
          (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword);
        if (cast) found.push(`${b.page} sample ${b.index}: ${node.getText(source)}`);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(found).toEqual([]);
  });

  it("the browser app's files compile under strict, as Vite's template compiles them", () => {
    const files = Object.fromEntries(appFiles.map((b) => [`.guide-app/${b.file}`, b.code]));
    const errors = typecheck(files, {
      ...strict,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
    });
    expect(errors).toEqual([]);
  });

  describe('programs run', () => {
    const work = mkdtempSync(join(here, '.pages-run-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    copyFileSync(join(cases, 'digits/portable.pte'), join(work, 'model.pte'));
    copyFileSync(join(cases, 'digits/xnnpack.pte'), join(work, 'model.xnnpack.pte'));
    copyFileSync(join(cases, 'digits/vulkan.pte'), join(work, 'model.vulkan.pte'));
    copyFileSync(join(cases, 'ops/topk/last/portable.pte'), join(work, 'topk.pte'));
    // The guide "Generating text": the tiny Llama (random weights, the SDPA and cache ops, 8da4w in
    // XNNPACK delegates) with its 512-token tokenizer.json and chat template.
    const models = resolve(docs, '../packages/llm/test/fixtures/models');
    copyFileSync(join(models, 'tiny-llama-sdpa-8da4w.pte'), join(work, 'llm.pte'));
    copyFileSync(join(models, 'tiny-llama-tokenizer.json'), join(work, 'tokenizer.json'));
    copyFileSync(join(models, 'tiny-llama-chat-template.jinja'), join(work, 'chat_template.jinja'));
    // MobileNetV2's building block, lowered for XNNPACK, and the kernel build `kindling select` writes for it.
    copyFileSync(join(cases, 'blocks/inverted_residual/xnnpack.pte'), join(work, 'mobilenet.pte'));
    const selected = main(['select', join(work, 'mobilenet.pte'), '--wasm', join(work, 'mobilenet.wasm')], {
      out: () => {},
      err: (s) => console.error(s),
    });
    const manifest = JSON.parse(readFileSync(join(cases, 'manifest.json'), 'utf8')) as {
      cases: { id: string; steps: { inputs: { file: string }[]; outputs: { file: string }[] }[] }[];
    };
    const step = manifest.cases.find((c) => c.id === 'digits/portable')?.steps[0];
    if (!step?.inputs[0] || !step.outputs[0]) throw new Error('no digits/portable case in the manifest');
    copyFileSync(join(cases, step.inputs[0].file), join(work, 'input.bin'));
    const recorded = new Float32Array(new Uint8Array(readFileSync(join(cases, step.outputs[0].file))).buffer);

    // https://example.com/<file> in a sample: the file from the work folder, over HTTP.
    const server = createServer((req, res) => {
      const name = (req.url ?? '/').slice(1);
      try {
        const body = readFileSync(join(work, name.replace(/[^\w.-]/g, '')));
        res.writeHead(200, { 'Content-Length': body.length }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    const listening = new Promise<string>((ok) =>
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        ok(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
      }),
    );
    afterAll(() => new Promise<void>((ok) => server.close(() => ok())));
    const env = { ...process.env };
    delete env.NODE_OPTIONS; // resolve as an installed package does

    async function run(b: Block): Promise<{ status: number | null; stdout: string; stderr: string }> {
      const origin = await listening;
      expect(await selected).toBe(0);
      const { code } = await transform(b.code.replaceAll('https://example.com/', origin), {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
      });
      const file = join(work, `${nameOf(b)}.mjs`);
      writeFileSync(file, code);
      // Asynchronous: the samples fetch from this process's server.
      const child = spawn(process.execPath, [file], { cwd: work, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => {
        stdout += d;
      });
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      const status = await new Promise<number | null>((ok) => child.on('close', ok));
      return { status, stdout, stderr };
    }

    for (const b of programs) {
      it(`${b.page}, sample ${b.index}`, async () => {
        const r = await run(b);
        expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
        expect(r.stderr).toBe('');
        if (b.page === 'index.md') {
          // The landing page prints the digits program's logits: ExecuTorch's recorded ones.
          const printed = (r.stdout.match(/-?\d+(\.\d+)?(e[-+]?\d+)?/g) ?? []).map(Number);
          expect(printed).toHaveLength(recorded.length);
          for (const [i, v] of recorded.entries()) expect(Math.abs((printed[i] as number) - v)).toBeLessThan(1e-4);
        }
      });
    }
  });
});
