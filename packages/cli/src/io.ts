/** Where a command writes: standard output and standard error, one line (or block) per call. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Writes to the process's standard streams. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
