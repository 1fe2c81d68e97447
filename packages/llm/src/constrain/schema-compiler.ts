/**
 * JSON Schema (a subset of draft 2020-12) to the byte-level grammar of `nodes.ts`. A keyword the
 * grammar cannot enforce exactly is a compile error naming it, never ignored silently.
 */
import { ErrorCode, KindlingError } from '@kindling/core';
import type { JsonSchema } from '../types.js';
import { ArrayNode, ObjectNode, type ObjectProperty } from './container-nodes.js';
import { ChoiceNode, type GNode, LiteralsNode } from './nodes.js';
import { nextAfter, numberRangeNode } from './number-range.js';
import { MAX_LENGTH_CELLS, PatternStringNode } from './pattern-node.js';
import { compilePattern, MAX_DFA_STATES, MAX_NFA_STATES } from './regex.js';
import { IntegerNode, NumberNode, StringNode } from './scalar-nodes.js';
import { resolvePointer, validateValue } from './validate.js';

/** Options of {@link compileJsonSchema}. */
export interface CompileOptions {
  /**
   * Whitespace the output may contain: `'none'` (compact JSON) or `'single'` (default: one
   * optional space after each `:` and `,`, as `JSON.stringify`-compact and Python's `json.dumps`
   * both write). Nothing else: no newlines, no space before `:`, `,` or closing brackets.
   */
  whitespace?: 'none' | 'single';
}

/** A schema compiled for constrained decoding: reuse it for many constraints. */
export interface CompiledSchema {
  readonly schema: JsonSchema;
  /** Keywords accepted but not enforced (annotations such as `format`), one line each. */
  readonly notes: readonly string[];
  /** @internal */
  readonly root: GNode;
}

const ANNOTATIONS = new Set([
  'title',
  'description',
  'default',
  'examples',
  '$comment',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$schema',
  '$id',
  'contentEncoding',
  'contentMediaType',
  '$defs',
  'definitions',
]);

const SUPPORTED = new Set([
  ...ANNOTATIONS,
  'format',
  'type',
  'enum',
  'const',
  'anyOf',
  'oneOf',
  '$ref',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'pattern',
]);

const TYPES = ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null'] as const;
type TypeName = (typeof TYPES)[number];

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const encoder = new TextEncoder();

function fail(message: string, path: string, keyword?: string): never {
  throw new KindlingError(ErrorCode.NotSupported, `JSON Schema at ${path || '#'}: ${message}`, {
    context: keyword === undefined ? { path: path || '#' } : { path: path || '#', keyword },
  });
}

type SchemaObject = { readonly [k: string]: unknown };

