/**
 * A `LogitConstraint` that keeps generated text inside a compiled grammar.
 */
import { ErrorCode, KindlingError } from '@kindling/core';
import type { JsonSchema, LogitConstraint, Tokenizer } from '../types.js';
import { type MaskComputer, maskComputer } from './mask.js';
import { advance, canEnd, END, type Frame, initial, remaining } from './matcher.js';
import { type GNode, LiteralsNode } from './nodes.js';
import { type CompiledSchema, type CompileOptions, compileJsonSchema } from './schema-compiler.js';
import { tokenTrie } from './token-trie.js';

/**
 * @internal A special token (no bytes in the generated text) that may stand for its text where the
 * grammar has marker text (`<tool_call>` as one added token).
 */
export interface MarkerToken {
  readonly id: number;
  readonly bytes: Uint8Array;
}

/** Whether the top frame of `stack` is marker text. */
function inMarker(stack: Frame): boolean {
  return stack.node instanceof LiteralsNode && stack.node.marker;
}

/** @internal The grammar-driven constraint; `JsonSchemaConstraint` and tool calls build on it. */
export class GrammarConstraint implements LogitConstraint {
  private stacks: Frame[];
  private ended = false;
  private complete: boolean | undefined;
  private readonly masks: MaskComputer;
  private readonly eos: Set<number>;
  private readonly markers = new Map<number, Uint8Array>();

  constructor(
    root: GNode,
    private readonly tokenizer: Tokenizer,
    markers: readonly MarkerToken[] = [],
  ) {
    this.stacks = initial(root);
    this.masks = maskComputer(tokenTrie(tokenizer));
    this.eos = new Set(this.masks.trie.eosTokenIds);
    for (const m of markers) if (!this.eos.has(m.id) && m.bytes.length > 0) this.markers.set(m.id, m.bytes);
  }

  /** The text a marker token stands for, if `token` is one. */
  markerBytes(token: number): Uint8Array | undefined {
    return this.markers.get(token);
  }

  /** The stacks after `bytes` read as marker text only (empty: not allowed there). */
  private feedMarker(bytes: Uint8Array): Frame[] {
    let s = this.stacks;
    for (const byte of bytes) {
      s = advance(s, byte).filter(inMarker);
      if (s.length === 0) return s;
    }
    return s;
  }

  fillMask(mask: Uint32Array): void {
    if (mask.length < this.masks.words) {
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `mask has ${mask.length} words; the vocabulary needs ${this.masks.words}`,
      );
    }
    if (this.ended) {
      mask.fill(0);
      for (const id of this.eos) mask[id >>> 5] = (mask[id >>> 5] ?? 0) | (1 << (id & 31));
      return;
    }
    this.masks.fill(this.stacks, mask);
    for (const [id, bytes] of this.markers) {
      if (this.feedMarker(bytes).length > 0) mask[id >>> 5] = (mask[id >>> 5] ?? 0) | (1 << (id & 31));
    }
  }

  accept(token: number): void {
    if (this.eos.has(token)) {
      if (!this.ended && !this.stacks.some(canEnd)) {
        throw new KindlingError(ErrorCode.InvalidState, 'end of sequence before the constrained value is complete', {
          context: { token },
        });
      }
      this.ended = true;
      this.complete = true;
      return;
    }
    if (this.ended)
      throw new KindlingError(ErrorCode.InvalidState, 'token after the end of sequence', { context: { token } });
    const marker = this.markers.get(token);
    if (marker !== undefined) {
      const next = this.feedMarker(marker);
      if (next.length === 0)
        throw new KindlingError(ErrorCode.InvalidArgument, 'token not allowed by the constraint', {
          context: { token },
        });
      this.stacks = next;
      this.complete = undefined;
      return;
    }
    const bytes = this.tokenizer.isSpecial(token) ? new Uint8Array(0) : this.tokenizer.tokenBytes(token);
    this.stacks = this.feedBytes(bytes, token);
    this.complete = undefined;
  }

  /** Advances past raw bytes (text forced into the output rather than sampled). */
  acceptBytes(bytes: Uint8Array): void {
    this.stacks = this.feedBytes(bytes, -1);
    this.complete = undefined;
  }

  private feedBytes(bytes: Uint8Array, token: number): Frame[] {
    if (bytes.length === 0)
      throw new KindlingError(ErrorCode.InvalidArgument, 'token not allowed by the constraint (no text)', {
        context: { token },
      });
    let s = this.stacks;
    for (const byte of bytes) {
      s = advance(s, byte);
      if (s.length === 0)
        throw new KindlingError(ErrorCode.InvalidArgument, 'token not allowed by the constraint', {
          context: { token },
        });
    }
    return s;
  }

  /** Whether `token` could be accepted next (without accepting it). */
  allowsToken(token: number): boolean {
    if (this.eos.has(token)) return this.canEnd;
    if (this.ended) return false;
    const marker = this.markers.get(token);
    if (marker !== undefined) return this.feedMarker(marker).length > 0;
    if (this.tokenizer.isSpecial(token)) return false;
    const bytes = this.tokenizer.tokenBytes(token);
    return bytes.length > 0 && this.allows(bytes);
  }

  /** Whether the bytes could be accepted next (without accepting them). */
  allows(bytes: Uint8Array): boolean {
    let s = this.stacks;
    for (const byte of bytes) {
      s = advance(s, byte);
      if (s.length === 0) return false;
    }
    return true;
  }

  get isComplete(): boolean {
    if (this.complete === undefined) {
      this.complete =
        this.stacks.some(canEnd) &&
        !Array.from({ length: 256 }, (_, b) => b).some((b) => advance(this.stacks, b).length > 0);
    }
    return this.complete;
  }

  /** True once the text so far is a complete value (end-of-sequence is allowed). */
  get canEnd(): boolean {
    return this.ended || this.stacks.some((s) => s === END || canEnd(s));
  }

  /** Fewest bytes that complete the value after `bytes` (Infinity when they are not allowed). */
  remainingAfter(bytes: Uint8Array): number {
    let s = this.stacks;
    for (const byte of bytes) {
      s = advance(s, byte);
      if (s.length === 0) return Number.POSITIVE_INFINITY;
    }
    return Math.min(...s.map(remaining));
  }

  /** Fewest bytes that complete the value from here (0 once complete). */
  remainingBytes(): number {
    if (this.ended) return 0;
    return Math.min(...this.stacks.map(remaining));
  }
}

