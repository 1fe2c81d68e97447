import { ErrorCode, KindlingError } from '@kindling/core';

/** A parsed command line: positional arguments and `--flag` / `--key value` options. */
export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string[]>;
}

/**
 * Parses `args` given the names of options that take a value (`--method forward`, `--method=forward`).
 * Unknown `--names` are refused so typos do not pass silently.
 */
export function parseArgs(args: readonly string[], withValue: readonly string[], flags: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      out.positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      out.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (withValue.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw new KindlingError(ErrorCode.InvalidArgument, `--${name} needs a value`);
      out.options.set(name, [...(out.options.get(name) ?? []), value]);
    } else if (flags.includes(name) && eq < 0) {
      out.flags.add(name);
    } else {
      throw new KindlingError(ErrorCode.InvalidArgument, `unknown option --${name}`);
    }
  }
  return out;
}
