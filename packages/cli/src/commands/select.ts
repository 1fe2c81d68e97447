import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { ErrorCode, KindlingError } from '@kindling/core';
import { PteFile } from '@kindling/ir';
import { parseArgs } from '../args.js';
import { FileSource } from '../file-source.js';
import { type CliIo, escapeControls } from '../io.js';
import { importedKernelNames, renderKernelModule, selectKernels } from '../select.js';

const SELECT_USAGE = `usage: kindling select FILE.pte [FILE.pte ...] -o kernels.gen.ts [--check]

Reads the operators of the programs and writes a TypeScript module that imports exactly the
portable kernels they call from @kindling/runtime/kernels and exports them as \`kernels\`:

  import { kernels } from './kernels.gen.js';
  const module = await Module.load(bytes, { kernels, backends: [xnnpack()] });

A bundler then leaves every other kernel out of the app. Operators with no portable kernel (custom
ops) are listed; pass your own kernels for them.

  -o, --out FILE   the module to write (replaced only when complete)
  --check          write nothing; exit 1 when FILE lacks a kernel the programs need`;

/** `kindling select`: the portable kernels a set of programs needs, as a module to import. */
export async function selectCommand(args: string[], io: CliIo): Promise<number> {
  const normalised = args.map((a) => (a === '-o' ? '--out' : a));
  const parsed = parseArgs(normalised, ['out'], ['check', 'help']);
  if (parsed.flags.has('help')) {
    io.out(SELECT_USAGE);
    return 0;
  }
  const outs = parsed.options.get('out') ?? [];
  if (parsed.positional.length === 0 || outs.length !== 1) {
    io.err(SELECT_USAGE);
    return 1;
  }
  const out = outs[0] as string;
  const files = parsed.positional.map((path) => {
    const source = new FileSource(path);
    try {
      return PteFile.read(source);
    } finally {
      source.close();
    }
  });
  const selection = selectKernels(files);
  const missing = selection.missing.length > 0 ? `; no portable kernel for ${selection.missing.join(', ')}` : '';
  const delegates = selection.delegates.length > 0 ? `; delegates: ${selection.delegates.join(', ')}` : '';
  if (parsed.flags.has('check')) {
    if (!existsSync(out)) throw new KindlingError(ErrorCode.InvalidArgument, `${out} does not exist`);
    const have = importedKernelNames(readFileSync(out, 'utf8'));
    const lacking = selection.kernels.filter((k) => !have.has(k.name));
    if (lacking.length > 0) {
      io.err(
        `error: OperatorMissing: ${escapeControls(out)} lacks ${lacking.length} kernel(s) the programs need: ${lacking
          .map((k) => `${k.name} (${k.op})`)
          .join(', ')}. Run kindling select again.`,
      );
      return 1;
    }
    io.out(`${escapeControls(out)}: all ${selection.kernels.length} kernel(s) the programs need${missing}${delegates}`);
    return 0;
  }
  const text = renderKernelModule(selection, parsed.positional);
  // Write beside the target, then rename: a failed write never leaves a partial module behind.
  const partial = `${out}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, out);
  io.out(
    `${escapeControls(out)}: ${selection.kernels.length} kernel(s) for ${selection.operators.length} operator(s) of ${files.length} program(s)${missing}${delegates}`,
  );
  return 0;
}
