/**
 * Where a dossier can be cut so that each piece parses alone exactly as it does inside the whole
 * file: before each top-level key (column 0), and before each item of a block sequence under
 * `realisations:` or `stages:`. A cut is made exactly at the key or "- " line: the blank and
 * comment lines before it stay with the previous piece, because inside a block scalar they are
 * content (`|+` keeps trailing blank lines, an indented "# x" is text), never a separator.
 *
 * `null` means "do not cut": the text holds something whose meaning can cross a cut (document
 * markers or directives, tabs in indentation, a lone CR line break) or does not start with a
 * top-level key. The caller then parses the whole text, which is always right.
 * Model: rust-analyzer crates/syntax/src/parsing/reparsing.rs (smallest self-contained block,
 * fall back to a full parse otherwise).
 */

/** Why a text cannot be cut (or a piece not read alone), and where: the refusal of a large file says so. */
export type ObstacleReason = 'line-break' | 'tab' | 'marker' | 'line' | 'piece-size' | 'syntax' | 'link' | 'shape' | 'empty-end' | 'duplicate' | 'few';

export interface Obstacle {
  obstacle: ObstacleReason;
  /** Offset in the whole text. */
  at: number;
}

export interface Piece {
  /** Offset of the piece in the whole text. */
  start: number;
  end: number;
  /** Set on a top-level piece whose value is a block sequence cut into items. */
  items?: { header: Piece; list: Piece[] };
}

/** Keys whose block sequences are cut item by item: the long lists of a dossier. */
const LISTS = new Set(['realisations', 'stages']);

/** `key:` at column 0 followed by a space, a tab or the end of the line: a plain top-level key. */
const KEY_LINE = /^[A-Za-z_][A-Za-z0-9_.-]*:(?=[ \t]|\r?\n|$)/;

interface Line {
  start: number;
  /** Offset just after the line's "\n" (or the text's end). */
  next: number;
  indent: number;
  /** First character after the indentation ('' at the end of the text). */
  first: string;
  blank: boolean;
}

/**
 * Calls `visit` for each line of source[from, to) (`to` a line start or the text's end), with
 * one reused Line; stops at the first value `visit` returns. Hot path: every keystroke of a
 * 2,000-réalisation file cuts its 25,000 lines, so no generator nor object per line.
 */
function eachLine<R>(source: string, from: number, to: number, visit: (l: Line) => R | undefined): R | undefined {
  const l: Line = { start: 0, next: 0, indent: 0, first: '', blank: true };
  let i = from;
  while (i < to) {
    const nl = source.indexOf('\n', i);
    const next = nl < 0 || nl >= to ? to : nl + 1;
    let ind = i;
    while (ind < next && source.charCodeAt(ind) === 32) ind++;
    const c = ind < next ? source.charCodeAt(ind) : -1;
    l.start = i;
    l.next = next;
    l.indent = ind - i;
    l.first = c < 0 ? '' : source[ind];
    l.blank = c < 0 || c === 10 || c === 13 || c === 35;
    const r = visit(l);
    if (r !== undefined) return r;
    i = next;
  }
  return undefined;
}

/** "- " item at `at`: a dash followed by a space, a line break or `end`. */
function isItemAt(source: string, at: number, end: number): boolean {
  if (source.charCodeAt(at) !== 45) return false;
  const c = source.charCodeAt(at + 1);
  return at + 1 >= end || c === 32 || c === 10 || (c === 13 && source.charCodeAt(at + 2) === 10);
}

/** The top-level pieces of `source`, or null when cutting could change the meaning. */
export function cutDossier(source: string): Piece[] | null {
  const cut = cutOrObstacle(source);
  return Array.isArray(cut) ? cut : null;
}

/** The same, or the first line that prevents cutting. */
export function cutOrObstacle(source: string): Piece[] | Obstacle {
  // A CR not followed by LF is a line break for YAML but not for this cutter.
  const cr = /\r(?!\n)/.exec(source);
  if (cr) return { obstacle: 'line-break', at: cr.index };
  const tops: { keyLine: number; start: number }[] = [];
  const stop = eachLine<Obstacle>(source, 0, source.length, (l) => {
    // A tab in the indentation (or right after it) is read differently by context: never cut.
    if (l.first === '\t') return { obstacle: 'tab', at: l.start + l.indent };
    if (l.blank) return undefined;
    if (l.indent === 0) {
      const line = source.slice(l.start, Math.min(l.next, l.start + 200));
      if (line.startsWith('---') || line.startsWith('...') || line.startsWith('%')) return { obstacle: 'marker', at: l.start };
      if (KEY_LINE.test(line)) {
        tops.push({ keyLine: l.start, start: tops.length === 0 ? 0 : l.start });
        return undefined;
      }
      // Column 0 but not a key: only a "- " item of a sequence written at the key's indentation.
      if (tops.length === 0 || !(l.first === '-' && /^-(?=[ ]|\r?\n|$)/.test(line))) return { obstacle: 'line', at: l.start };
    }
    if (tops.length === 0) return { obstacle: 'line', at: l.start };
    return undefined;
  });
  if (stop) return stop;
  if (tops.length === 0) return { obstacle: 'few', at: 0 };
  const pieces: Piece[] = tops.map((t, i) => ({ start: t.start, end: i + 1 < tops.length ? tops[i + 1].start : source.length }));
  tops.forEach((t, i) => {
    const m = /^([A-Za-z_][A-Za-z0-9_.-]*):[ \t]*(#.*)?\r?\n/.exec(source.slice(t.keyLine, Math.min(pieces[i].end, t.keyLine + 300)));
    if (m && LISTS.has(m[1])) {
      const items = cutItems(source, t.keyLine + m[0].length, pieces[i]);
      if (items) pieces[i].items = items;
    }
  });
  return pieces;
}

/**
 * The items of a block sequence that starts after a `key:` line: every line at the first
 * item's indentation must be a "- " item line; the lines in between are more indented, blank or
 * comments. Otherwise (a sequence item nested in an odd way, a key at the items' indentation),
 * the piece is kept whole.
 */
function cutItems(source: string, from: number, piece: Piece): { header: Piece; list: Piece[] } | null {
  const starts: number[] = [];
  let itemIndent = -1;
  const bad = eachLine<true>(source, from, piece.end, (l) => {
    if (l.blank) return undefined;
    const isItem = l.first === '-' && isItemAt(source, l.start + l.indent, piece.end);
    if (itemIndent < 0) {
      if (!isItem) return true;
      itemIndent = l.indent;
    }
    if (l.indent < itemIndent) return true;
    if (l.indent === itemIndent) {
      if (!isItem) return true;
      starts.push(l.start);
    }
    return undefined;
  });
  if (bad || starts.length === 0) return null;
  const list = starts.map((s, i) => ({ start: s, end: i + 1 < starts.length ? starts[i + 1] : piece.end }));
  return { header: { start: piece.start, end: list[0].start }, list };
}