/**
 * A constraint that makes the generated text one JSON value valid against `schema` (see
 * {@link compileJsonSchema} for the exact output form), then end-of-sequence. Special tokens other
 * than the tokenizer's end-of-sequence ids are never allowed.
 */
export function createJsonSchemaConstraint(
  schema: JsonSchema | CompiledSchema,
  tokenizer: Tokenizer,
  options: CompileOptions = {},
): GrammarConstraint {
  const compiled = isCompiled(schema)
    ? schema
    : memo(compiledSchemas, [schema, options.whitespace], () => compileJsonSchema(schema, options));
  return new GrammarConstraint(compiled.root, tokenizer);
}

const compiledSchemas = new Map<string, CompiledSchema>();

/**
 * @internal Compiled grammars by the JSON text of what they were compiled from (the last 64):
 * masks are cached per grammar node, so a request that repeats a schema reuses its masks.
 */
export function memo<T>(cache: Map<string, T>, key: unknown, make: () => T): T {
  const k = JSON.stringify(key);
  const hit = cache.get(k);
  if (hit !== undefined) {
    cache.delete(k);
    cache.set(k, hit);
    return hit;
  }
  const made = make();
  cache.set(k, made);
  if (cache.size > 64) cache.delete(cache.keys().next().value as string);
  return made;
}

function isCompiled(s: JsonSchema | CompiledSchema): s is CompiledSchema {
  return (
    typeof s === 'object' && s !== null && 'root' in s && 'notes' in s && typeof (s as CompiledSchema).root === 'object'
  );
}

/** `responseFormat` of a chat request, OpenAI-style. */
export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | { type: 'json_schema'; schema: JsonSchema }
  | { type: 'json_schema'; json_schema: { name?: string; schema: JsonSchema; strict?: boolean } };

/**
 * The constraint of a `responseFormat`: none for `text`, any JSON object for `json_object`, the
 * schema for `json_schema` (given as `schema`, or OpenAI's `json_schema: { schema }`).
 */
export function createResponseFormatConstraint(
  format: ResponseFormat,
  tokenizer: Tokenizer,
  options: CompileOptions = {},
): GrammarConstraint | undefined {
  switch (format.type) {
    case 'text':
      return undefined;
    case 'json_object':
      return createJsonSchemaConstraint({ type: 'object' }, tokenizer, options);
    case 'json_schema': {
      const schema = 'schema' in format ? format.schema : format.json_schema?.schema;
      if (schema === undefined)
        throw new KindlingError(ErrorCode.InvalidArgument, 'responseFormat json_schema without a schema');
      return createJsonSchemaConstraint(schema, tokenizer, options);
    }
    default:
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `unknown responseFormat type ${JSON.stringify((format as { type: unknown }).type)}`,
      );
  }
}
