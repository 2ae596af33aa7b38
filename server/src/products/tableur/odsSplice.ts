/**
 * .ods surgery on content.xml's text: the filled table's rows, re-serialised from the DOM, are
 * spliced into the part's own text, so everything outside them (styles, validations, other
 * tables, the table's columns, conditional formats, named ranges) keeps its bytes — as the .xlsx
 * path does with <sheetData>. Pure text, browser-safe.
 */

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** [start, end) of the rows of the `index`-th table (document order) in `xml`, or undefined. */
function rowsSpan(xml: string, index: number, prefix: string): [number, number] | undefined {
  const p = prefix ? `${esc(prefix)}:` : '';
  const open = new RegExp(`<${p}table[\\s>/]`, 'g');
  let m: RegExpExecArray | null = null;
  for (let k = 0; k <= index; k++) {
    m = open.exec(xml);
    if (!m) return undefined;
  }
  const start = m!.index;
  const close = `</${p}table>`;
  const end = xml.indexOf(close, start);
  if (end < 0) return undefined;
  open.lastIndex = start + 1;
  const next = open.exec(xml);
  if (next && next.index < end) return undefined; // a table inside the table: not spliced
  const body = xml.slice(start, end);
  const first = new RegExp(`<${p}(?:table-row|table-rows|table-header-rows|table-row-group)[\\s>/]`).exec(body);
  if (!first) return undefined;
  const ends = new RegExp(`</${p}(?:table-row|table-rows|table-header-rows|table-row-group)>|<${p}table-row\\b[^>]*/>`, 'g');
  let last = -1;
  for (let e = ends.exec(body); e; e = ends.exec(body)) last = e.index + e[0].length;
  if (last <= first.index) return undefined;
  return [start + first.index, start + last];
}

/**
 * `original` with the rows of each table in `tables` (indices) taken from `serialized`, or
 * undefined when a table's rows cannot be found the same way in both (then the caller writes
 * the serialised part whole).
 */
export function spliceTableRows(original: string, serialized: string, tables: number[], prefix: string): string | undefined {
  let out = original;
  // From the last table to the first, so the earlier spans keep their offsets.
  for (const index of [...tables].sort((a, b) => b - a)) {
    const from = rowsSpan(out, index, prefix);
    const to = rowsSpan(serialized, index, prefix);
    if (!from || !to) return undefined;
    out = out.slice(0, from[0]) + serialized.slice(to[0], to[1]) + out.slice(from[1]);
  }
  return out;
}
