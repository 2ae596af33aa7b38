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

function* lines(source: string): Generator<Line> {
  let i = 0;
  const n = source.length;
  while (i < n) {
    const nl = source.indexOf('\n', i);
    const next = nl < 0 ? n : nl + 1;
    let ind = i;
    while (ind < next && source.charCodeAt(ind) === 32) ind++;
    const first = ind < next ? source[ind] : '';
    yield { start: i, next, indent: ind - i, first, blank: first === '' || first === '\n' || first === '\r' || first === '#' };
    i = next;
  }
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
  for (const l of lines(source)) {
    // A tab in the indentation (or right after it) is read differently by context: never cut.
    if (l.first === '\t') return { obstacle: 'tab', at: l.start + l.indent };
    if (l.blank) continue;
    if (l.indent === 0) {
      const line = source.slice(l.start, Math.min(l.next, l.start + 200));
      if (line.startsWith('---') || line.startsWith('...') || line.startsWith('%')) return { obstacle: 'marker', at: l.start };
      if (KEY_LINE.test(line)) {
        tops.push({ keyLine: l.start, start: tops.length === 0 ? 0 : l.start });
        continue;
      }
      // Column 0 but not a key: only a "- " item of a sequence written at the key's indentation.
      if (tops.length === 0 || !(l.first === '-' && /^-(?=[ ]|\r?\n|$)/.test(line))) return { obstacle: 'line', at: l.start };
    }
    if (tops.length === 0) return { obstacle: 'line', at: l.start };
  }
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
  const region = source.slice(from, piece.end);
  const starts: number[] = [];
  let itemIndent = -1;
  for (const l of lines(region)) {
    if (l.blank) continue;
    const isItem = l.first === '-' && /^-(?=[ ]|\r?\n|$)/.test(region.slice(l.start + l.indent, l.start + l.indent + 3));
    if (itemIndent < 0) {
      if (!isItem) return null;
      itemIndent = l.indent;
    }
    if (l.indent < itemIndent) return null;
    if (l.indent === itemIndent) {
      if (!isItem) return null;
      starts.push(l.start);
    }
  }
  if (starts.length === 0) return null;
  const list = starts.map((s, i) => ({ start: from + s, end: i + 1 < starts.length ? from + starts[i + 1] : piece.end }));
  return { header: { start: piece.start, end: list[0].start }, list };
}
