import { ScalarType } from '@kindling/core';
import { TensorShapeDynamism } from '../program-data.js';
import { type Argument, CALL_DELEGATE, type Graph, type Node, type Value, type ValueType } from './graph.js';

// Keyed by an imported enum: built in a pure-annotated call so that bundlers can drop it.
const SHORT: Partial<Record<ScalarType, string>> = /* @__PURE__ */ (() => ({
  [ScalarType.Byte]: 'u8',
  [ScalarType.Char]: 'i8',
  [ScalarType.Short]: 'i16',
  [ScalarType.Int]: 'i32',
  [ScalarType.Long]: 'i64',
  [ScalarType.Half]: 'f16',
  [ScalarType.Float]: 'f32',
  [ScalarType.Double]: 'f64',
  [ScalarType.Bool]: 'bool',
  [ScalarType.BFloat16]: 'bf16',
  [ScalarType.UInt16]: 'u16',
  [ScalarType.UInt32]: 'u32',
  [ScalarType.UInt64]: 'u64',
}))();

/** Short dtype name used by the printer (`f32`, `i64`, `bool`, ...). */
export function shortDtype(t: ScalarType): string {
  return SHORT[t] ?? `dtype${t}`;
}

/** `f32[1,64]`; a non-contiguous dim order follows in braces, dynamic shapes are marked `<=`. */
export function formatType(t: ValueType): string {
  if (t.kind !== 'tensor') return t.kind;
  const bound =
    t.dynamism === TensorShapeDynamism.STATIC ? '' : t.dynamism === TensorShapeDynamism.DYNAMIC_BOUND ? '<=' : '?';
  const order = t.dimOrder.some((d, i) => d !== i) ? `{${t.dimOrder.join(',')}}` : '';
  return `${shortDtype(t.dtype)}[${bound}${t.shape.join(',')}]${order}`;
}

function formatFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const s = String(x);
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

/** One argument as the printer writes it. */
export function formatArgument(a: Argument): string {
  switch (a.kind) {
    case 'value':
      return a.value.name;
    case 'none':
      return 'None';
    case 'int':
      return a.value.toString();
    case 'float':
      return formatFloat(a.value);
    case 'bool':
      return a.value ? 'True' : 'False';
    case 'string':
      return JSON.stringify(a.value);
    case 'int-list':
      return `[${a.items.map((i) => (typeof i === 'bigint' ? i.toString() : i.name)).join(', ')}]`;
    case 'float-list':
      return `[${a.items.map(formatFloat).join(', ')}]`;
    case 'bool-list':
      return `[${a.items.map((b) => (b ? 'True' : 'False')).join(', ')}]`;
    case 'tensor-list':
      return `[${a.items.map((v) => v.name).join(', ')}]`;
    case 'optional-tensor-list':
      return `[${a.items.map((v) => (v ? v.name : 'None')).join(', ')}]`;
  }
}

const decl = (v: Value) => `${v.name}: ${formatType(v.type)}`;

/** One node: `%3: f32[1,64] = aten.add.Tensor(%1, %2, 1)`. */
export function formatNode(node: Node): string {
  const lhs = node.outputs.length > 0 ? `${node.outputs.map(decl).join(', ')} = ` : '';
  const op = node.op === CALL_DELEGATE && node.delegate ? `${node.op}[${node.delegate.id}]` : node.op;
  const mutates = node.mutates.length > 0 ? `  # writes ${node.mutates.map((v) => v.name).join(', ')}` : '';
  return `${lhs}${op}(${node.args.map(formatArgument).join(', ')})${mutates}`;
}

function formatSourceValue(v: Value): string {
  switch (v.source) {
    case 'constant':
      return `${decl(v)} = constant(${v.data?.byteLength ?? 0} B)`;
    case 'buffer':
      return `${decl(v)} = buffer(${v.data ? `${v.data.byteLength} B initial` : 'uninitialised'})`;
    case 'external':
      return `${decl(v)} = external(${JSON.stringify(v.extraTensorInfo?.fullyQualifiedName ?? '')})`;
    case 'alias':
      return `${decl(v)} = alias(${v.aliasOf?.name ?? '?'})`;
    case 'placeholder':
      return `${decl(v)} = placeholder()`;
    case 'literal':
      return `${decl(v)} = literal(${typeof v.literal === 'string' ? JSON.stringify(v.literal) : String(v.literal)})`;
    default:
      return decl(v);
  }
}

/**
 * Prints a graph deterministically: a header with inputs, the values that no node produces
 * (constants, buffers, ...) in id order, one line per node in execution order, and the outputs.
 */
export function printGraph(graph: Graph): string {
  const lines = [`graph ${graph.name}(${graph.inputs.map(decl).join(', ')}) {`];
  for (const v of graph.values) {
    if (v.producer || v.source === 'input' || v.source === null) continue;
    if (v.users.length === 0 && !graph.outputs.includes(v)) continue;
    lines.push(`  ${formatSourceValue(v)}`);
  }
  for (const n of graph.nodes) lines.push(`  ${formatNode(n)}`);
  lines.push(`  return (${graph.outputs.map((v) => v.name).join(', ')})`);
  lines.push('}');
  return lines.join('\n');
}
