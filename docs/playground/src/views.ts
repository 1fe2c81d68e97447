/** The page's panels: the program, the outputs of a run and its timings, and errors. */
import type { XnnpackDelegateInfo } from '@kindling/backend-xnnpack';
import { dtypeName, KindlingError, Tensor } from '@kindling/core';
import type { ValueSummary } from '@kindling/ir';
import { type MethodOutput, tensorElements } from '@kindling/runtime';
import { formatBytes, h, type TableRow, table } from './dom.js';
import type { DelegateInfo, MethodInfo, ProgramInfo } from './program-info.js';
import type { RunResult } from './run-method.js';
import { MAX_BARS, timingChart } from './timing-chart.js';

/** Values shown per output tensor. */
const SHOWN_VALUES = 16;

const DYNAMISM: Record<string, string> = {
  static: 'static',
  dynamic_bound: 'dynamic, bounded by these sizes',
  dynamic_unbound: 'dynamic, unbounded',
};

function valueRows(values: readonly ValueSummary[]) {
  return values.map((v, i) => ({
    cells: [
      String(i),
      v.type === 'Tensor' ? (v.dtype ?? '?') : v.type,
      v.type === 'Tensor' ? `[${v.shape?.join(', ')}]` : v.value === undefined ? '' : JSON.stringify(v.value),
      v.type === 'Tensor' ? (DYNAMISM[v.dynamism ?? 'static'] ?? '') : '',
    ],
    data: { dtype: v.dtype ?? v.type, shape: v.shape?.join(',') ?? '' },
  }));
}

function nodeTypesText(types: DelegateInfo['nodeTypes']): string {
  if (types === null) return 'no reader for this backend';
  if (KindlingError.isInstance(types)) return `unreadable payload: ${types.codeName}: ${types.message}`;
  return types.join(', ') || 'none';
}

function methodView({ summary: m, delegates }: MethodInfo): HTMLElement {
  const section = h('section', { class: 'method', 'data-method': m.name }, h('h3', {}, `Method ${m.name}`));
  if (m.constant) {
    section.append(h('p', {}, 'A constant method: it returns stored values and runs nothing.'));
  }
  section.append(
    h('p', {}, `${m.instructions} instructions, ${m.values} values`),
    h('h4', {}, `Inputs (${m.inputs.length})`),
    table(['#', 'dtype', 'shape', 'shape dynamism'], valueRows(m.inputs)),
    h('h4', {}, `Outputs (${m.outputs.length})`),
    table(['#', 'dtype', 'shape', 'shape dynamism'], valueRows(m.outputs)),
  );
  section.append(
    h('h4', {}, `Operators (${m.operators.length})`),
    m.operators.length === 0
      ? h('p', {}, delegates.length > 0 ? 'None: every computation is delegated.' : 'None.')
      : table(
          ['operator', 'calls'],
          m.operators.map((op) => ({
            cells: [h('code', {}, op.name), String(op.count)],
            data: { op: op.name, count: op.count },
          })),
        ),
  );
  if (delegates.length > 0) {
    section.append(
      h('h4', {}, `Delegates (${delegates.length})`),
      table(
        ['#', 'backend', 'payload', 'calls', 'node types'],
        delegates.map((d) => ({
          cells: [
            String(d.index),
            h('code', {}, d.id),
            formatBytes(d.payloadBytes),
            String(d.calls),
            nodeTypesText(d.nodeTypes),
          ],
          data: { delegate: d.id, payload: d.payloadBytes, calls: d.calls },
        })),
      ),
    );
  }
  const planned = m.plannedMemory;
  section.append(
    h('h4', {}, 'Planned memory'),
    planned.length === 0
      ? h('p', {}, 'None.')
      : table(
          ['buffer', 'size'],
          planned.map((p) => ({
            cells: [`memory id ${p.memoryId}`, formatBytes(p.bytes)],
            data: { buffer: p.memoryId, bytes: p.bytes },
          })),
        ),
  );
  return section;
}