function isObject(v: unknown): v is SchemaObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Compiler {
  readonly nodes: GNode[] = [];
  readonly notes: string[] = [];
  private readonly refs = new Map<string, ChoiceNode>();
  private any: ChoiceNode | undefined;

  constructor(
    readonly root: JsonSchema,
    readonly space: boolean,
  ) {}

  private add<T extends GNode>(node: T): T {
    this.nodes.push(node);
    return node;
  }

  /** `true`: any JSON value (one shared recursive node). */
  anyValue(): GNode {
    if (this.any) return this.any;
    const any = this.add(new ChoiceNode());
    this.any = any;
    const obj = this.add(new ObjectNode(this.space));
    obj.extra = any;
    const arr = this.add(new ArrayNode(this.space));
    arr.items = any;
    any.alts = [
      obj,
      arr,
      this.add(new StringNode(0, Number.POSITIVE_INFINITY)),
      this.add(new NumberNode()),
      this.literals(['true', 'false', 'null']),
    ];
    return any;
  }

  private literals(texts: readonly string[]): LiteralsNode {
    return this.add(new LiteralsNode(texts.map((t) => encoder.encode(t))));
  }

  compile(schema: unknown, path: string): GNode {
    if (schema === true) return this.anyValue();
    if (schema === false) fail('`false` admits no value', path);
    if (!isObject(schema)) fail('a schema must be an object or a boolean', path);
    for (const key of Object.keys(schema)) {
      if (!SUPPORTED.has(key))
        fail(`keyword "${key}" is not supported (it cannot be enforced by the decoding constraint)`, path, key);
    }
    if (schema.format !== undefined)
      this.notes.push(`${path || '#'}: format "${String(schema.format)}" is not enforced`);
    if (schema.uniqueItems === true) fail('keyword "uniqueItems": true is not supported', path, 'uniqueItems');
    const constraining = Object.keys(schema).filter((k) => !ANNOTATIONS.has(k) && k !== 'format');

    if (schema.$ref !== undefined) {
      const other = constraining.filter((k) => k !== '$ref');
      if (other.length > 0) fail(`keyword "${other[0]}" beside "$ref" is not supported`, path, other[0]);
      return this.ref(schema.$ref, path);
    }
    for (const kw of ['anyOf', 'oneOf'] as const) {
      if (schema[kw] === undefined) continue;
      const other = constraining.filter((k) => k !== kw);
      if (other.length > 0) fail(`keyword "${other[0]}" beside "${kw}" is not supported`, path, other[0]);
      const branches = schema[kw];
      if (!Array.isArray(branches) || branches.length === 0) fail(`"${kw}" must be a non-empty array`, path, kw);
      if (kw === 'oneOf') this.checkDisjoint(branches, path);
      const choice = this.add(new ChoiceNode());
      choice.alts = branches.map((b, k) => this.compile(b, `${path}/${kw}/${k}`));
      return choice;
    }
    if (schema.const !== undefined || schema.enum !== undefined) return this.enumeration(schema, path);

    let types: TypeName[];
    if (schema.type === undefined) types = [...TYPES];
    else {
      const list = Array.isArray(schema.type) ? schema.type : [schema.type];
      for (const t of list) if (!TYPES.includes(t as TypeName)) fail(`unknown type ${JSON.stringify(t)}`, path, 'type');
      types = list as TypeName[];
    }
    if (types.includes('number')) types = types.filter((t) => t !== 'integer');
    const alts = types.map((t) => this.typed(t, schema, path));
    if (alts.length === 1 && alts[0] !== undefined) return alts[0];
    const choice = this.add(new ChoiceNode());
    choice.alts = alts;
    return choice;
  }

  private ref(ref: unknown, path: string): GNode {
    if (typeof ref !== 'string' || !ref.startsWith('#'))
      fail(`only local "$ref"s ("#/...") are supported, got ${JSON.stringify(ref)}`, path, '$ref');
    let node = this.refs.get(ref);
    if (node) return node;
    const target = resolvePointer(this.root, ref);
    if (target === undefined) fail(`"$ref" ${ref} does not resolve`, path, '$ref');
    node = this.add(new ChoiceNode());
    this.refs.set(ref, node);
    node.alts = [this.compile(target, ref.slice(1))];
    return node;
  }

  private enumeration(schema: SchemaObject, path: string): GNode {
    let values: unknown[];
    if (schema.const !== undefined) values = [schema.const];
    else {
      if (!Array.isArray(schema.enum) || schema.enum.length === 0)
        fail('"enum" must be a non-empty array', path, 'enum');
      values = schema.enum;
    }
    // Other keywords beside enum/const narrow the values: keep those the rest of the schema admits.
    const rest: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(schema)) if (k !== 'enum' && k !== 'const') rest[k] = v;
    const kept = values.filter((v) => validateValue(rest, v, this.root));
    if (kept.length === 0)
      fail(
        'no value of "enum"/"const" satisfies the rest of the schema',
        path,
        schema.const !== undefined ? 'const' : 'enum',
      );
    return this.literals([...new Set(kept.map((v) => JSON.stringify(v)))]);
  }

  private typed(type: TypeName, s: SchemaObject, path: string): GNode {
    switch (type) {
      case 'null':
        return this.literals(['null']);
      case 'boolean':
        return this.literals(['true', 'false']);
      case 'string': {
        const min = this.count(s, 'minLength', path) ?? 0;
        const max = this.count(s, 'maxLength', path) ?? Number.POSITIVE_INFINITY;
        if (min > max) fail('minLength > maxLength', path, 'minLength');
        if (s.pattern === undefined) return this.add(new StringNode(min, max));
        return this.add(this.pattern(s.pattern, min, max, path));
      }
      case 'number': {
        if (s.multipleOf !== undefined)
          fail('keyword "multipleOf" is supported on integers only (type "integer")', path, 'multipleOf');
        const { lo, hi } = this.bounds(s, path, 'number');
        if (lo === undefined && hi === undefined) return this.add(new NumberNode());
        const node = numberRangeNode(lo, hi);
        if (node === null) fail('no number lies in the range', path, 'minimum');
        return this.add(node);
      }
      case 'integer': {
        const { lo: min, hi: max } = this.bounds(s, path, 'integer');
        const lo = Math.max(-MAX_SAFE, min === undefined ? -MAX_SAFE : Math.ceil(min));
        const hi = Math.min(MAX_SAFE, max === undefined ? MAX_SAFE : Math.floor(max));
        const step = this.multipleOf(s, path);
        const node = new IntegerNode(lo, hi, step);
        if (lo > hi || node.remain(node.initA, node.initB) === Number.POSITIVE_INFINITY)
          fail(
            'no integer lies in the range (bounds are also clamped to the safe integers ±(2^53 - 1))',
            path,
            'minimum',
          );
        return this.add(node);
      }
      case 'array':
        return this.array(s, path);
      default:
        return this.object(s, path);
    }
  }

  /**
   * The range of `minimum`/`maximum`/`exclusiveMinimum`/`exclusiveMaximum` as inclusive double
   * bounds (an exclusive bound becomes the next double inside it).
   */
  private bounds(
    s: SchemaObject,
    path: string,
    what: 'number' | 'integer',
  ): { lo: number | undefined; hi: number | undefined } {
    const num = (kw: string): number | undefined => {
      const v = s[kw];
      if (v === undefined) return undefined;
      if (typeof v !== 'number' || !Number.isFinite(v)) fail(`"${kw}" must be a finite number`, path, kw);
      return v;
    };
    let lo = num('minimum');
    let hi = num('maximum');
    const xmin = num('exclusiveMinimum');
    const xmax = num('exclusiveMaximum');
    if (xmin !== undefined) lo = Math.max(lo ?? Number.NEGATIVE_INFINITY, nextAfter(xmin, 1));
    if (xmax !== undefined) hi = Math.min(hi ?? Number.POSITIVE_INFINITY, nextAfter(xmax, -1));
    if (lo !== undefined && hi !== undefined && lo > hi) fail(`no ${what} lies in the range`, path, 'minimum');
    return { lo, hi };
  }

  /** A string that contains a match of `pattern`, of `min`..`max` characters. */
  private pattern(pattern: unknown, min: number, max: number, path: string): GNode {
    if (typeof pattern !== 'string') fail('"pattern" must be a string', path, 'pattern');
    try {
      new RegExp(pattern, 'u');
    } catch (e) {
      fail(`"pattern" is not a valid ECMAScript regular expression (${(e as Error).message})`, path, 'pattern');
    }
    const unsupported = (construct: string): never =>
      fail(`"pattern" uses ${construct}, which is not supported`, path, 'pattern');
    const tooLarge = (): never =>
      fail(
        `"pattern" needs a larger automaton than supported (${MAX_DFA_STATES} states, ${MAX_NFA_STATES} before determinization, ${MAX_LENGTH_CELLS} state × length cells with maxLength, bounded compile work)`,
        path,
        'pattern',
      );
    const node = new PatternStringNode(compilePattern(pattern, unsupported, tooLarge), min, max, tooLarge);
    if (node.remain(node.initA, node.initB) === Number.POSITIVE_INFINITY)
      fail('no string matches "pattern" within minLength/maxLength', path, 'pattern');
    return node;
  }

  /** `multipleOf` of an integer: a positive safe integer (1 when absent). */
  private multipleOf(s: SchemaObject, path: string): number {
    const v = s.multipleOf;
    if (v === undefined) return 1;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1)
      fail('"multipleOf" is supported on integers only, as a positive safe integer', path, 'multipleOf');
    return v;
  }

  private count(s: SchemaObject, kw: string, path: string): number | undefined {
    const v = s[kw];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
      fail(`"${kw}" must be a non-negative integer`, path, kw);
    return v;
  }

  private array(s: SchemaObject, path: string): GNode {
    const node = this.add(new ArrayNode(this.space));
    node.minItems = this.count(s, 'minItems', path) ?? 0;
    node.maxItems = this.count(s, 'maxItems', path) ?? Number.POSITIVE_INFINITY;
    if (node.minItems > node.maxItems) fail('minItems > maxItems', path, 'minItems');
    if (s.prefixItems !== undefined) {
      if (!Array.isArray(s.prefixItems)) fail('"prefixItems" must be an array', path, 'prefixItems');
      const prefix: GNode[] = [];
      for (const [k, item] of s.prefixItems.entries()) {
        if (item === false) break;
        prefix.push(this.compile(item, `${path}/prefixItems/${k}`));
      }
      node.prefix = prefix;
      if (prefix.length < s.prefixItems.length) node.maxItems = Math.min(node.maxItems, prefix.length);
    }
    node.items =
      s.items === false ? null : s.items === undefined ? this.anyValue() : this.compile(s.items, `${path}/items`);
    return node;
  }

  private object(s: SchemaObject, path: string): GNode {
    const node = this.add(new ObjectNode(this.space));
    const props = s.properties ?? {};
    if (!isObject(props)) fail('"properties" must be an object', path, 'properties');
    const required = s.required ?? [];
    if (!Array.isArray(required) || required.some((r) => typeof r !== 'string'))
      fail('"required" must be an array of strings', path, 'required');
    const add = s.additionalProperties;
    const extraSchema = add === undefined ? true : add;
    const list: ObjectProperty[] = [];
    for (const [name, value] of Object.entries(props)) {
      const isRequired = required.includes(name);
      if (value === false) {
        if (isRequired) fail(`required property "${name}" has schema false`, path, 'required');
        continue;
      }
      list.push({
        name,
        key: encoder.encode(JSON.stringify(name)),
        value: this.compile(value, `${path}/properties/${name}`),
        required: isRequired,
      });
    }
    // Required names without a declared schema take the additionalProperties schema.
    for (const name of new Set(required as string[])) {
      if (Object.hasOwn(props, name)) continue;
      if (extraSchema === false)
        fail(`required property "${name}" is not allowed by additionalProperties: false`, path, 'required');
      list.push({
        name,
        key: encoder.encode(JSON.stringify(name)),
        value: this.compile(extraSchema, `${path}/additionalProperties`),
        required: true,
      });
    }
    node.props = list;
    node.extra = extraSchema === false ? null : this.compile(extraSchema, `${path}/additionalProperties`);
    return node;
  }

  /** oneOf compiles like anyOf, so its branches must not overlap: checked here, conservatively. */
  private checkDisjoint(branches: readonly unknown[], path: string): void {
    const sigs = branches.map((b) => this.signature(b, 0));
    for (let x = 0; x < sigs.length; x++) {
      for (let y = x + 1; y < sigs.length; y++) {
        const p = sigs[x];
        const q = sigs[y];
        if (p === undefined || q === undefined) continue;
        if (![...p.types].some((t) => q.types.has(t))) continue;
        // Objects told apart by a required property with distinct constant values.
        const onlyObjects = p.types.size === 1 && q.types.size === 1 && p.types.has('object');
        const apart =
          onlyObjects &&
          [...p.consts.entries()].some(([k, vs]) => {
            const ws = q.consts.get(k);
            return ws !== undefined && ![...vs].some((v) => ws.has(v));
          });
        if (!apart)
          fail(
            `"oneOf" branches ${x} and ${y} may overlap (only provably disjoint branches are supported; use anyOf)`,
            path,
            'oneOf',
          );
      }
    }
  }

  /** JSON types a schema admits ('integer' counted as 'number'), and required constant properties. */
  private signature(schema: unknown, depth: number): { types: Set<string>; consts: Map<string, Set<string>> } {
    const all = {
      types: new Set<string>(['object', 'array', 'string', 'number', 'boolean', 'null']),
      consts: new Map(),
    };
    if (depth > 32 || !isObject(schema)) return all;
    if (typeof schema.$ref === 'string') return this.signature(resolvePointer(this.root, schema.$ref), depth + 1);
    const alts = schema.anyOf ?? schema.oneOf;
    if (Array.isArray(alts)) {
      const types = new Set<string>();
      for (const a of alts) for (const t of this.signature(a, depth + 1).types) types.add(t);
      return { types, consts: new Map() };
    }
    const values = schema.const !== undefined ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : undefined;
    if (values) return { types: new Set(values.map(jsonType)), consts: new Map() };
    let types = all.types;
    if (schema.type !== undefined) {
      const list = Array.isArray(schema.type) ? schema.type : [schema.type];
      types = new Set(list.map((t) => (t === 'integer' ? 'number' : String(t))));
    }
    const consts = new Map<string, Set<string>>();
    const props = isObject(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? schema.required : [];
    for (const name of required) {
      const p = props[name];
      if (!isObject(p)) continue;
      const vs = p.const !== undefined ? [p.const] : Array.isArray(p.enum) ? p.enum : undefined;
      if (vs) consts.set(name, new Set(vs.map((v) => JSON.stringify(v))));
    }
    return { types, consts };
  }

  /** Settles every node's shortest length, drops unsatisfiable options, checks the root. */
  settle(root: GNode): void {
    for (let round = 0; round <= this.nodes.length + 1; round++) {
      let changed = false;
      for (const n of this.nodes) {
        const m = n.computeMinLen();
        if (m < n.minLen) {
          n.minLen = m;
          changed = true;
        }
      }
      if (!changed) break;
    }
    const INF = Number.POSITIVE_INFINITY;
    if (root.minLen === INF) fail('the schema admits no finite JSON value', '');
    for (const n of this.nodes) {
      if (n instanceof ChoiceNode) n.alts = n.alts.filter((a) => a.minLen < INF);
      else if (n instanceof ObjectNode) {
        n.props = n.props.filter((p) => p.value.minLen < INF);
        if (n.extra !== null && n.extra.minLen === INF) n.extra = null;
      } else if (n instanceof ArrayNode) {
        const dead = n.prefix.findIndex((p) => p.minLen === INF);
        if (dead >= 0) {
          n.prefix = n.prefix.slice(0, dead);
          n.items = null;
        }
        if (n.items !== null && n.items.minLen === INF) n.items = null;
      }
    }
    for (const n of this.nodes) n.finalize();
  }
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'number' ? 'number' : typeof v;
}

