/** The Open Inference Protocol's tensor data types and how they map to ExecuTorch's scalar types. */
import { dtypeName, ErrorCode, ScalarType } from '@kindling/core';
import { remoteError } from '../errors.js';

/** A tensor data type of the Open Inference Protocol (`BYTES` is not carried by this client). */
export type OipDatatype =
  | 'BOOL'
  | 'UINT8'
  | 'UINT16'
  | 'UINT32'
  | 'UINT64'
  | 'INT8'
  | 'INT16'
  | 'INT32'
  | 'INT64'
  | 'FP16'
  | 'BF16'
  | 'FP32'
  | 'FP64';

const TO_SCALAR: Readonly<Record<OipDatatype, ScalarType>> = {
  BOOL: ScalarType.Bool,
  UINT8: ScalarType.Byte,
  UINT16: ScalarType.UInt16,
  UINT32: ScalarType.UInt32,
  UINT64: ScalarType.UInt64,
  INT8: ScalarType.Char,
  INT16: ScalarType.Short,
  INT32: ScalarType.Int,
  INT64: ScalarType.Long,
  FP16: ScalarType.Half,
  BF16: ScalarType.BFloat16,
  FP32: ScalarType.Float,
  FP64: ScalarType.Double,
};

/** The scalar type of a protocol data type; a `dtype` error for one this client cannot carry. */
export function scalarTypeOf(datatype: unknown, context: Record<string, unknown>): ScalarType {
  const t = typeof datatype === 'string' ? TO_SCALAR[datatype as OipDatatype] : undefined;
  if (t === undefined)
    throw remoteError(
      ErrorCode.InvalidType,
      'dtype',
      `tensor data type ${JSON.stringify(datatype)} is not supported (supported: ${Object.keys(TO_SCALAR).join(', ')})`,
      context,
    );
  return t;
}

/** The protocol data type of a scalar type; a `dtype` error for one the protocol cannot carry. */
export function datatypeOf(type: ScalarType, context: Record<string, unknown>): OipDatatype {
  for (const [name, t] of Object.entries(TO_SCALAR)) if (t === type) return name as OipDatatype;
  throw remoteError(
    ErrorCode.InvalidType,
    'dtype',
    `tensors of type ${dtypeName(type)} cannot be sent over the Open Inference Protocol`,
    context,
  );
}

/** Whether values of this type can be written as JSON numbers exactly (not FP16/BF16 bit patterns). */
export function jsonCarries(type: ScalarType): boolean {
  return type !== ScalarType.Half && type !== ScalarType.BFloat16;
}
