/**
 * `RemoteModule`: a model served over the Open Inference Protocol (KServe v2 REST: Triton,
 * MLServer, KServe, Seldon), called with the same `forward` / `execute` shape as `Module`.
 */
import {
  type DTypeLike,
  dtypeName,
  ErrorCode,
  KindlingError,
  numelOf,
  type ScalarTypeOf,
  Tensor,
  type TypedArray,
  toScalarType,
  typedArrayConstructor,
} from '@kindling/core';
import { protocolError, remoteError } from '../errors.js';
import {
  type Attempt,
  baseUrl,
  type Connection,
  type ConnectionOptions,
  connection,
  parseJson,
  type RequestInfo,
  readBody,
  send,
  withRetries,
} from '../http.js';
import { decodeOutputs, encodeRequest, isDatatype, type RequestTensor, splitBinary } from './codec.js';
import { type OipDatatype, scalarTypeOf } from './datatypes.js';

/** Options of {@link remote}. */
export interface RemoteOptions extends ConnectionOptions {
  /** The server's base URL (`http://host:8080`); requests go to `<url>/v2/...`. */
  url: string | URL;
  /** The model that `forward` calls. */
  model: string;
  /** Its version (default: the server's choice). */
  version?: string;
  /**
   * Models that other method names call (`execute(name)`): `{ encode: 'text-encoder' }`, or
   * `{ encode: { model: 'text-encoder', version: '2' } }`. `forward` is always {@link model}.
   */
  methods?: Record<string, string | { model: string; version?: string }>;
  /** Send and receive tensors with the binary tensor extension (default true); false: JSON. */
  binary?: boolean;
}

/** Options of one call. */
export interface RemoteExecuteOptions {
  /** Aborts the call (`InvalidState`, `context.aborted`, the signal's reason as `cause`). */
  signal?: AbortSignal;
  /** Overrides {@link RemoteOptions.binary} for this call. */
  binary?: boolean;
}

/** A tensor in a model's metadata: `-1` sizes are dynamic. */
export interface RemoteTensorMeta {
  name: string;
  datatype: OipDatatype;
  shape: number[];
}

/** A model's metadata (`GET /v2/models/<name>`). */
export interface RemoteModelMeta {
  name: string;
  versions: string[];
  platform: string;
  inputs: RemoteTensorMeta[];
  outputs: RemoteTensorMeta[];
}

/** An input: a `Tensor`, or a typed array / number array shaped by the model's metadata. */
export type RemoteInput = Tensor | TypedArray | readonly number[];

/** The outputs of a call, in the order of the model's metadata, with a typed accessor like `Module`'s. */
export type RemoteOutputs = Tensor[] & {
  /** Output `index` (default 0); with `dtype`, checked to have that type (`InvalidType` otherwise). */
  tensor(index?: number): Tensor;
  tensor<D extends DTypeLike>(index: number, dtype: D): Tensor<ScalarTypeOf<D>>;
  /** The output names, in the same order. */
  readonly names: readonly string[];
};

/** Probe results of {@link RemoteModule.health}. */
export interface RemoteHealth {
  live: boolean;
  ready: boolean;
  modelReady: boolean;
}

function outputsOf(tensors: Tensor[], names: string[], method: string): RemoteOutputs {
  function tensor(index = 0, dtype?: DTypeLike): Tensor {
    const t = tensors[index];
    if (t === undefined)
      throw new KindlingError(
        ErrorCode.InvalidType,
        `method "${method}" has no output ${index} (it has ${tensors.length})`,
        {
          context: { method, output: index },
        },
      );
    if (dtype !== undefined && t.dtype !== toScalarType(dtype))
      throw new KindlingError(
        ErrorCode.InvalidType,
        `output ${index} of method "${method}" is ${t.dtypeName}, not ${dtypeName(toScalarType(dtype))}`,
        { context: { method, output: index } },
      );
    return t;
  }
  Object.defineProperty(tensors, 'tensor', { value: tensor, enumerable: false });
  Object.defineProperty(tensors, 'names', { value: Object.freeze([...names]), enumerable: false });
  return tensors as RemoteOutputs;
}