/**
 * @internal Compiles each schema (each its own `$ref` root) and the grammar `wrap` builds around
 * them (tool calls), then settles them together.
 */
export function compileWith(
  schemas: readonly JsonSchema[],
  options: CompileOptions,
  wrap: (roots: GNode[], add: <T extends GNode>(n: T) => T, texts: (t: string[]) => LiteralsNode) => GNode,
): GNode {
  const space = (options.whitespace ?? 'single') === 'single';
  const host = new Compiler(true, space);
  const roots = schemas.map((s) => {
    const sub = new Compiler(s, space);
    const root = sub.compile(s, '');
    host.nodes.push(...sub.nodes);
    return root;
  });
  const add = <T extends GNode>(n: T): T => {
    host.nodes.push(n);
    return n;
  };
  const root = wrap(roots, add, (t) => add(new LiteralsNode(t.map((x) => encoder.encode(x)))));
  host.settle(root);
  return root;
}

/**
 * Compiles a JSON Schema for constrained decoding. Supported: `type` (also arrays of types),
 * `properties`, `required`, `additionalProperties`, `items`, `prefixItems`, `minItems`, `maxItems`,
 * `enum`, `const`, `anyOf`, `oneOf` (provably disjoint branches only), `minLength`, `maxLength`,
 * `pattern`, `minimum`/`maximum`/`exclusiveMinimum`/`exclusiveMaximum` (integers and numbers),
 * `multipleOf` (integers, a positive integer step), local `$ref` with `$defs`; `format` and
 * annotations are accepted and not enforced (listed in `notes`). Any other keyword throws a
 * `KindlingError` naming it.
 *
 * `pattern` is an ECMAScript regular expression in unicode mode, unanchored as JSON Schema says (the
 * string must contain a match; `^`/`$` anchor it): literals, escapes (`\d \w \s \D \W \S`,
 * `\t`, `\xHH`, `\uHHHH`, `\u{...}`, escaped syntax characters), classes with ranges and
 * negation, `.`, groups (`(...)`, `(?:...)`, `(?<name>...)`), alternation, greedy or lazy
 * quantifiers, and `^`/`$` at the start/end of a top-level alternative. Lookaround,
 * backreferences, `\b`/`\B`, `\p{...}` and anchors elsewhere throw `NotSupported` naming the
 * construct, as does a pattern whose automaton (with `minLength`/`maxLength`) would exceed the size
 * limits (4,096 DFA states, 20,000 states before determinization, 2^19 state × length cells).
 *
 * The output it admits: compact JSON (optionally one space after `:` and `,`), object properties in
 * the schema's order (optional ones may be left out; extra properties, when allowed, come last
 * with names of `[A-Za-z0-9_-]`), integers within the safe range, numbers with at most 16 integer
 * and 16 fraction digits and a two-digit exponent (no exponent when the number has a bound: then
 * a number is admitted exactly when the double `JSON.parse` gives lies in the range), strings of
 * well-formed UTF-8 with JSON escapes (a `pattern` applies to the decoded characters).
 */
export function compileJsonSchema(schema: JsonSchema, options: CompileOptions = {}): CompiledSchema {
  const c = new Compiler(schema, (options.whitespace ?? 'single') === 'single');
  const root = c.compile(schema, '');
  c.settle(root);
  return { schema, notes: c.notes, root };
}
