/**
 * Tensors to and from Open Inference Protocol bodies: JSON (`data` as a flat row-major array) and
 * the binary tensor extension (a JSON header of `Inference-Header-Content-Length` bytes, then each
 * tensor's raw little-endian bytes, sized by its `binary_data_size` parameter).
 *
 * Nothing the server sends is trusted: shapes, sizes and counts are checked against each other and
 * against the bytes actually received before any tensor is allocated.
 */
import {
  dtypeName,
  ErrorCode,
  elementSize,
  isContiguousDimOrder,
  MAX_RANK,
  ScalarType,
  Tensor,
  typedArrayConstructor,
} from '@kindling/core';
import { protocolError, remoteError } from '../errors.js';
import { datatypeOf, jsonCarries, type OipDatatype, scalarTypeOf } from './datatypes.js';

/** One input tensor as the request sends it. */
export interface RequestTensor {
  name: string;
  tensor: Tensor;
}

/** A request body and its extra headers. */
export interface EncodedRequest {
  body: string | Uint8Array;
  headers: Record<string, string>;
}

/** The tensor's elements in row-major order as bytes (copied when its dim order is not contiguous). */
function rowMajorBytes(t: Tensor): Uint8Array {
  const n = t.numel * elementSize(t.dtype);
  if (isContiguousDimOrder(t.dimOrder)) return t.bytes.subarray(0, n);
  const out = new Uint8Array(n);
  const es = elementSize(t.dtype);
  const sizes = t.sizes;
  const strides = t.strides;
  const index = new Array<number>(sizes.length).fill(0);
  for (let i = 0; i < t.numel; i++) {
    let src = 0;
    for (let d = 0; d < sizes.length; d++) src += (index[d] as number) * (strides[d] as number);
    out.set(t.bytes.subarray(src * es, src * es + es), i * es);
    for (let d = sizes.length - 1; d >= 0; d--) {
      index[d] = (index[d] as number) + 1;
      if ((index[d] as number) < (sizes[d] as number)) break;
      index[d] = 0;
    }
  }
  return out;
}

/** The elements as JSON values, in row-major order. */
function jsonData(t: Tensor, name: string): (number | boolean)[] {
  if (!jsonCarries(t.dtype))
    throw remoteError(
      ErrorCode.InvalidType,
      'dtype',
      `input "${name}" is ${dtypeName(t.dtype)}, which JSON cannot carry exactly: use the binary tensor extension (binary: true)`,
      { input: name },
    );
  const bytes = rowMajorBytes(t);
  const Ctor = typedArrayConstructor(t.dtype);
  const copy = bytes.byteOffset % Ctor.BYTES_PER_ELEMENT === 0 ? bytes : bytes.slice();
  const view = new Ctor(copy.buffer, copy.byteOffset, t.numel) as ArrayLike<number | bigint>;
  const out = new Array<number | boolean>(t.numel);
  for (let i = 0; i < t.numel; i++) {
    const v = view[i] as number | bigint;
    if (typeof v === 'bigint') {
      if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(-Number.MAX_SAFE_INTEGER))
        throw remoteError(
          ErrorCode.InvalidType,
          'dtype',
          `input "${name}" holds ${v}, which JSON cannot carry exactly: use the binary tensor extension (binary: true)`,
          { input: name, index: i },
        );
      out[i] = Number(v);
    } else if (t.dtype === ScalarType.Bool) out[i] = v !== 0;
    else if (!Number.isFinite(v))
      throw remoteError(
        ErrorCode.InvalidType,
        'dtype',
        `input "${name}" holds ${v}, which JSON cannot carry: use the binary tensor extension (binary: true)`,
        { input: name, index: i },
      );
    else out[i] = v;
  }
  return out;
}

/**
 * Encodes an inference request: JSON, or with `binary` the binary extension (inputs as raw bytes,
 * outputs asked for as raw bytes).
 */
export function encodeRequest(inputs: readonly RequestTensor[], binary: boolean, id?: string): EncodedRequest {
  if (!binary) {
    const body = JSON.stringify({
      ...(id === undefined ? {} : { id }),
      inputs: inputs.map(({ name, tensor }) => ({
        name,
        shape: tensor.sizes,
        datatype: datatypeOf(tensor.dtype, { input: name }),
        data: jsonData(tensor, name),
      })),
    });
    return { body, headers: { 'content-type': 'application/json' } };
  }
  const blobs = inputs.map(({ tensor }) => rowMajorBytes(tensor));
  const header = new TextEncoder().encode(
    JSON.stringify({
      ...(id === undefined ? {} : { id }),
      inputs: inputs.map(({ name, tensor }, i) => ({
        name,
        shape: tensor.sizes,
        datatype: datatypeOf(tensor.dtype, { input: name }),
        parameters: { binary_data_size: (blobs[i] as Uint8Array).byteLength },
      })),
      parameters: { binary_data_output: true },
    }),
  );
  let total = header.byteLength;
  for (const b of blobs) total += b.byteLength;
  const body = new Uint8Array(total);
  body.set(header, 0);
  let at = header.byteLength;
  for (const b of blobs) {
    body.set(b, at);
    at += b.byteLength;
  }
  return {
    body,
    headers: {
      'content-type': 'application/octet-stream',
      'inference-header-content-length': String(header.byteLength),
    },
  };
}

