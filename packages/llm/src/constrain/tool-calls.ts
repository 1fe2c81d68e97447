/**
 * Tool calling: the model writes `{"name": <tool name>, "arguments": <that tool's arguments>}`,
 * optionally wrapped in opening/closing text (`<tool_call>\n` ... `\n</tool_call>`), optionally
 * several calls; a constraint makes every call parse and validate, `parseToolCalls` reads them back.
 */
import { ErrorCode, KindlingError } from '@kindling/core';
import type { LogitConstraint, Tokenizer, ToolCall, ToolDefinition } from '../types.js';
import { ArrayNode, ObjectNode } from './container-nodes.js';
import { GrammarConstraint, type MarkerToken, memo } from './json-constraint.js';
import { ChoiceNode, type GNode, type LiteralsNode, RepeatNode, SeqNode } from './nodes.js';
import { type CompileOptions, compileWith } from './schema-compiler.js';
import { tokenTrie } from './token-trie.js';
import { validateValue } from './validate.js';

/** Which calls the model may (or must) make, OpenAI-style. */
export type ToolChoice = 'auto' | 'required' | 'none' | { type: 'function'; function: { name: string } };

/** How tool calls are written in the model's output. */
export interface ToolCallOptions extends CompileOptions {
  /**
   * Text before each call (e.g. `'<tool_call>\n'`, as many chat templates use). Default: none.
   * Where a part of `open`, `close` or `separator` is one special token of the tokenizer
   * (`<tool_call>` in Hermes-style vocabularies), the constraint also allows that token for it.
   */
  open?: string;
  /** Text after each call (e.g. `'\n</tool_call>'`). Default: none. */
  close?: string;
  /**
   * Allow several calls in one answer: with `open`, wrapped blocks separated by `separator`;
   * without, a JSON array of calls. Default false (exactly one call).
   */
  parallel?: boolean;
  /** Most calls in one answer when `parallel` (default 8). */
  maxCalls?: number;
  /** Text between wrapped calls when `parallel` (default `'\n'`). */
  separator?: string;
}

const encoder = new TextEncoder();
const grammars = new Map<string, GNode>();

function toolsFor(tools: readonly ToolDefinition[], choice: ToolChoice): ToolDefinition[] {
  if (tools.length === 0) throw new KindlingError(ErrorCode.InvalidArgument, 'tool calling needs at least one tool');
  const names = new Set<string>();
  for (const t of tools) {
    if (typeof t.name !== 'string' || t.name.length === 0)
      throw new KindlingError(ErrorCode.InvalidArgument, 'a tool needs a name');
    if (names.has(t.name))
      throw new KindlingError(ErrorCode.InvalidArgument, `two tools are named "${t.name}"`, {
        context: { tool: t.name },
      });
    names.add(t.name);
  }
  if (typeof choice === 'object') {
    const t = tools.find((x) => x.name === choice.function.name);
    if (!t)
      throw new KindlingError(ErrorCode.NotFound, `toolChoice names "${choice.function.name}", which is not a tool`, {
        context: { tool: choice.function.name },
      });
    return [t];
  }
  return [...tools];
}

/** The grammar of the calls (wrapping included). */
function toolCallGrammar(tools: readonly ToolDefinition[], options: ToolCallOptions): GNode {
  const space = (options.whitespace ?? 'single') === 'single';
  const maxCalls = options.maxCalls ?? 8;
  if (!Number.isInteger(maxCalls) || maxCalls < 1)
    throw new KindlingError(ErrorCode.InvalidArgument, 'maxCalls must be a positive integer');
  const params = tools.map((t) => t.parameters ?? true);
  try {
    return compileWith(params, options, (roots, add, texts) => {
      const call = add(new ChoiceNode());
      call.alts = tools.map((t, k) => {
        const obj = add(new ObjectNode(space));
        obj.props = [
          { name: 'name', key: encoder.encode('"name"'), value: texts([JSON.stringify(t.name)]), required: true },
          { name: 'arguments', key: encoder.encode('"arguments"'), value: roots[k] as GNode, required: true },
        ];
        return obj;
      });
      const open = options.open ?? '';
      const close = options.close ?? '';
      const marker = (t: string): LiteralsNode => {
        const node = texts([t]);
        node.marker = true;
        return node;
      };
      if (open === '' && close === '') {
        if (!options.parallel) return call;
        const arr = add(new ArrayNode(space));
        arr.items = call;
        arr.minItems = 1;
        arr.maxItems = maxCalls;
        return arr;
      }
      const parts: GNode[] = [];
      if (open) parts.push(marker(open));
      parts.push(call);
      if (close) parts.push(marker(close));
      const item = add(new SeqNode(parts));
      if (!options.parallel || maxCalls === 1) return item;
      const sep = options.separator ?? '\n';
      const first = encoder.encode(sep + open)[0];
      if (first === undefined)
        throw new KindlingError(ErrorCode.InvalidArgument, 'parallel wrapped calls need opening text or a separator');
      const rest = sep ? add(new SeqNode([marker(sep), item])) : item;
      return add(new RepeatNode(item, rest, first, 1, maxCalls));
    });
  } catch (e) {
    if (KindlingError.isInstance(e)) {
      const k = params.findIndex((p) => {
        try {
          compileWith([p], options, (r) => r[0] as GNode);
          return false;
        } catch {
          return true;
        }
      });
      const tool = tools[k]?.name;
      if (tool !== undefined)
        throw new KindlingError(e.code, `tool "${tool}": ${e.message}`, { context: { ...e.context, tool }, cause: e });
    }
    throw e;
  }
}

