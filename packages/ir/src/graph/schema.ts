import { ErrorCode, KindlingError } from '@kindling/core';
import { OP_SCHEMAS, type OpSchemaEntry } from './op-schemas.js';

/** One parsed schema argument. */
export interface SchemaArgument {
  readonly name: string;
  /** Base type without `?`/`[]`, e.g. `Tensor`, `int`, `SymInt`, `Scalar`, `float`, `bool`, `str`. */
  readonly type: string;
  readonly list: boolean;
  /** Fixed list length where the schema gives one (`int[2]`). */
  readonly listSize?: number;
  readonly optional: boolean;
  /** Keyword-only (after `*`). */
  readonly kwargOnly: boolean;
  /** An out argument (a written alias annotation such as `Tensor(a!)` after `*`). */
  readonly out: boolean;
  /** The default as written in the schema, or `undefined` when there is none. */
  readonly default?: string;
}

/** A parsed operator schema with its table row. */
export interface OpSchema {
  /** Functional op name, `aten.add.Tensor`. */
  readonly op: string;
  /** Program operator name, `aten::add`. */
  readonly operatorName: string;
  /** Program operator overload, `out`. */
  readonly overload: string;
  /** Every argument in kernel order, out arguments included. */
  readonly arguments: readonly SchemaArgument[];
  /** The non-out arguments (a node's `args`). */
  readonly inputs: readonly SchemaArgument[];
  /** The out arguments. */
  readonly outs: readonly SchemaArgument[];
  /** Number of values a node of this op defines (for a `Tensor[] out`, determined per node). */
  readonly entry: OpSchemaEntry;
}

function parseArgument(text: string, kwargOnly: boolean): SchemaArgument {
  const m = /^(\w+)(\([a-z]!?\))?(\[\d*\])?(\?)?(\([a-z]!?\))?(\[\d*\])?(\?)?\s+(\w+)(?:=(.*))?$/.exec(text.trim());
  if (!m) throw new KindlingError(ErrorCode.Internal, `cannot parse schema argument "${text}"`);
  const alias = m[2] ?? m[5] ?? '';
  const listText = m[3] ?? m[6];
  const list = !!listText;
  const listSize = listText && listText.length > 2 ? Number(listText.slice(1, -1)) : undefined;
  const optional = !!(m[4] ?? m[7]);
  const arg: SchemaArgument = {
    name: m[8] as string,
    type: m[1] as string,
    list,
    ...(listSize !== undefined ? { listSize } : {}),
    optional,
    kwargOnly,
    out: kwargOnly && alias.endsWith('!)'),
    ...(m[9] !== undefined ? { default: m[9] } : {}),
  };
  return arg;
}

/** Parses an ATen-syntax signature (`ns::name.overload(args) -> returns`). */
export function parseSignature(signature: string): { name: string; overload: string; arguments: SchemaArgument[] } {
  const m = /^([\w:]+?)(?:\.(\w+))?\((.*)\)\s*->/.exec(signature);
  if (!m) throw new KindlingError(ErrorCode.Internal, `cannot parse schema "${signature}"`);
  const args: SchemaArgument[] = [];
  let kw = false;
  for (const part of (m[3] as string).split(',').map((s) => s.trim())) {
    if (part === '') continue;
    if (part === '*') {
      kw = true;
      continue;
    }
    args.push(parseArgument(part, kw));
  }
  return { name: m[1] as string, overload: m[2] ?? '', arguments: args };
}

function build(entry: OpSchemaEntry): OpSchema {
  const parsed = parseSignature(entry.signature);
  return {
    op: entry.op,
    operatorName: parsed.name,
    overload: parsed.overload,
    arguments: parsed.arguments,
    inputs: parsed.arguments.filter((a) => !a.out),
    outs: parsed.arguments.filter((a) => a.out),
    entry,
  };
}

/** Looks schemas up by functional op name or by program operator. */
export class SchemaRegistry {
  private readonly byOp = new Map<string, OpSchema>();
  private readonly byOperator = new Map<string, OpSchema>();

  constructor(entries: readonly OpSchemaEntry[] = OP_SCHEMAS) {
    for (const e of entries) {
      const s = build(e);
      this.byOp.set(s.op, s);
      this.byOperator.set(`${s.operatorName}.${s.overload}`, s);
    }
  }

  /** The schema of functional op `op` (`aten.add.Tensor`). */
  get(op: string): OpSchema | undefined {
    return this.byOp.get(op);
  }

  /** The schema whose program operator is `name`/`overload` (`aten::add`, `out`). */
  forOperator(name: string, overload: string): OpSchema | undefined {
    return this.byOperator.get(`${name}.${overload}`);
  }

  /** Every schema. */
  all(): OpSchema[] {
    return [...this.byOp.values()];
  }
}

/** The default registry over {@link OP_SCHEMAS}. */
export const defaultSchemas = /* @__PURE__ */ new SchemaRegistry();

/**
 * The functional op name used for a program operator without a schema in the table: namespace and
 * name joined with dots, the overload kept (`etnp::lstm` / `out` gives `etnp.lstm.out`).
 */
export function fallbackOpName(name: string, overload: string): string {
  return `${name.replace('::', '.')}.${overload || 'default'}`;
}

/** Throws unless `op` has a schema. */
export function requireSchema(op: string, registry: SchemaRegistry = defaultSchemas): OpSchema {
  const s = registry.get(op);
  if (!s) throw new KindlingError(ErrorCode.NotFound, `no schema for operator ${op}`);
  return s;
}
