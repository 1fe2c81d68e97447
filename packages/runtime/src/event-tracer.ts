import type { EventTracer } from '@kindling/core';

/** What kind of work an event timed. */
export type EventKind = 'instruction' | 'delegate' | 'method' | 'init';

/** One finished event. */
export interface TracedEvent {
  /** Operator name (`aten::add.out`), backend id, or method name. */
  readonly name: string;
  readonly kind: EventKind;
  /** Start time, `performance.now()` milliseconds. */
  readonly start: number;
  /** Duration in milliseconds. */
  readonly durationMs: number;
  /** Method, instruction index, delegate index ... as the runtime reported them. */
  readonly detail: Readonly<Record<string, unknown>> | undefined;
}

/** One row of {@link RecordingEventTracer.summary}: every event of one name and kind together. */
export interface EventSummaryRow {
  readonly name: string;
  readonly kind: EventKind;
  readonly count: number;
  readonly totalMs: number;
  readonly meanMs: number;
}

/** An {@link EventTracer} that keeps what it records. */
export interface RecordingEventTracer extends EventTracer {
  /** Finished events, in the order they finished. */
  readonly events: readonly TracedEvent[];
  /**
   * Per-operator (and per-delegate) totals: instructions and delegate calls grouped by name, most
   * total time first. Method and init events are left out unless `all` is true.
   */
  summary(options?: { all?: boolean }): EventSummaryRow[];
  /** Forgets every event. */
  reset(): void;
}

interface OpenEvent {
  name: string;
  kind: EventKind;
  start: number;
  detail: Record<string, unknown> | undefined;
}

/** Options for {@link createEventTracer}. */
export interface EventTracerOptions {
  /** Clock in milliseconds (default `performance.now`). */
  now?: () => number;
  /** Keep at most this many events (default 1,000,000); older ones are dropped from `events` but still counted in `summary`. */
  maxEvents?: number;
}

/**
 * Creates an event tracer that records per-instruction (with the operator name), per-delegate,
 * per-method and delegate-init timings. Pass it as `eventTracer` to `Module.load`, then read
 * `summary()` for a per-operator table (see {@link formatEventSummary}).
 */
export function createEventTracer(options: EventTracerOptions = {}): RecordingEventTracer {
  const now = options.now ?? (() => performance.now());
  const maxEvents = options.maxEvents ?? 1_000_000;
  const open = new Map<number, OpenEvent>();
  const events: TracedEvent[] = [];
  const totals = new Map<string, { name: string; kind: EventKind; count: number; totalMs: number }>();
  let next = 1;
  return {
    events,
    begin(name, kind, detail) {
      const token = next++;
      open.set(token, { name, kind, start: now(), detail });
      return token;
    },
    end(token) {
      const e = open.get(token);
      if (!e) return;
      open.delete(token);
      const durationMs = now() - e.start;
      if (events.length >= maxEvents) events.shift();
      events.push(Object.freeze({ name: e.name, kind: e.kind, start: e.start, durationMs, detail: e.detail }));
      const key = `${e.kind}\u0000${e.name}`;
      const t = totals.get(key);
      if (t) {
        t.count++;
        t.totalMs += durationMs;
      } else {
        totals.set(key, { name: e.name, kind: e.kind, count: 1, totalMs: durationMs });
      }
    },
    summary({ all = false } = {}) {
      return [...totals.values()]
        .filter((t) => all || t.kind === 'instruction' || t.kind === 'delegate')
        .map((t) => ({ ...t, meanMs: t.totalMs / t.count }))
        .sort((a, b) => b.totalMs - a.totalMs || a.name.localeCompare(b.name));
    },
    reset() {
      open.clear();
      events.length = 0;
      totals.clear();
    },
  };
}

/** Formats summary rows as a fixed-width text table (operator, kind, count, total ms, mean ms). */
export function formatEventSummary(rows: readonly EventSummaryRow[]): string {
  const header = ['operator', 'kind', 'count', 'total ms', 'mean ms'];
  const body = rows.map((r) => [r.name, r.kind, String(r.count), r.totalMs.toFixed(3), r.meanMs.toFixed(4)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(header), ...body.map(line)].join('\n');
}
