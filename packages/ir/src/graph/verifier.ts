import { ErrorCode, elementSize, KindlingError } from '@kindling/core';
import { TensorShapeDynamism } from '../program-data.js';
import { CALL_DELEGATE, type Graph, type Node, type Value } from './graph.js';
import { defaultSchemas, type SchemaRegistry } from './schema.js';
import { inferOutputTypes } from './shape-inference.js';

/** Options for {@link verifyGraph}. */
export interface VerifyOptions {
  schemas?: SchemaRegistry;
  /**
   * Check that static output types agree with shape and dtype inference (default `true`). Only
   * what inference determines is compared.
   */
  checkTypes?: boolean;
}

/** Problems found by {@link findGraphProblems}, one message each. */
export function findGraphProblems(graph: Graph, options: VerifyOptions = {}): string[] {
  const schemas = options.schemas ?? defaultSchemas;
  const problems: string[] = [];
  const defined = new Set<Value>();
  const graphValues = new Set(graph.values);
  for (const v of graph.values) {
    if (v.producer === null && v.source === null) problems.push(`${v.name} has no producer and no source`);
    if (v.producer && !v.producer.outputs.includes(v))
      problems.push(`${v.name} names a producer that does not define it`);
    if (v.producer === null) defined.add(v);
    if (v.source === 'alias') {
      if (!v.aliasOf || !graphValues.has(v.aliasOf)) problems.push(`alias ${v.name} has no base in the graph`);
      else if (v.type.kind !== 'tensor' || v.aliasOf.type.kind !== 'tensor')
        problems.push(`alias ${v.name} is not a tensor view`);
    }
    if (v.source === 'constant') {
      const want = v.type.kind === 'tensor' ? v.type.shape.reduce((a, b) => a * b, 1) * elementSize(v.type.dtype) : 0;
      if (!v.data) problems.push(`constant ${v.name} has no data`);
      else if (v.data.byteLength !== want)
        problems.push(`constant ${v.name} holds ${v.data.byteLength} B, its type needs ${want} B`);
    }
  }
  for (const v of graph.inputs)
    if (v.source !== 'input') problems.push(`graph input ${v.name} is not marked as an input`);

  // Uses recomputed from the nodes must match the maintained `users`.
  const uses = new Map<Value, Set<Node>>();
  graph.nodes.forEach((node, i) => {
    const where = `node ${i} (${node.op})`;
    for (const v of node.inputs) {
      if (!graphValues.has(v)) problems.push(`${where} reads ${v.name}, which is not in the graph`);
      else if (!defined.has(v)) problems.push(`${where} reads ${v.name} before it is defined`);
      const set = uses.get(v) ?? new Set();
      set.add(node);
      uses.set(v, set);
    }
    for (const m of node.mutates)
      if (!node.inputs.includes(m)) problems.push(`${where} writes ${m.name} without reading it`);
    for (const o of node.outputs) {
      if (o.producer !== node) problems.push(`${where} defines ${o.name}, whose producer is another node`);
      if (defined.has(o)) problems.push(`${where} redefines ${o.name}`);
      defined.add(o);
    }
    if (node.op === CALL_DELEGATE) {
      if (!node.delegate) problems.push(`${where} has no delegate`);
      return;
    }
    const schema = schemas.get(node.op);
    if (!schema) {
      if (!node.target) problems.push(`${where}: unknown operator without a program operator to emit`);
      return;
    }
    if (node.args.length > schema.inputs.length) {
      problems.push(`${where} has ${node.args.length} arguments, the schema takes ${schema.inputs.length}`);
      return;
    }
    for (let a = node.args.length; a < schema.inputs.length; a++) {
      if ((schema.inputs[a] as { default?: string }).default === undefined) {
        problems.push(`${where} omits argument ${schema.inputs[a]?.name}, which has no default`);
      }
    }
    const listOut = schema.outs.some((o) => o.list);
    const wantOuts = schema.entry.kind === 'inplace' ? 0 : schema.entry.kind === 'out' ? schema.outs.length : 1;
    if (!listOut && node.outputs.length !== wantOuts) {
      problems.push(`${where} defines ${node.outputs.length} values, the schema ${wantOuts}`);
      return;
    }
    if (options.checkTypes === false) return;
    let inferred: ReturnType<typeof inferOutputTypes>;
    try {
      inferred = inferOutputTypes(schema, node.args, node.outputs.length);
    } catch (e) {
      problems.push(`${where}: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    node.outputs.forEach((o, k) => {
      const want = inferred[k];
      if (!want) return;
      if (want.kind === 'int') {
        if (o.type.kind !== 'int') problems.push(`${where}: output ${o.name} should be an int`);
        return;
      }
      if (o.type.kind !== 'tensor') {
        problems.push(`${where}: output ${o.name} should be a tensor`);
        return;
      }
      if (want.dtype !== undefined && want.dtype !== o.type.dtype) {
        problems.push(`${where}: output ${o.name} has dtype ${o.type.dtype}, inference gives ${want.dtype}`);
      }
      if (
        o.type.dynamism !== TensorShapeDynamism.STATIC ||
        node.inputs.some((v) => v.type.kind === 'tensor' && v.type.dynamism !== TensorShapeDynamism.STATIC)
      )
        return;
      if (want.shape && want.shape.join(',') !== o.type.shape.join(',')) {
        problems.push(
          `${where}: output ${o.name} has shape [${o.type.shape.join(',')}], inference gives [${want.shape.join(',')}]`,
        );
      }
    });
  });
  for (const v of graph.values) {
    const want = uses.get(v) ?? new Set<Node>();
    const have = new Set(v.users);
    if (want.size !== have.size || [...want].some((n) => !have.has(n)))
      problems.push(`users of ${v.name} are out of sync`);
  }
  for (const v of graph.outputs) {
    if (!graphValues.has(v)) problems.push(`graph output ${v.name} is not in the graph`);
    else if (!defined.has(v)) problems.push(`graph output ${v.name} is never defined`);
  }
  return problems;
}

/** Throws an `InvalidProgram` error listing every problem {@link findGraphProblems} finds. */
export function verifyGraph(graph: Graph, options: VerifyOptions = {}): void {
  const problems = findGraphProblems(graph, options);
  if (problems.length > 0) {
    throw new KindlingError(
      ErrorCode.InvalidProgram,
      `graph ${graph.name} is invalid:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  (${problems.length - 20} more)` : ''}`,
    );
  }
}
