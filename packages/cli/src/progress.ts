// A one-line progress display for long work (lowering, benchmarking), on standard error.
//
// Written here rather than taken from a library: what it needs is a status line rewritten in place,
// shown only on an interactive terminal, which is a dozen lines over Node's own `tty` facts
// (`isTTY`, `columns`, `hasColors()`). The progress libraries bring bars, spinners and their own
// dependencies (cli-progress 3.12: string-width; ora 10: chalk, cli-cursor, cli-spinners and five
// more) that the CLI would not use; none is needed to get the two rules right:
// - not a terminal (a pipe, a file, CI logs) or TERM=dumb: nothing is written at all, so no
//   carriage returns or escape codes end up in logs;
// - colour only where the stream supports it and NO_COLOR is not set (https://no-color.org), which
//   `hasColors()` also honours; the line itself is still rewritten in place with NO_COLOR.

/** The parts of a `tty.WriteStream` the display uses (a plain stream has no `isTTY`). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  hasColors?(): boolean;
  write(text: string): unknown;
}

/** A status line: `update` replaces it, `done` removes it. Both do nothing off a terminal. */
export interface Progress {
  update(text: string): void;
  done(): void;
}

const NO_PROGRESS: Progress = { update() {}, done() {} };

/** Minimum time between two redraws, so that thousands of updates cost nothing. */
const REDRAW_MS = 80;

/** True when the no-color.org convention asks for no colour: NO_COLOR set and not empty. */
export function noColorRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NO_COLOR !== undefined && env.NO_COLOR !== '';
}

/**
 * A progress line on `stream` (default: standard error), or one that writes nothing when the
 * stream is not an interactive terminal. `text` given to `update` is shown as is: escape names
 * read from files before.
 */
export function createProgress(
  stream: ProgressStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
  now: () => number = () => performance.now(),
): Progress {
  if (stream.isTTY !== true || env.TERM === 'dumb') return NO_PROGRESS;
  const colour = !noColorRequested(env) && stream.hasColors?.() === true;
  let shown = false;
  let last = Number.NEGATIVE_INFINITY;
  return {
    update(text) {
      const t = now();
      if (t - last < REDRAW_MS) return;
      last = t;
      const width = Math.max(10, (stream.columns || 80) - 1);
      const line = text.length > width ? `${text.slice(0, width - 1)}…` : text;
      // \r: back to the start of the line; ESC[K: clear what is left of the previous text.
      stream.write(`\r${colour ? `\x1b[2m${line}\x1b[22m` : line}\x1b[K`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
      last = Number.NEGATIVE_INFINITY;
    },
  };
}
