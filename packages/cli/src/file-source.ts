import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ErrorCode, KindlingError } from '@kindling/core';
import type { ByteSource } from '@kindling/ir';

/**
 * A {@link ByteSource} over a file on disk that reads only the ranges asked for, so that inspecting
 * a large program reads its header and flatbuffer, not its weights.
 */
export class FileSource implements ByteSource {
  readonly size: number;
  readonly #fd: number;

  constructor(path: string) {
    try {
      this.#fd = openSync(path, 'r');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      throw new KindlingError(ErrorCode.AccessFailed, `cannot open ${path}: ${reason}`);
    }
    const stat = fstatSync(this.#fd);
    if (!stat.isFile()) {
      closeSync(this.#fd);
      throw new KindlingError(ErrorCode.AccessFailed, `${path} is not a regular file`);
    }
    this.size = stat.size;
  }

  read(offset: number, length: number): Uint8Array {
    if (offset < 0 || length < 0 || offset + length > this.size) {
      throw new KindlingError(
        ErrorCode.InvalidProgram,
        `read of ${length} bytes at offset ${offset} is past the end of the ${this.size}-byte file`,
      );
    }
    const out = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.#fd, out, done, length - done, offset + done);
      if (n === 0) throw new KindlingError(ErrorCode.AccessFailed, 'the file shrank while it was being read');
      done += n;
    }
    return out;
  }

  close(): void {
    closeSync(this.#fd);
  }
}