/**
 * Special tokens whose text is part of the markers (`<tool_call>` as one added token, as Hermes-style
 * vocabularies have): the constraint lets them write that text.
 */
function markerTokens(tokenizer: Tokenizer, texts: readonly string[]): MarkerToken[] {
  const found = new Map<number, Uint8Array>();
  for (const text of texts) {
    const chars = Array.from(text);
    for (let i = 0; i < chars.length; i++) {
      for (let j = i + 1; j <= Math.min(chars.length, i + 64); j++) {
        const piece = chars.slice(i, j).join('');
        const id = tokenizer.tokenToId(piece);
        if (id === undefined || id < 0 || id >= tokenizer.vocabSize || !tokenizer.isSpecial(id)) continue;
        if (tokenizer.eosTokenIds.includes(id)) continue;
        found.set(id, encoder.encode(piece));
      }
    }
  }
  return [...found].map(([id, bytes]) => ({ id, bytes }));
}

/**
 * Free text, or a tool call when the output starts with the trigger (`open`, or `{`/`[` when
 * calls are not wrapped). Under `'none'` the trigger can never be completed.
 */
class TriggeredConstraint implements LogitConstraint {
  private matched = 0;
  private phase: 'undecided' | 'free' | 'call' = 'undecided';
  private readonly others = new Map<number, Uint32Array>();
  private readonly words: number;

  constructor(
    private readonly inner: GrammarConstraint,
    private readonly trigger: Uint8Array,
    private readonly allowCall: boolean,
    private readonly tokenizer: Tokenizer,
    private readonly markers: readonly MarkerToken[],
  ) {
    this.words = (tokenizer.vocabSize + 31) >>> 5;
  }

  /** Bytes of the common prefix of `bytes` and the rest of the trigger. */
  private common(bytes: Uint8Array): number {
    const rest = this.trigger.subarray(this.matched);
    let k = 0;
    while (k < bytes.length && k < rest.length && bytes[k] === rest[k]) k++;
    return k;
  }

  /** Tokens that do not start with the rest of the trigger (nor are a prefix of it). */
  private diverging(): Uint32Array {
    let m = this.others.get(this.matched);
    if (m) return m;
    const trie = tokenTrie(this.tokenizer);
    m = new Uint32Array(this.words);
    const prefixOrMore = new Uint32Array(this.words);
    const rest = this.trigger.subarray(this.matched);
    for (let k = 1; k < rest.length; k++) {
      const node = trie.find(rest.subarray(0, k));
      if (node >= 0) trie.mark(node, prefixOrMore);
    }
    const full = trie.find(rest);
    if (full >= 0) trie.markSubtree(full, prefixOrMore);
    for (const { id, bytes } of this.markers) {
      const k = this.common(bytes);
      if (k === bytes.length || k === rest.length)
        prefixOrMore[id >>> 5] = (prefixOrMore[id >>> 5] ?? 0) | (1 << (id & 31));
    }
    for (let id = 0; id < this.tokenizer.vocabSize; id++) {
      if (((prefixOrMore[id >>> 5] ?? 0) & (1 << (id & 31))) === 0) m[id >>> 5] = (m[id >>> 5] ?? 0) | (1 << (id & 31));
    }
    this.others.set(this.matched, m);
    return m;
  }

