import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCode, KindlingError } from '@kindling/core';
import { afterAll, describe, expect, it } from 'vitest';
import { FileSource, fileSystemError, readRegularFile } from '../src/file-source.js';
import { main } from '../src/index.js';

const add = fileURLToPath(new URL('../../../fixtures/upstream/executorch__apple_add.pte', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kindling-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function hasMkfifo(): boolean {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function codeOf(f: () => unknown): { code: ErrorCode; message: string } {
  try {
    f();
  } catch (e) {
    expect(KindlingError.isInstance(e), String(e)).toBe(true);
    const k = e as KindlingError;
    return { code: k.code, message: k.message };
  }
  throw new Error('expected a KindlingError');
}

describe.skipIf(!hasMkfifo())('a FIFO with no writer is refused, not waited on', () => {
  const fifo = join(dir, 'program.pte');
  it('inspect, run, run --data, run --inputs, lower, select, bench and bench --inputs', async () => {
    execFileSync('mkfifo', [fifo]);
    const message = `error: InvalidArgument: ${fifo} is a FIFO (named pipe), not a regular file`;
    const started = performance.now();
    for (const argv of [
      ['inspect', fifo],
      ['run', fifo],
      ['run', add, '--data', fifo],
      ['run', add, '--inputs', `${fifo}.json`],
      ['lower', fifo, '--backend', 'portable', '-o', join(dir, 'out.pte')],
      ['select', fifo, '-o', join(dir, 'kernels.gen.ts')],
      ['bench', fifo, '--backend', 'portable'],
      ['bench', add, '--backend', 'portable', '--inputs', `${fifo}.json`],
    ]) {
      if (argv.includes(`${fifo}.json`) && !existsSync(`${fifo}.json`)) execFileSync('mkfifo', [`${fifo}.json`]);
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.err).toBe(message.replace(fifo, argv.includes(`${fifo}.json`) ? `${fifo}.json` : fifo));
    }
    expect(performance.now() - started).toBeLessThan(5000);
  }, 10_000);
});

describe('paths that are not regular files, and file-system errors', () => {
  it('devices: /dev/null and /dev/zero', async () => {
    expect((await cli('inspect', '/dev/zero')).err).toBe(
      'error: InvalidArgument: /dev/zero is a character device, not a regular file',
    );
    expect((await cli('run', '/dev/null')).err).toBe(
      'error: InvalidArgument: /dev/null is a character device, not a regular file',
    );
    expect((await cli('bench', '/dev/zero')).err).toBe(
      'error: InvalidArgument: /dev/zero is a character device, not a regular file',
    );
  });

  it('a directory', async () => {
    expect((await cli('inspect', dir)).err).toBe(`error: InvalidArgument: ${dir} is a directory, not a regular file`);
    expect((await cli('run', dir)).err).toBe(`error: InvalidArgument: ${dir} is a directory, not a regular file`);
  });

  it('a missing file, and a path through a file', async () => {
    const missing = join(dir, 'missing.pte');
    expect((await cli('inspect', missing)).err).toBe(`error: NotFound: no such file: ${missing}`);
    expect((await cli('run', missing)).err).toBe(`error: NotFound: no such file: ${missing}`);
    expect((await cli('run', add, '--inputs', `${missing}.npy`)).err).toBe(
      `error: NotFound: no such file: ${missing}.npy`,
    );
    expect(codeOf(() => new FileSource(join(add, 'x')))).toEqual({
      code: ErrorCode.NotFound,
      message: `no such file: ${join(add, 'x')} (a part of the path is not a directory)`,
    });
  });

  it('lower: an output directory that does not exist', async () => {
    const out = join(dir, 'no-such-dir', 'out.pte');
    expect((await cli('lower', add, '--backend', 'portable', '-o', out)).err).toBe(
      `error: NotFound: cannot write ${out}: no such directory`,
    );
  });

  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')(
    'a file without read permission (skipped as root, who can read anything)',
    async () => {
      const locked = join(dir, 'locked.pte');
      copyFileSync(add, locked);
      chmodSync(locked, 0o000);
      expect((await cli('inspect', locked)).err).toBe(`error: AccessFailed: permission denied: cannot open ${locked}`);
    },
  );

  it('errno codes map to error codes and reasons (EACCES checked here also when running as root)', () => {
    const errno = (code: string) => Object.assign(new Error(`${code}: system message`), { code });
    const cases: [string, ErrorCode, string][] = [
      ['ENOENT', ErrorCode.NotFound, 'no such file: /p'],
      ['EACCES', ErrorCode.AccessFailed, 'permission denied: cannot open /p'],
      ['EPERM', ErrorCode.AccessFailed, 'permission denied: cannot open /p'],
      ['EISDIR', ErrorCode.InvalidArgument, '/p is a directory, not a file'],
      ['ELOOP', ErrorCode.InvalidArgument, '/p: too many levels of symbolic links'],
      ['EMFILE', ErrorCode.OutOfResources, 'cannot open /p: too many open files'],
      ['EIO', ErrorCode.AccessFailed, 'cannot open /p: input/output error'],
      ['EWEIRD', ErrorCode.AccessFailed, 'cannot open /p: EWEIRD: system message'],
    ];
    for (const [code, expected, message] of cases) {
      const cause = errno(code);
      const e = fileSystemError('/p', cause);
      expect([code, e.code, e.message]).toEqual([code, expected, message]);
      expect(e.cause).toBe(cause);
    }
  });

  it('a regular file reads whole', () => {
    expect(readRegularFile(add).byteLength).toBeGreaterThan(100);
  });
});