function parseMeta(json: unknown, info: RequestInfo): RemoteModelMeta {
  const bad = (why: string) => protocolError(`${info.what}: ${why}`, { url: info.url });
  if (typeof json !== 'object' || json === null) throw bad('the metadata is not an object');
  const m = json as Record<string, unknown>;
  const tensors = (v: unknown, field: string): RemoteTensorMeta[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw bad(`"${field}" is not an array`);
    return v.map((t, i) => {
      const r = t as Record<string, unknown>;
      if (typeof t !== 'object' || t === null || typeof r.name !== 'string') throw bad(`${field}[${i}] has no name`);
      if (!isDatatype(r.datatype))
        throw remoteError(
          ErrorCode.InvalidType,
          'dtype',
          `${info.what}: ${field}[${i}] ("${r.name}") has the unsupported data type ${JSON.stringify(r.datatype)}`,
          {
            url: info.url,
          },
        );
      if (!Array.isArray(r.shape) || !r.shape.every((s) => typeof s === 'number' && Number.isSafeInteger(s) && s >= -1))
        throw bad(`${field}[${i}] ("${r.name}") has an invalid shape ${JSON.stringify(r.shape)}`);
      return { name: r.name, datatype: r.datatype, shape: r.shape as number[] };
    });
  };
  return {
    name: typeof m.name === 'string' ? m.name : '',
    versions: Array.isArray(m.versions) ? m.versions.filter((v): v is string => typeof v === 'string') : [],
    platform: typeof m.platform === 'string' ? m.platform : '',
    inputs: tensors(m.inputs, 'inputs'),
    outputs: tensors(m.outputs, 'outputs'),
  };
}

/**
 * A model on an Open Inference Protocol server. Create it with {@link remote}.
 *
 * ```ts
 * const digits = remote({ url: 'http://localhost:8080', model: 'digits', timeoutMs: 5000, retries: 2 });
 * const logits = (await digits.forward([Tensor.from('float32', [1, 1, 8, 8], pixels)])).tensor(0);
 * ```
 *
 * Inputs are checked against the model's metadata (fetched once, on the first call): their number,
 * data types and shapes (`-1` sizes match any size). Outputs are returned in the metadata's order.
 */
export class RemoteModule {
  /** The server's base URL. */
  readonly url: string;
  /** The model `forward` calls. */
  readonly model: string;
  /** Its version, if one was given. */
  readonly version: string | undefined;
  readonly #conn: Connection;
  readonly #binary: boolean;
  readonly #methods: Map<string, { model: string; version: string | undefined }>;
  readonly #meta = new Map<string, Promise<RemoteModelMeta>>();

