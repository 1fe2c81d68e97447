/**
 * Error codes, numbered exactly as ExecuTorch's `runtime/core/error.h` numbers them, so that a code
 * seen here means the same thing as the same code seen in ExecuTorch's own runtime.
 */
export enum ErrorCode {
  Ok = 0x00,
  Internal = 0x01,
  InvalidState = 0x02,
  EndOfMethod = 0x03,
  AlreadyLoaded = 0x04,
  NotSupported = 0x10,
  NotImplemented = 0x11,
  InvalidArgument = 0x12,
  InvalidType = 0x13,
  OperatorMissing = 0x14,
  RegistrationExceedingMaxKernels = 0x15,
  RegistrationAlreadyRegistered = 0x16,
  NotFound = 0x20,
  MemoryAllocationFailed = 0x21,
  AccessFailed = 0x22,
  InvalidProgram = 0x23,
  InvalidExternalData = 0x24,
  OutOfResources = 0x25,
  DelegateInvalidCompatibility = 0x30,
  DelegateMemoryAllocationFailed = 0x31,
  DelegateInvalidHandle = 0x32,
}

// The names of the codes, by `code >> 4` then `code & 15`: the enum's reverse mapping without the
// enum object in every app's bundle (a test checks both agree).
const CODE_NAMES = [
  'Ok Internal InvalidState EndOfMethod AlreadyLoaded',
  'NotSupported NotImplemented InvalidArgument InvalidType OperatorMissing RegistrationExceedingMaxKernels RegistrationAlreadyRegistered',
  'NotFound MemoryAllocationFailed AccessFailed InvalidProgram InvalidExternalData OutOfResources',
  'DelegateInvalidCompatibility DelegateMemoryAllocationFailed DelegateInvalidHandle',
];

/** The name of an error code (`InvalidProgram`), or `Error(0x..)` for an unknown value. */
export function errorCodeName(code: number): string {
  return (code === (code & 0x3f) && CODE_NAMES[code >> 4]?.split(' ')[code & 15]) || `Error(0x${code.toString(16)})`;
}

/** Where an error happened: any of these that are known are attached to the error. */
export interface ErrorContext {
  /** Method name. */
  method?: string;
  /** Index of the instruction within its chain. */
  instruction?: number;
  /** Operator name, `namespace::name.overload`. */
  operator?: string;
  /** Index into the method's value table. */
  value?: number;
  /** Backend (delegate) id. */
  backend?: string;
  /** Byte offset in the file being read. */
  offset?: number;
  /** Path of a field in a structure, e.g. `execution_plan[0].values[3]`. */
  path?: string;
  /** Anything else worth reporting. */
  [key: string]: unknown;
}

const BRAND = Symbol.for('kindling.error');

/** Options accepted by the {@link KindlingError} constructor. */
export interface KindlingErrorOptions {
  context?: ErrorContext;
  cause?: unknown;
}

/**
 * The one error type Kindling throws for anything that goes wrong with a program, its input or a
 * backend. Check with {@link KindlingError.isInstance}, which also recognises errors created by a
 * second copy of this package.
 */
export class KindlingError extends Error {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through the symbol by isInstance.
  private readonly [BRAND] = true;
  /** The error code, ExecuTorch's numbering. */
  readonly code: ErrorCode;
  /** Where it happened. */
  readonly context: Readonly<ErrorContext>;

  constructor(code: ErrorCode, message: string, options: KindlingErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KindlingError';
    this.code = code;
    this.context = Object.freeze({ ...options.context });
  }

  /** The code's name, e.g. `InvalidProgram`. */
  get codeName(): string {
    return errorCodeName(this.code);
  }

  /** True for any `KindlingError`, also one thrown by a different copy of this package. */
  static isInstance(value: unknown): value is KindlingError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** Throws a {@link KindlingError} with `code` unless `condition` holds. */
export function check(condition: unknown, code: ErrorCode, message: string, context?: ErrorContext): asserts condition {
  if (!condition) throw new KindlingError(code, message, context ? { context } : {});
}
