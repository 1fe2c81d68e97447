import { parseArgs as tokenize } from 'node:util';
import { ErrorCode, KindlingError } from '@kindling/core';
import { escapeControls } from './io.js';

// Argument parsing is Node's own `util.parseArgs` (stable since Node 20, maintained with Node, no
// bytes in the package): it splits `--key value`, `--key=value`, `-o value`, `-ovalue`, grouped
// short flags and `--`. It runs in its non-strict token mode so that this module can word the
// errors itself: an unknown option with the closest known one ("did you mean --method?"), a
// missing value naming the option, a value given to a flag. A library (commander; yargs, which
// brings six packages more) would add a dependency for the same checks, in its own wording, and
// none of its extras (subcommand trees, generated help) is used: each command has a fixed help text.

/** A parsed command line: positional arguments and `--flag` / `--key value` options. */
export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string[]>;
}

/** Optimal string alignment distance: edits, counting a swap of two neighbours as one. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (d[(i - 1) * cols + j] as number) + 1,
        (d[i * cols + j - 1] as number) + 1,
        (d[(i - 1) * cols + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (d[(i - 2) * cols + j - 2] as number) + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1] as number;
}

/**
 * The candidate `input` was most likely meant to be: the nearest by edit distance (at most 1 edit
 * for names of up to 4 characters, 2 for longer ones), else the only candidate that starts with
 * `input`; undefined when nothing is close.
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  if (candidates.some((c) => c.toLowerCase() === lower)) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const dist = editDistance(lower, c.toLowerCase());
    if (dist < bestDistance) {
      best = c;
      bestDistance = dist;
    }
  }
  if (best !== undefined && bestDistance > 0 && bestDistance <= (lower.length <= 4 ? 1 : 2)) return best;
  const prefixed = candidates.filter((c) => lower.length >= 2 && c.toLowerCase().startsWith(lower));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** ` (did you mean "x"?)` when `input` is close to one of `candidates`, else an empty string. */
export function didYouMean(input: string, candidates: readonly string[], prefix = ''): string {
  const match = closestMatch(input, candidates);
  return match === undefined ? '' : ` (did you mean ${prefix}${match}?)`;
}

function fail(message: string): never {
  throw new KindlingError(ErrorCode.InvalidArgument, message);
}

/** Looks like an option rather than a value (`--json`, `-o`), as opposed to `-1` or `-`. */
const OPTION_LIKE = /^(--.|-[a-zA-Z])/;

/**
 * Parses `args` given the names of options that take a value (`--method forward`,
 * `--method=forward`) and of flags. `short` maps one-letter options to long names (`{ o: 'output' }`);
 * `--help` / `-h` is always known (as the flag `help`). Unknown options are refused, with the
 * closest known name suggested, so typos do not pass silently.
 */
export function parseArgs(
  args: readonly string[],
  withValue: readonly string[],
  flags: readonly string[],
  short: Readonly<Record<string, string>> = {},
): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const name of withValue) options[name] = { type: 'string' };
  for (const name of [...flags, 'help']) options[name] = { type: 'boolean' };
  options.help = { type: 'boolean', short: 'h' };
  for (const [letter, name] of Object.entries(short)) {
    const o = options[name];
    if (o) o.short = letter;
  }
  const { tokens } = tokenize({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const out: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  const known = Object.keys(options);
  for (const token of tokens) {
    if (token.kind === 'positional') {
      out.positional.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const shown = escapeControls(token.rawName);
    const spec = options[token.name];
    if (!spec) {
      const hint = token.rawName.startsWith('--') ? didYouMean(token.name, known, '--') : '';
      fail(`unknown option ${shown}${hint}`);
    }
    if (spec.type === 'boolean') {
      if (token.value !== undefined) fail(`--${token.name} does not take a value`);
      out.flags.add(token.name);
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && OPTION_LIKE.test(value))) {
      const after = value === undefined ? '' : ` (it is followed by ${escapeControls(value)})`;
      fail(`${shown} needs a value${after}`);
    }
    out.options.set(token.name, [...(out.options.get(token.name) ?? []), value]);
  }
  return out;
}

/**
 * The last value of required option `name`, or an `InvalidArgument` error naming it (`what` shows
 * its value, e.g. `OUT.pte`) and the command's help.
 */
export function requireOption(parsed: ParsedArgs, name: string, what: string, command: string): string {
  const value = parsed.options.get(name)?.at(-1);
  if (value === undefined)
    fail(`missing required option --${name} ${what} (kindling ${command} --help shows the usage)`);
  return value;
}
