// Placeholder until the runtime's `run` command lands (owned by the runtime work; it replaces this file).
import { ErrorCode, KindlingError } from '@kindling/core';
import type { CliIo } from '../io.js';

export async function runCommand(_args: string[], _io: CliIo): Promise<number> {
  throw new KindlingError(ErrorCode.NotImplemented, 'kindling run is not available in this build');
}
