/**
 * A per-call timing chart as plain SVG: one horizontal bar per operator or delegate call, in
 * execution order, its length the call's duration (at least a few pixels, so that every call shows),
 * its full name in its tooltip.
 */
import type { TracedEvent } from '@kindling/runtime';

const SVG = 'http://www.w3.org/2000/svg';

/** Layout, in CSS pixels. */
const ROW = 16;
const GAP = 4;
/** Width of one character of the labels' monospace font (11px), and the labels' widest column. */
const CHAR = 7;
const MAX_LABEL = 360;
const PLOT = 360;
const VALUE = 90;
const MIN_BAR = 3;
/** Calls drawn at most; a longer method is cut with a note. */
export const MAX_BARS = 500;

/** Bar colours by event kind (kept in step with the legend in style.css). */
const BAR_COLOURS = { instruction: '#2563eb', delegate: '#d97706' } as const;

function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

const ms = (x: number): string => (x >= 1 ? `${x.toFixed(2)} ms` : `${(x * 1000).toFixed(1)} µs`);

/** The chart of `calls` (operator and delegate events of one execute). */
export function timingChart(calls: readonly TracedEvent[]): SVGSVGElement {
  const shown = [...calls].sort((a, b) => a.start - b.start).slice(0, MAX_BARS);
  const longest = Math.max(...shown.map((c) => c.durationMs), 1e-6);
  const labels = shown.map((call) => (call.kind === 'delegate' ? `${call.name} (delegate)` : call.name));
  const labelWidth = Math.min(MAX_LABEL, CHAR * Math.max(10, ...labels.map((l) => l.length)) + 12);
  const fit = (label: string): string => {
    const chars = Math.floor((labelWidth - 12) / CHAR);
    return label.length <= chars ? label : `${label.slice(0, chars - 1)}…`;
  };
  const height = shown.length * (ROW + GAP) + GAP;
  const width = labelWidth + PLOT + VALUE;
  const chart = svg('svg', {
    id: 'timing-chart',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': `Duration of each of ${shown.length} calls`,
  });
  shown.forEach((call, i) => {
    const y = GAP + i * (ROW + GAP);
    const label = labels[i] as string;
    chart.append(svg('text', { x: labelWidth - 8, y: y + ROW - 4, 'text-anchor': 'end', class: 'label' }, fit(label)));
    const w = Math.max(MIN_BAR, (call.durationMs / longest) * PLOT);
    const bar = svg('rect', {
      x: labelWidth,
      y,
      width: w.toFixed(1),
      height: ROW,
      fill: BAR_COLOURS[call.kind === 'delegate' ? 'delegate' : 'instruction'],
      class: 'bar',
      'data-name': call.name,
      'data-kind': call.kind,
    });
    bar.append(svg('title', {}, `${label}: ${ms(call.durationMs)}`));
    chart.append(bar);
    chart.append(svg('text', { x: labelWidth + w + 6, y: y + ROW - 4, class: 'value' }, ms(call.durationMs)));
  });
  return chart;
}