  fillMask(mask: Uint32Array): void {
    if (this.phase === 'call') {
      this.inner.fillMask(mask);
      return;
    }
    if (this.phase === 'free') {
      mask.fill(0);
      for (let id = 0; id < this.tokenizer.vocabSize; id++) mask[id >>> 5] = (mask[id >>> 5] ?? 0) | (1 << (id & 31));
      return;
    }
    const div = this.diverging();
    if (this.allowCall) {
      this.inner.fillMask(mask);
      for (let w = 0; w < div.length; w++) mask[w] = (mask[w] ?? 0) | (div[w] ?? 0);
      return;
    }
    // 'none': diverging tokens and strict prefixes of the trigger.
    mask.set(div);
    const trie = tokenTrie(this.tokenizer);
    const rest = this.trigger.subarray(this.matched);
    for (let k = 1; k < rest.length; k++) {
      const node = trie.find(rest.subarray(0, k));
      if (node >= 0) trie.mark(node, mask);
    }
    for (const { id, bytes } of this.markers) {
      if (bytes.length < rest.length && this.common(bytes) === bytes.length)
        mask[id >>> 5] = (mask[id >>> 5] ?? 0) | (1 << (id & 31));
    }
  }

  accept(token: number): void {
    if (this.phase === 'call') {
      this.inner.accept(token);
      return;
    }
    if (this.phase === 'free') return;
    const bytes =
      this.inner.markerBytes(token) ??
      (this.tokenizer.isSpecial(token) ? new Uint8Array(0) : this.tokenizer.tokenBytes(token));
    const rest = this.trigger.subarray(this.matched);
    const common = this.common(bytes);
    if (bytes.length === 0 || (common < bytes.length && common < rest.length)) {
      this.phase = 'free';
      return;
    }
    if (common === bytes.length && bytes.length < rest.length) {
      this.inner.accept(token);
      this.matched += bytes.length;
      return;
    }
    // The token completes the trigger.
    if (!this.allowCall)
      throw new KindlingError(ErrorCode.InvalidArgument, 'toolChoice "none": the output may not start a tool call', {
        context: { token },
      });
    this.inner.accept(token);
    this.phase = 'call';
  }

  get isComplete(): boolean {
    return this.phase === 'call' && this.inner.isComplete;
  }
}

/**
 * The constraint for tool calls. `toolChoice`:
 * - `'required'`: the output is one call (or, with `parallel`, up to `maxCalls`) of any tool;
 * - `{ type: 'function', function: { name } }`: calls of that tool only;
 * - `'auto'`: free text, unless the output starts with the trigger (the `open` text, or `{` / `[`
 *   when calls are not wrapped); from the token that completes the trigger on, the output must be
 *   the calls, then end-of-sequence;
 * - `'none'`: free text that never starts with the trigger.
 */
export function createToolCallConstraint(
  tools: readonly ToolDefinition[],
  toolChoice: ToolChoice,
  tokenizer: Tokenizer,
  options: ToolCallOptions = {},
): LogitConstraint {
  const selected = toolsFor(tools, toolChoice);
  const { open, close, parallel, maxCalls, separator, whitespace } = options;
  const grammar = memo(
    grammars,
    [selected.map((t) => [t.name, t.parameters]), open, close, parallel, maxCalls, separator, whitespace],
    () => toolCallGrammar(selected, options),
  );
  const markers = open || close ? markerTokens(tokenizer, [open ?? '', close ?? '', separator ?? '\n']) : [];
  const inner = new GrammarConstraint(grammar, tokenizer, markers);
  if (toolChoice !== 'auto' && toolChoice !== 'none') return inner;
  const trigger = encoder.encode(open ? open : parallel ? '[' : '{');
  return new TriggeredConstraint(inner, trigger, toolChoice === 'auto', tokenizer, markers);
}

