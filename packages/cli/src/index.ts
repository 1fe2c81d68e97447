import { didYouMean } from './args.js';
import { INSPECT_USAGE, inspectCommand } from './commands/inspect.js';
import { type CliIo, errorLine, escapeControls, processIo, safeIo } from './io.js';

export { FileSource } from './file-source.js';
export type { CliIo } from './io.js';
export { importedKernelNames, type KernelSelection, renderKernelModule, selectKernels } from './select.js';

const VERSION = '0.1.0';

const USAGE = `usage: kindling <command> [options]

commands:
  inspect FILE     summarise a program (.pte), bundled program (.bpte) or data file (.ptd)
  run FILE         execute a method of a program (delegates run on backend packages: --backend)
  lower IN.pte     partition a program for backend packages (--backend) and write the lowered .pte
  bench FILE       time a method: warm-up, timed runs, p10/p50/p90, backends side by side (--json)
  select FILE...   write a module importing only the portable kernels the programs call (-o FILE)
                   and a CPU delegate kernel build with only what its payloads use (--wasm FILE)

Run \`kindling <command> --help\` (or \`kindling help <command>\`) for a command's options.`;

const COMMANDS = ['inspect', 'run', 'lower', 'bench', 'select', 'help'];

type Command = (args: string[], io: CliIo) => Promise<number>;

async function loadCommand(name: string): Promise<Command | undefined> {
  switch (name) {
    case 'inspect':
      return inspectCommand;
    case 'run': {
      const mod = await import('./commands/run.js');
      return mod.runCommand;
    }
    case 'select': {
      const mod = await import('./commands/select.js');
      return mod.selectCommand;
    }
    case 'bench': {
      const mod = await import('./commands/bench.js');
      return (args, io) => mod.benchCommand(args, io);
    }
    case 'lower': {
      const mod = await import('./commands/lower.js');
      return (args, io) => mod.lowerCommand(args, io);
    }
    default:
      return undefined;
  }
}

/**
 * Runs the `kindling` command line with `argv` (without the node and script paths) and returns the
 * exit code. Every failure is reported as one line, `error: <CodeName>: <message>`, with exit code 1.
 * Control characters in anything printed (names read from files included) are shown escaped.
 */
export async function main(argv: readonly string[], output: CliIo = processIo): Promise<number> {
  // Every line goes out through `safeIo`: names read from files cannot carry terminal controls.
  const io = safeIo(output);
  const [name, ...rest] = argv;
  if (name === 'help' && rest.length > 0) return main([rest[0] as string, '--help'], output);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 1;
  }
  if (name === '--version' || name === '-v') {
    io.out(VERSION);
    return 0;
  }
  try {
    const command = await loadCommand(name);
    if (!command) {
      const what = name.startsWith('-')
        ? `unknown option ${escapeControls(name)}${didYouMean(name.replace(/^--?/, ''), ['help', 'version'], '--')}`
        : `unknown command "${escapeControls(name)}"${didYouMean(name, COMMANDS)}`;
      io.err(`error: InvalidArgument: ${what}\n${USAGE}`);
      return 1;
    }
    return await command(rest, io);
  } catch (error) {
    io.err(errorLine(error));
    return 1;
  }
}

export { INSPECT_USAGE };
