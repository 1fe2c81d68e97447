import { dtypeName, ErrorCode, KindlingError } from '@kindling/core';
import {
  describeProgram,
  FlatTensorFile,
  fileIdentifier,
  formatMethodInstructions,
  type MethodSummary,
  type ProgramSummary,
  PteFile,
  readBundledProgram,
  type ValueSummary,
} from '@kindling/ir';
import { parseArgs } from '../args.js';
import { FileSource } from '../file-source.js';
import { type CliIo, escapeControls, escapeStrings, safeJson } from '../io.js';

export const INSPECT_USAGE = `usage: kindling inspect FILE [--json] [--instructions] [--method NAME]

Summarises an ExecuTorch program (.pte), bundled program (.bpte) or tensor data file (.ptd):
methods with their inputs and outputs, operators with call counts, delegates, constant methods
and their values, segments, constant bytes and planned memory.

  --json           print the same facts as JSON
  --instructions   also list every instruction, one per line
  --method NAME    only this method`;

const bytes = (n: number) => `${n.toLocaleString('en-US')} B`;

function valueLine(v: ValueSummary): string {
  if (v.type === 'Tensor') {
    const extras = [v.dynamism !== 'static' ? v.dynamism : '', v.storage !== 'planned' ? v.storage : '']
      .filter(Boolean)
      .join(', ');
    const dimOrder = v.dimOrder?.some((d, i) => d !== i) ? ` dim_order=[${v.dimOrder?.join(',')}]` : '';
    const value = v.value !== undefined ? ` = ${JSON.stringify(v.value)}` : '';
    return `%${v.index}  ${v.dtype}[${v.shape?.join(', ')}]${dimOrder}${extras ? `  (${extras})` : ''}${value}`;
  }
  return `%${v.index}  ${v.type}${v.value !== undefined ? ` = ${JSON.stringify(v.value)}` : ''}`;
}

function methodText(m: MethodSummary, instructions: string[] | undefined): string[] {
  const lines: string[] = [];
  if (m.constant) {
    const values = m.outputs.map((o) => (o.value !== undefined ? JSON.stringify(o.value) : valueLine(o)));
    lines.push(`constant method ${m.name} = ${values.length === 1 ? values[0] : `(${values.join(', ')})`}`);
    return lines;
  }
  lines.push(`method ${m.name}  (${m.instructions} instructions, ${m.values} values)`);
  lines.push(`  inputs (${m.inputs.length}):`);
  for (const v of m.inputs) lines.push(`    ${valueLine(v)}`);
  lines.push(`  outputs (${m.outputs.length}):`);
  for (const v of m.outputs) lines.push(`    ${valueLine(v)}`);
  if (m.operators.length > 0) {
    lines.push(`  operators (${m.operators.length}):`);
    for (const op of m.operators) lines.push(`    ${op.name}  x${op.count}`);
  }
  if (m.delegates.length > 0) {
    lines.push(`  delegates (${m.delegates.length}):`);
    for (const d of m.delegates) {
      const specs = d.compileSpecs.map((c) => `${c.key} (${c.size} B)`).join(', ') || 'none';
      lines.push(
        `    #${d.index} ${d.id}: payload ${bytes(d.payloadSize)} in ${d.location} ${d.dataIndex}, ${d.calls} call(s), compile specs: ${specs}`,
      );
    }
  }
  if (m.externalTensors.length > 0) {
    lines.push(`  external tensors (${m.externalTensors.length}, need a .ptd):`);
    for (const t of m.externalTensors) lines.push(`    ${t.name}  ${t.dtype}[${t.shape.join(', ')}]`);
  }
  const planned = m.plannedMemory.map((p) => `arena ${p.memoryId}: ${bytes(p.bytes)}`).join(', ');
  lines.push(`  planned memory: ${planned || 'none'}`);
  if (instructions) {
    lines.push('  instructions:');
    for (const l of instructions) lines.push(`    ${l}`);
  }
  return lines;
}