function randomId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return `call_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Options of {@link parseToolCalls}: the output format, and how call ids are made. */
export interface ParseToolCallsOptions extends ToolCallOptions {
  /** Id of the `index`-th call (default: `call_` and 24 random hex digits). */
  generateId?: (index: number) => string;
}

/**
 * The tool calls in generated `text`, in the OpenAI shape. With `open`, every `open` ... `close`
 * block is a call; without, text that starts with `{` (or `[` with `parallel`) is the call(s), and
 * any other text has none. A call that does not parse, names no tool or whose arguments do not
 * validate against the tool's schema throws a `KindlingError`.
 *
 * The text may lack markers that were special tokens (generated text is the tokens' bytes, and a
 * special token has none): a block without its closing text ends with its JSON value, and a text
 * without any opening text that is only call objects (`{"name": <a tool>, ...}`) separated by
 * whitespace (or a spelled-out closing text) is read as those calls.
 */
export function parseToolCalls(
  text: string,
  tools: readonly ToolDefinition[],
  options: ParseToolCallsOptions = {},
): ToolCall[] {
  const open = options.open ?? '';
  const close = options.close ?? '';
  const values: unknown[] = [];
  const parse = (json: string, offset: number): unknown => {
    try {
      return JSON.parse(json);
    } catch (cause) {
      throw new KindlingError(ErrorCode.InvalidArgument, 'a tool call is not valid JSON', {
        context: { offset },
        cause,
      });
    }
  };
  if (open !== '') {
    if (!text.includes(open)) return markersLeftOut(text, tools, options, parse);
    let pos = 0;
    for (let start = text.indexOf(open); start >= 0; start = text.indexOf(open, pos)) {
      const from = start + open.length;
      const end = close === '' ? text.length : text.indexOf(close, from);
      if (end >= 0) {
        values.push(parse(text.slice(from, end), from));
        pos = end + close.length;
        continue;
      }
      // No closing text: it may be a special token the decoded text leaves out; then the call is
      // the JSON value right after the opening text.
      const value = scanValue(text, from);
      if (value === null)
        throw new KindlingError(ErrorCode.InvalidArgument, `a tool call is not closed by ${JSON.stringify(close)}`, {
          context: { offset: start },
        });
      values.push(parse(text.slice(value.start, value.end), value.start));
      pos = value.end;
    }
  } else {
    const trimmed = text.trim();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return [];
    const v = parse(trimmed, 0);
    if (Array.isArray(v)) values.push(...v);
    else values.push(v);
  }
  return toCalls(values, tools, options);
}

const WS = new Set([' ', '\t', '\n', '\r']);

/** The JSON object or array starting at `from` (after whitespace), by bracket matching; null if none or unclosed. */
function scanValue(text: string, from: number): { start: number; end: number } | null {
  let i = from;
  while (i < text.length && WS.has(text[i] as string)) i++;
  if (text[i] !== '{' && text[i] !== '[') return null;
  const start = i;
  let depth = 0;
  let inString = false;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return { start, end: i + 1 };
    }
  }
  return null;
}

/**
 * Wrapped calls whose opening text is a special token that the decoded text leaves out (the
 * generated text is made of the tokens' bytes, and a special token has none): what remains is the
 * calls' JSON with whitespace (and any closing text that was spelled out) around and between them.
 * Such a text, when every value is an object naming one of the tools, is read as those calls;
 * any other text has none.
 */
function markersLeftOut(
  text: string,
  tools: readonly ToolDefinition[],
  options: ParseToolCallsOptions,
  parse: (json: string, offset: number) => unknown,
): ToolCall[] {
  const skip = [options.close, options.separator ?? '\n'].map((t) => (t ?? '').trim()).filter((t) => t !== '');
  const values: unknown[] = [];
  let pos = 0;
  for (;;) {
    for (let moved = true; moved; ) {
      moved = false;
      while (pos < text.length && WS.has(text[pos] as string)) {
        pos++;
        moved = true;
      }
      for (const t of skip)
        if (values.length > 0 && text.startsWith(t, pos)) {
          pos += t.length;
          moved = true;
        }
    }
    if (pos >= text.length) break;
    const value = scanValue(text, pos);
    if (value === null || text[value.start] !== '{') return [];
    let v: unknown;
    try {
      v = parse(text.slice(value.start, value.end), value.start);
    } catch {
      return [];
    }
    const name = (v as { name?: unknown }).name;
    if (typeof name !== 'string' || !tools.some((t) => t.name === name)) return [];
    values.push(v);
    pos = value.end;
  }
  return toCalls(values, tools, options);
}

/** Parsed call values checked against the tools, in the OpenAI shape. */
function toCalls(
  values: readonly unknown[],
  tools: readonly ToolDefinition[],
  options: ParseToolCallsOptions,
): ToolCall[] {
  return values.map((v, index) => {
    const call = v as { name?: unknown; arguments?: unknown } | null;
    if (typeof call !== 'object' || call === null || typeof call.name !== 'string') {
      throw new KindlingError(ErrorCode.InvalidArgument, 'a tool call must be an object with a "name"', {
        context: { index },
      });
    }
    const tool = tools.find((t) => t.name === call.name);
    if (!tool)
      throw new KindlingError(ErrorCode.NotFound, `the call names "${call.name}", which is not a tool`, {
        context: { index, tool: call.name },
      });
    const args = call.arguments ?? {};
    if (!validateValue(tool.parameters ?? true, args)) {
      throw new KindlingError(
        ErrorCode.InvalidArgument,
        `the arguments of the call of "${tool.name}" do not validate against its schema`,
        {
          context: { index, tool: tool.name },
        },
      );
    }
    return {
      id: options.generateId ? options.generateId(index) : randomId(),
      type: 'function' as const,
      function: { name: tool.name, arguments: JSON.stringify(args) },
      parsedArguments: args,
    };
  });
}