/** The program panel: a line about the file, then one section per method. */
export function programView(name: string, info: ProgramInfo): HTMLElement[] {
  const what = info.bundled ? 'a bundled program wrapping a program of ' : 'a program of ';
  return [
    h(
      'p',
      { class: 'file' },
      h('strong', {}, name),
      `: ${what}${formatBytes(info.bytes.byteLength)}, ${info.methods.length} method(s)`,
    ),
    ...info.methods.map(methodView),
  ];
}

const number = (x: number): string => (Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x));

function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] as number) > (values[best] as number)) best = i;
  return best;
}

function outputRow(value: MethodOutput, i: number): TableRow {
  if (!(value instanceof Tensor)) {
    return { cells: [String(i), typeof value, '', h('code', {}, JSON.stringify(value)), ''], data: { output: i } };
  }
  const values = tensorElements(value);
  const shown = values.slice(0, SHOWN_VALUES).map(number).join(', ');
  const more = values.length > SHOWN_VALUES ? `, … (${values.length} values)` : '';
  // A vector: one dimension longer than 1.
  const vector = value.sizes.filter((s) => s > 1).length === 1;
  return {
    cells: [
      String(i),
      dtypeName(value.dtype),
      `[${value.sizes.join(', ')}]`,
      h('code', { class: 'values' }, shown + more),
      vector ? String(argmax(values)) : '',
    ],
    data: { output: i, dtype: dtypeName(value.dtype), shape: value.sizes.join(',') },
  };
}

function delegateLine(d: XnnpackDelegateInfo, i: number): HTMLElement {
  const why = d.singleThreadReason ? ` (asked for ${d.threadsRequested}: ${d.singleThreadReason})` : '';
  return h(
    'li',
    { 'data-threads': d.threads },
    `CPU delegate ${i}: ${d.threads} thread(s)${why}, ${d.kernels} kernels`,
  );
}

/** The outputs panel: what ran, the outputs, and the timing chart with a per-operator summary. */
export function resultView(result: RunResult, inputsText: string): HTMLElement[] {
  const calls = result.calls.length;
  const cut = calls > MAX_BARS ? ` (the first ${MAX_BARS} are drawn)` : '';
  return [
    h('p', { class: 'ran' }, `Inputs: ${inputsText}. Executed in ${result.totalMs.toFixed(2)} ms, ${calls} calls.`),
    h('ul', { class: 'delegate-info' }, ...result.delegates.map(delegateLine)),
    table(['#', 'dtype', 'shape', 'first values', 'argmax'], result.outputs.map(outputRow)),
    h('h3', {}, 'Time per call'),
    h(
      'p',
      { class: 'legend' },
      h('span', { class: 'swatch instruction' }),
      ' portable kernel ',
      h('span', { class: 'swatch delegate' }),
      ` delegate call${cut}`,
    ),
    h('div', { class: 'chart' }, timingChart(result.calls)),
    h('h3', {}, 'Per operator'),
    table(
      ['operator / delegate', 'kind', 'calls', 'total ms', 'mean ms'],
      result.summary.map((r) => ({
        cells: [h('code', {}, r.name), r.kind, String(r.count), r.totalMs.toFixed(3), r.meanMs.toFixed(4)],
      })),
    ),
  ];
}

/** An error as the page shows it: a `KindlingError`'s code name and message, or whatever was thrown. */
export function errorView(error: unknown, what: string): HTMLElement[] {
  if (KindlingError.isInstance(error)) {
    return [
      h('p', {}, `${what} failed: `, h('code', { class: 'code', 'data-code': error.codeName }, error.codeName)),
      h('p', { class: 'message' }, error.message),
    ];
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return [h('p', {}, `${what} failed (not a KindlingError):`), h('p', { class: 'message' }, message)];
}