function programText(name: string, s: ProgramSummary, instructions: Map<string, string[]> | undefined): string {
  const h = s.extendedHeader;
  const lines = [
    `${name}: ExecuTorch program (${s.identifier}), ${bytes(s.size)}`,
    h
      ? `  extended header: ${h.length} B, program ${bytes(h.programSize)}, segments at ${h.segmentBaseOffset} (${bytes(h.segmentDataSize)})`
      : '  extended header: none',
    `  constants: ${s.constants.buffers} buffer(s), ${bytes(s.constants.bytes)} (${s.constants.storage})`,
    `  segments (${s.segments.length}):`,
    ...s.segments.map(
      (g) => `    #${g.index} offset ${g.offset}, ${bytes(g.size)}${g.use.length ? ` (${g.use.join(', ')})` : ''}`,
    ),
  ];
  if (s.namedData.length > 0) {
    lines.push(`  named data (${s.namedData.length}):`);
    for (const n of s.namedData) lines.push(`    ${n.key}  segment ${n.segment}, ${bytes(n.size)}`);
  }
  const regular = s.methods.filter((m) => !m.constant);
  const constant = s.methods.filter((m) => m.constant);
  lines.push(`  methods: ${s.methods.length} (${regular.length} executable, ${constant.length} constant)`);
  for (const m of regular) lines.push('', ...methodText(m, instructions?.get(m.name)));
  if (constant.length > 0) lines.push('');
  for (const m of constant) lines.push(...methodText(m, undefined));
  return lines.join('\n');
}

/** `kindling inspect`. */
export async function inspectCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ['method'], ['json', 'instructions', 'help']);
  if (parsed.flags.has('help')) {
    io.out(INSPECT_USAGE);
    return 0;
  }
  const [path, ...rest] = parsed.positional;
  if (!path || rest.length > 0)
    throw new KindlingError(ErrorCode.InvalidArgument, 'expected one file (kindling inspect --help shows the usage)');
  const source = new FileSource(path);
  try {
    const head = source.read(0, Math.min(8, source.size));
    const id = fileIdentifier(head);
    const json = parsed.flags.has('json');
    const only = parsed.options.get('method')?.[0];

    if (id === 'FT01') {
      const ptd = FlatTensorFile.read(source);
      const tensors = ptd.data.namedData.map((n) => ({
        key: n.key,
        dtype: n.layout ? dtypeName(n.layout.scalarType) : null,
        shape: n.layout ? [...n.layout.sizes] : null,
        dimOrder: n.layout ? [...n.layout.dimOrder] : null,
        segment: n.segmentIndex,
        size: Number(ptd.data.segments[n.segmentIndex]?.size ?? 0),
      }));
      if (json) io.out(safeJson({ kind: 'tensor-data', size: source.size, version: ptd.data.version, tensors }, 2));
      else {
        io.out(`${escapeControls(path)}: tensor data file (FT01), ${bytes(source.size)}, ${tensors.length} tensor(s)`);
        for (const t of escapeStrings(tensors)) {
          io.out(
            `  ${t.key}  ${t.dtype ?? '?'}[${t.shape?.join(', ') ?? '?'}]  segment ${t.segment}, ${bytes(t.size)}`,
          );
        }
      }
      return 0;
    }

    let programSource: FileSource | Uint8Array = source;
    let bundled: ReturnType<typeof readBundledProgram> | undefined;
    if (id === 'BP08') {
      bundled = readBundledProgram(source.read(0, source.size));
      programSource = bundled.program;
    }
    const file = PteFile.read(programSource);
    const summary = describeProgram(file);
    if (only !== undefined) {
      file.plan(only);
      summary.methods = summary.methods.filter((m) => m.name === only);
    }
    const instructions = parsed.flags.has('instructions')
      ? new Map(file.program.executionPlan.map((p) => [p.name, formatMethodInstructions(p)]))
      : undefined;
    // Text output lays names out into lines: each one is escaped first, newlines included.
    const shown = <T>(value: T): T => (json ? value : escapeStrings(value));
    const bundledInfo = bundled
      ? {
          version: bundled.version,
          programSize: bundled.program.byteLength,
          suites: bundled.suites.map((s) => ({ method: shown(s.methodName), testCases: s.testCases.length })),
        }
      : undefined;
    if (json) {
      const out = {
        kind: bundled ? 'bundled-program' : 'program',
        ...(bundledInfo ? { bundled: bundledInfo } : {}),
        ...summary,
        ...(instructions
          ? { methods: summary.methods.map((m) => ({ ...m, instructionText: instructions.get(m.name) ?? [] })) }
          : {}),
      };
      io.out(safeJson(out, 2));
    } else {
      if (bundledInfo) {
        io.out(
          `${escapeControls(path)}: bundled program (BP08), ${bytes(source.size)}, wrapping a ${bytes(bundledInfo.programSize)} program`,
        );
        for (const s of bundledInfo.suites) io.out(`  test suite for ${s.method}: ${s.testCases} case(s)`);
      }
      const lines = instructions && new Map([...instructions].map(([k, v]) => [shown(k), shown(v)]));
      io.out(programText(bundled ? '  wrapped program' : escapeControls(path), shown(summary), lines));
    }
    return 0;
  } finally {
    source.close();
  }
}