  /** @internal Use {@link remote}. */
  constructor(options: RemoteOptions) {
    if (typeof options.model !== 'string' || options.model === '')
      throw new KindlingError(ErrorCode.InvalidArgument, 'remote(): `model` must be a non-empty string', {
        context: { option: 'model' },
      });
    this.url = baseUrl(options.url);
    this.model = options.model;
    this.version = options.version;
    this.#conn = connection(options);
    this.#binary = options.binary ?? true;
    this.#methods = new Map([['forward', { model: options.model, version: options.version }]]);
    for (const [name, target] of Object.entries(options.methods ?? {})) {
      if (name === 'forward') continue;
      this.#methods.set(
        name,
        typeof target === 'string'
          ? { model: target, version: undefined }
          : { model: target.model, version: target.version },
      );
    }
  }

  /** Names of the methods this module can run (`forward` and those of {@link RemoteOptions.methods}). */
  get methodNames(): string[] {
    return [...this.#methods.keys()];
  }

  #target(method: string): { model: string; version: string | undefined } {
    const t = this.#methods.get(method);
    if (!t)
      throw new KindlingError(
        ErrorCode.NotFound,
        `remote module has no method "${method}" (it has ${this.methodNames.join(', ')})`,
        {
          context: { method },
        },
      );
    return t;
  }

  #modelPath(t: { model: string; version: string | undefined }): string {
    const m = `${this.url}/v2/models/${encodeURIComponent(t.model)}`;
    return t.version === undefined ? m : `${m}/versions/${encodeURIComponent(t.version)}`;
  }

  async #probe(url: string, what: string, signal?: AbortSignal): Promise<boolean> {
    const info: RequestInfo = { url, method: 'GET', what };
    try {
      // One attempt: a probe answers "now", not "eventually".
      return await withRetries({ ...this.#conn, retries: 0 }, info, signal, async (attempt) => {
        const r = await this.#conn.fetch(url, { method: 'GET', headers: this.#conn.headers, signal: attempt.signal });
        await r.body?.cancel().catch(() => undefined);
        return r.status === 200;
      });
    } catch (e) {
      if (KindlingError.isInstance(e) && e.context.kind === 'aborted') throw e;
      return false;
    }
  }

  /** Whether the server is live (`GET /v2/health/live` answers 200). False when it cannot be reached. */
  isLive(options: { signal?: AbortSignal } = {}): Promise<boolean> {
    return this.#probe(`${this.url}/v2/health/live`, 'server liveness', options.signal);
  }

  /** Whether the server is ready (`GET /v2/health/ready`). */
  isReady(options: { signal?: AbortSignal } = {}): Promise<boolean> {
    return this.#probe(`${this.url}/v2/health/ready`, 'server readiness', options.signal);
  }

  /** Whether the model of `method` (default `forward`) is ready (`GET /v2/models/<m>/ready`). */
  isModelReady(options: { signal?: AbortSignal; method?: string } = {}): Promise<boolean> {
    const t = this.#target(options.method ?? 'forward');
    return this.#probe(`${this.#modelPath(t)}/ready`, `model "${t.model}" readiness`, options.signal);
  }

  /** Live, ready and model-ready at once. */
  async health(options: { signal?: AbortSignal } = {}): Promise<RemoteHealth> {
    const [live, ready, modelReady] = await Promise.all([
      this.isLive(options),
      this.isReady(options),
      this.isModelReady(options),
    ]);
    return { live, ready, modelReady };
  }

  /** The metadata of the model of `method` (default `forward`), fetched once and kept. */
  metadata(method = 'forward', options: { signal?: AbortSignal } = {}): Promise<RemoteModelMeta> {
    const t = this.#target(method);
    let m = this.#meta.get(method);
    if (!m) {
      const info: RequestInfo = { url: this.#modelPath(t), method: 'GET', what: `model "${t.model}" metadata` };
      m = withRetries(this.#conn, info, options.signal, async (attempt) => {
        const r = await send(this.#conn, info, attempt);
        return parseMeta(
          parseJson(await readBody(r, Math.min(this.#conn.maxResponseBytes, 16 << 20), info), info),
          info,
        );
      });
      this.#meta.set(method, m);
      m.catch(() => this.#meta.delete(method));
    }
    return m;
  }

  /** Runs `forward` (see {@link RemoteModule.execute}). */
  forward(inputs: readonly RemoteInput[], options: RemoteExecuteOptions = {}): Promise<RemoteOutputs> {
    return this.execute('forward', inputs, options);
  }

  /**
   * Runs the model of method `name` on `inputs` (`POST /v2/models/<m>/infer`). Fails with a
   * `KindlingError` whose `context.kind` says why (see {@link RemoteErrorKind}); retryable failures
   * are retried first, with backoff.
   */
  async execute(
    name: string,
    inputs: readonly RemoteInput[],
    options: RemoteExecuteOptions = {},
  ): Promise<RemoteOutputs> {
    const t = this.#target(name);
    if (!Array.isArray(inputs))
      throw new KindlingError(ErrorCode.InvalidArgument, `inputs of method "${name}" must be an array`, {
        context: { method: name },
      });
    const meta = await this.metadata(name, options);
    const tensors = checkInputs(meta, inputs, name);
    const binary = options.binary ?? this.#binary;
    const request = encodeRequest(tensors, binary);
    const info: RequestInfo = {
      url: `${this.#modelPath(t)}/infer`,
      method: 'POST',
      headers: request.headers,
      body: request.body,
      what: `model "${t.model}" inference`,
    };
    const decoded = await withRetries(this.#conn, info, options.signal, async (attempt: Attempt) => {
      const r = await send(this.#conn, info, attempt);
      const body = await readBody(r, this.#conn.maxResponseBytes, info);
      const { json, rest } = splitBinary(body, r.headers.get('inference-header-content-length'));
      return decodeOutputs(parseJson(json, info), rest);
    });
    return orderOutputs(meta, decoded, name);
  }
}

/** Checks the inputs against the metadata and makes them tensors. */
function checkInputs(meta: RemoteModelMeta, inputs: readonly RemoteInput[], method: string): RequestTensor[] {
  if (meta.inputs.length !== inputs.length)
    throw remoteError(
      ErrorCode.InvalidArgument,
      'shape',
      `method "${method}" takes ${meta.inputs.length} input${meta.inputs.length === 1 ? '' : 's'}, got ${inputs.length}`,
      { method },
    );
  return meta.inputs.map((m, i) => {
    const type = scalarTypeOf(m.datatype, { input: m.name });
    const v = inputs[i];
    let tensor: Tensor;
    if (v instanceof Tensor) tensor = v;
    else {
      if (m.shape.some((s) => s < 0))
        throw remoteError(
          ErrorCode.InvalidArgument,
          'shape',
          `input "${m.name}" of method "${method}" has a dynamic shape [${m.shape.join(', ')}]: pass a Tensor`,
          { method, input: m.name },
        );
      if (!ArrayBuffer.isView(v) && !Array.isArray(v))
        throw new KindlingError(
          ErrorCode.InvalidArgument,
          `input "${m.name}" must be a Tensor, a typed array or an array of numbers`,
          {
            context: { method, input: m.name },
          },
        );
      const values = v as TypedArray | readonly number[];
      if (ArrayBuffer.isView(values) && !(values instanceof typedArrayConstructor(type)))
        throw remoteError(ErrorCode.InvalidType, 'dtype', `input "${m.name}" must be ${dtypeName(type)} data`, {
          method,
          input: m.name,
        });
      if (values.length !== numelOf(m.shape))
        throw remoteError(
          ErrorCode.InvalidArgument,
          'shape',
          `input "${m.name}" has shape [${m.shape.join(', ')}] (${numelOf(m.shape)} values), got ${values.length}`,
          { method, input: m.name },
        );
      tensor = Tensor.from(type, m.shape, values);
    }
    if (tensor.dtype !== type)
      throw remoteError(
        ErrorCode.InvalidType,
        'dtype',
        `input "${m.name}" of method "${method}" must be ${dtypeName(type)}, got ${tensor.dtypeName}`,
        {
          method,
          input: m.name,
        },
      );
    const sizes = tensor.sizes;
    if (sizes.length !== m.shape.length || m.shape.some((s, d) => s >= 0 && s !== sizes[d]))
      throw remoteError(
        ErrorCode.InvalidArgument,
        'shape',
        `input "${m.name}" of method "${method}" must have shape [${m.shape.join(', ')}], got [${sizes.join(', ')}]`,
        { method, input: m.name },
      );
    return { name: m.name, tensor };
  });
}

/** The outputs in the metadata's order (the server's order when the metadata lists none). */
function orderOutputs(
  meta: RemoteModelMeta,
  decoded: { name: string; tensor: Tensor }[],
  method: string,
): RemoteOutputs {
  if (meta.outputs.length === 0)
    return outputsOf(
      decoded.map((d) => d.tensor),
      decoded.map((d) => d.name),
      method,
    );
  const byName = new Map(decoded.map((d) => [d.name, d.tensor]));
  const tensors = meta.outputs.map((m) => {
    const t = byName.get(m.name);
    if (!t)
      throw protocolError(`the response of method "${method}" has no output "${m.name}"`, { method, output: m.name });
    const type = scalarTypeOf(m.datatype, { output: m.name });
    if (t.dtype !== type)
      throw protocolError(
        `output "${m.name}" of method "${method}" is ${t.dtypeName}, the metadata says ${dtypeName(type)}`,
        {
          method,
          output: m.name,
        },
      );
    if (t.sizes.length !== m.shape.length || m.shape.some((s, d) => s >= 0 && s !== t.sizes[d]))
      throw protocolError(
        `output "${m.name}" of method "${method}" has shape [${t.sizes.join(', ')}], the metadata says [${m.shape.join(', ')}]`,
        { method, output: m.name },
      );
    return t;
  });
  return outputsOf(
    tensors,
    meta.outputs.map((m) => m.name),
    method,
  );
}

/**
 * A model on an Open Inference Protocol server (KServe v2 REST), with `Module`'s call shape.
 *
 * ```ts
 * const m = remote({ url: 'https://models.example.com', model: 'digits', headers: { authorization: `Bearer ${token}` } });
 * const [logits] = await m.forward([x], { signal });
 * ```
 */
export function remote(options: RemoteOptions): RemoteModule {
  return new RemoteModule(options);
}
