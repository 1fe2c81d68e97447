/** A small element builder: `h('td', { class: 'num' }, '12')`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  el.append(...children);
  return el;
}

/** The element with `id`, which the page must have. */
export function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
}

/** A table row: its cells, and `data-*` attributes for scripts that read the page. */
export interface TableRow {
  readonly cells: readonly (Node | string)[];
  readonly data?: Record<string, string | number>;
}

/** A table with a header row and one row per entry of `rows`. */
export function table(headers: readonly string[], rows: readonly TableRow[]): HTMLTableElement {
  const head = h('tr', {}, ...headers.map((t) => h('th', {}, t)));
  const body = rows.map((r) => {
    const attributes: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(r.data ?? {})) attributes[`data-${k}`] = v;
    return h('tr', attributes, ...r.cells.map((c) => h('td', {}, c)));
  });
  return h('table', {}, h('thead', {}, head), h('tbody', {}, ...body));
}

/** Bytes as `12,345 B` (and kB / MB beside it when large). */
export function formatBytes(n: number): string {
  const exact = `${n.toLocaleString('en-US')} B`;
  if (n < 10_000) return exact;
  const scaled = n < 10_000_000 ? `${(n / 1000).toFixed(1)} kB` : `${(n / 1e6).toFixed(1)} MB`;
  return `${exact} (${scaled})`;
}
