import { closeSync, constants, fstatSync, openSync, readSync, type Stats, writeFileSync } from 'node:fs';
import { ErrorCode, KindlingError } from '@kindling/core';
import type { ByteSource } from '@kindling/ir';
import { escapeControls } from './io.js';

/** The largest file read into memory whole (a `Uint8Array` cannot be longer). */
const MAX_WHOLE_FILE_BYTES = 2 ** 31 - 1;

/** What a path that is not a regular file is, in words. */
function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * The {@link KindlingError} for a failed file-system call on `path`: a code and reason per errno
 * (`ENOENT` is `NotFound` "no such file", `EACCES` is `AccessFailed` "permission denied", ...), with
 * the system error as its `cause`.
 */
export function fileSystemError(path: string, error: unknown, doing = 'open'): KindlingError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const shown = escapeControls(path);
  const make = (c: ErrorCode, message: string) =>
    new KindlingError(c, message, { cause: error, context: { path, errno: code } });
  switch (code) {
    case 'ENOENT':
      return doing === 'write'
        ? make(ErrorCode.NotFound, `cannot write ${shown}: no such directory`)
        : make(ErrorCode.NotFound, `no such file: ${shown}`);
    case 'ENOTDIR':
      return make(ErrorCode.NotFound, `no such file: ${shown} (a part of the path is not a directory)`);
    case 'EACCES':
    case 'EPERM':
      return make(ErrorCode.AccessFailed, `permission denied: cannot ${doing} ${shown}`);
    case 'EISDIR':
      return make(ErrorCode.InvalidArgument, `${shown} is a directory, not a file`);
    case 'ELOOP':
      return make(ErrorCode.InvalidArgument, `${shown}: too many levels of symbolic links`);
    case 'ENAMETOOLONG':
      return make(ErrorCode.InvalidArgument, `file name too long: ${shown}`);
    case 'EMFILE':
    case 'ENFILE':
      return make(ErrorCode.OutOfResources, `cannot ${doing} ${shown}: too many open files`);
    case 'ENOMEM':
      return make(ErrorCode.MemoryAllocationFailed, `cannot ${doing} ${shown}: out of memory`);
    case 'ENOSPC':
    case 'EDQUOT':
      return make(ErrorCode.OutOfResources, `cannot ${doing} ${shown}: no space left on the device`);
    case 'EROFS':
      return make(ErrorCode.AccessFailed, `cannot ${doing} ${shown}: read-only file system`);
    case 'EIO':
      return make(ErrorCode.AccessFailed, `cannot ${doing} ${shown}: input/output error`);
    default: {
      const reason = error instanceof Error ? error.message : String(error);
      return make(ErrorCode.AccessFailed, `cannot ${doing} ${shown}: ${escapeControls(reason)}`);
    }
  }
}

/**
 * Opens `path` for reading if it is a regular file. Opening is non-blocking, so a FIFO with no
 * writer is refused at once instead of hanging; devices, directories and sockets are refused with
 * `InvalidArgument` naming what the path is.
 */
function openRegularFile(path: string): { fd: number; size: number } {
  let fd: number;
  try {
    // O_NONBLOCK: open(2) on a FIFO waits for a writer without it. No effect on regular files.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw fileSystemError(path, error);
  }
  let stat: Stats;
  try {
    stat = fstatSync(fd);
  } catch (error) {
    closeSync(fd);
    throw fileSystemError(path, error, 'stat');
  }
  if (!stat.isFile()) {
    closeSync(fd);
    throw new KindlingError(
      ErrorCode.InvalidArgument,
      `${escapeControls(path)} is ${kindOf(stat)}, not a regular file`,
      { context: { path } },
    );
  }
  return { fd, size: stat.size };
}

/**
 * A {@link ByteSource} over a file on disk that reads only the ranges asked for, so that inspecting
 * a large program reads its header and flatbuffer, not its weights. Only regular files are accepted.
 */
export class FileSource implements ByteSource {
  readonly size: number;
  readonly #fd: number;
  readonly #path: string;

  constructor(path: string) {
    const { fd, size } = openRegularFile(path);
    this.#fd = fd;
    this.#path = path;
    this.size = size;
  }

  read(offset: number, length: number): Uint8Array {
    if (offset < 0 || length < 0 || offset + length > this.size) {
      throw new KindlingError(
        ErrorCode.InvalidProgram,
        `read of ${length} bytes at offset ${offset} is past the end of the ${this.size}-byte file`,
      );
    }
    if (length > MAX_WHOLE_FILE_BYTES) {
      throw new KindlingError(
        ErrorCode.MemoryAllocationFailed,
        `cannot read ${length} bytes of ${escapeControls(this.#path)} into memory at once`,
      );
    }
    const out = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      let n: number;
      try {
        n = readSync(this.#fd, out, done, length - done, offset + done);
      } catch (error) {
        throw fileSystemError(this.#path, error, 'read');
      }
      if (n === 0) {
        throw new KindlingError(ErrorCode.AccessFailed, `${escapeControls(this.#path)} shrank while it was being read`);
      }
      done += n;
    }
    return out;
  }

  close(): void {
    closeSync(this.#fd);
  }
}

/** The whole of regular file `path` (refusing FIFOs, devices and directories; see {@link FileSource}). */
export function readRegularFile(path: string): Uint8Array {
  const source = new FileSource(path);
  try {
    return source.read(0, source.size);
  } finally {
    source.close();
  }
}

/** Writes `bytes` to `path`, with file-system errors as {@link fileSystemError} reports them. */
export function writeFile(path: string, bytes: Uint8Array): void {
  try {
    writeFileSync(path, bytes);
  } catch (error) {
    throw fileSystemError(path, error, 'write');
  }
}