/** One output as the server returned it, checked. */
export interface DecodedOutput {
  name: string;
  tensor: Tensor;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks a shape from the server; returns it and its element count. */
function checkShape(shape: unknown, name: string): { sizes: number[]; numel: number } {
  if (!Array.isArray(shape) || shape.length > MAX_RANK)
    throw protocolError(
      `output "${name}": shape must be an array of at most ${MAX_RANK} sizes, got ${JSON.stringify(shape)}`,
      {
        output: name,
      },
    );
  let numel = 1;
  for (const s of shape) {
    if (typeof s !== 'number' || !Number.isSafeInteger(s) || s < 0)
      throw protocolError(`output "${name}": invalid size ${JSON.stringify(s)} in shape ${JSON.stringify(shape)}`, {
        output: name,
      });
    numel *= s;
    if (!Number.isSafeInteger(numel))
      throw protocolError(`output "${name}": shape ${JSON.stringify(shape)} has too many elements`, { output: name });
  }
  return { sizes: shape as number[], numel };
}

/** Flattens JSON data (flat or nested row-major), stopping as soon as it has more than `limit` values. */
function flatten(data: unknown, limit: number, name: string): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (Array.isArray(v)) {
      if (depth > MAX_RANK) throw protocolError(`output "${name}": data is nested too deeply`, { output: name });
      for (const x of v) walk(x, depth + 1);
    } else {
      if (out.length >= limit)
        throw protocolError(`output "${name}": data has more values than its shape holds (${limit})`, { output: name });
      out.push(v);
    }
  };
  if (!Array.isArray(data)) throw protocolError(`output "${name}": data must be an array`, { output: name });
  walk(data, 0);
  return out;
}

/** A tensor from JSON values, each checked against the type. */
function tensorFromJson(type: ScalarType, sizes: number[], numel: number, data: unknown, name: string): Tensor {
  if (!jsonCarries(type))
    throw protocolError(`output "${name}": ${dtypeName(type)} values cannot come as JSON`, { output: name });
  const values = flatten(data, numel, name);
  if (values.length !== numel)
    throw protocolError(
      `output "${name}": shape [${sizes.join(', ')}] holds ${numel} values, data has ${values.length}`,
      { output: name },
    );
  const t = new Tensor({ dtype: type, sizes });
  const out = t.data as unknown as { [i: number]: number | bigint };
  const big = type === ScalarType.Long || type === ScalarType.UInt64;
  const integral = type !== ScalarType.Float && type !== ScalarType.Double;
  for (let i = 0; i < numel; i++) {
    let v = values[i];
    if (type === ScalarType.Bool && typeof v === 'boolean') v = v ? 1 : 0;
    if (typeof v !== 'number' || (integral && !Number.isInteger(v)))
      throw protocolError(`output "${name}": value ${i} is ${JSON.stringify(v)}, not a ${dtypeName(type)} value`, {
        output: name,
        index: i,
      });
    out[i] = big ? BigInt(v) : v;
  }
  return t;
}

/** Splits a binary-extension body into its JSON header and the bytes after it. */
export function splitBinary(body: Uint8Array, headerLength: string | null): { json: Uint8Array; rest: Uint8Array } {
  if (headerLength === null) return { json: body, rest: body.subarray(body.byteLength) };
  const n = Number(headerLength);
  if (!/^\d+$/.test(headerLength.trim()) || !Number.isSafeInteger(n) || n > body.byteLength)
    throw protocolError(
      `Inference-Header-Content-Length is ${JSON.stringify(headerLength)}, but the body has ${body.byteLength} bytes`,
      { headerLength },
    );
  return { json: body.subarray(0, n), rest: body.subarray(n) };
}

/**
 * Decodes the outputs of an inference response (its parsed JSON header and the binary bytes after
 * it, empty for a JSON response).
 */
export function decodeOutputs(response: unknown, rest: Uint8Array): DecodedOutput[] {
  if (!isRecord(response) || !Array.isArray(response.outputs))
    throw protocolError('the inference response has no "outputs" array', {});
  const outputs: DecodedOutput[] = [];
  let at = 0;
  for (const [i, o] of response.outputs.entries()) {
    if (!isRecord(o) || typeof o.name !== 'string')
      throw protocolError(`output ${i} of the inference response has no name`, { index: i });
    const name = o.name;
    const type = scalarTypeOf(o.datatype, { output: name });
    const { sizes, numel } = checkShape(o.shape, name);
    const params = isRecord(o.parameters) ? o.parameters : {};
    const binarySize = params.binary_data_size;
    if (binarySize !== undefined) {
      const need = numel * elementSize(type);
      if (typeof binarySize !== 'number' || !Number.isSafeInteger(binarySize) || binarySize !== need)
        throw protocolError(
          `output "${name}": binary_data_size is ${JSON.stringify(binarySize)}, but ${dtypeName(type)}[${sizes.join(', ')}] needs ${need} bytes`,
          { output: name },
        );
      if (at + need > rest.byteLength)
        throw protocolError(
          `output "${name}": needs ${need} bytes at offset ${at}, the binary part has ${rest.byteLength}`,
          { output: name },
        );
      // A copy: the tensor owns its bytes (aligned), and the response body can be released.
      const bytes = rest.slice(at, at + need);
      at += need;
      outputs.push({ name, tensor: new Tensor({ dtype: type, sizes, bytes }) });
    } else {
      outputs.push({ name, tensor: tensorFromJson(type, sizes, numel, o.data, name) });
    }
  }
  if (at !== rest.byteLength)
    throw protocolError(`the binary part has ${rest.byteLength} bytes, the outputs account for ${at}`, {});
  return outputs;
}

/** The datatype names, for metadata checks. */
export function isDatatype(v: unknown): v is OipDatatype {
  try {
    scalarTypeOf(v, {});
    return true;
  } catch {
    return false;
  }
}
