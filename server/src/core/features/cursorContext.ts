/**
 * Where the cursor is in a dossier being typed, read from the lines rather than from the YAML
 * tree: while a student types `    - B1.` or `  cad`, the tree is often broken or says nothing
 * useful, but indentation still tells which mapping or sequence the cursor is in (the approach
 * of yaml-language-server's completion, reduced to the block style dossiers use).
 */
import { ITEM, PathSegment } from './schemaInfo';

export type CursorKind =
  /** Typing a key (`  cad|`): path = the mapping's path. */
  | 'key'
  /** After `key: ` (`cadre: for|`): path ends with the key. */
  | 'value'
  /** After `- ` (`      - B1.|`): path = the sequence's path. */
  | 'item'
  /** Inside `[…]` after `key: ` (`competences: [B1.1, |`): path = the sequence's path. */
  | 'flow-item';

export interface CursorContext {
  kind: CursorKind;
  path: PathSegment[];
  /** The text typed so far, and the span a completion replaces. */
  prefix: string;
  start: number;
  end: number;
  /** Column of the key (kind 'key') or of the dash (kind 'item'). */
  column: number;
  /** Offset of the start of the cursor's line. */
  lineStart: number;
  /** Keys already present in the same mapping (kind 'key' and 'item'). */
  siblings: Set<string>;
  /** True when the value starts right after the colon (`periode:|`): insert a space first. */
  needsSpace: boolean;
  /** Flow items already written in the same `[…]`. */
  flowItems: string[];
}

interface Line {
  text: string;
  start: number;
}

interface LineShape {
  indent: number;
  dashes: number;
  /** Column of the content after the dashes. */
  content: number;
  key: string | null;
  /** Text after `key:`, trimmed. */
  rest: string;
  blank: boolean;
}

const KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?=\s|$)(.*)$/s;

function shape(line: string): LineShape {
  const m = /^([ ]*)((?:-(?:[ \t]+|$))*)(.*)$/s.exec(line)!;
  const body = m[3];
  const blank = body.trim() === '' && m[2] === '';
  const km = KEY.exec(body);
  return {
    indent: m[1].length,
    dashes: (m[2].match(/-/g) ?? []).length,
    content: m[1].length + m[2].length,
    key: km ? km[1] : null,
    rest: km ? km[2].trim() : '',
    blank: blank || /^\s*#/.test(line)
  };
}

/** Lines as LSP counts them: \n, \r\n and a lone \r all end a line. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), start });
  return out;
}

function lineIndexAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Keys and sequence items enclosing an entity that starts at `column` on line `from`
 * (`isItem`: the entity is a sequence item, whose dash may sit in the same column as its key).
 */
function parents(lines: Line[], from: number, column: number, isItem: boolean): PathSegment[] {
  const rev: PathSegment[] = [];
  let c = column;
  let item = isItem;
  for (let li = from - 1; li >= 0 && (c > 0 || item); li--) {
    const s = shape(lines[li].text);
    if (s.blank) continue;
    // `key:` then `- item` in the same column: YAML allows the dash at the key's column.
    if (item && s.indent === c && s.dashes === 0 && s.key && s.rest === '') {
      rev.push(s.key);
      item = false;
      continue;
    }
    if (s.indent >= c) continue;
    if (s.content < c) {
      if (!s.key) return rev.reverse(); // not a key line: a multi-line scalar; stop here
      rev.push(s.key);
      c = s.content;
      item = false;
    }
    if (s.dashes > 0) {
      for (let d = 0; d < s.dashes; d++) rev.push(ITEM);
      c = s.indent;
      item = true;
    }
  }
  return rev.reverse();
}

/** Keys written at `column` in the block around line `at` (the same mapping). */
function siblingKeys(lines: Line[], at: number, column: number): Set<string> {
  const keys = new Set<string>();
  for (let li = at - 1; li >= 0; li--) {
    const s = shape(lines[li].text);
    if (s.blank) continue;
    if (s.content === column && s.key) keys.add(s.key);
    if (s.indent < column || (s.indent === column && s.dashes > 0)) break;
  }
  for (let li = at + 1; li < lines.length; li++) {
    const s = shape(lines[li].text);
    if (s.blank) continue;
    if (s.indent < column || (s.indent === column && s.dashes > 0)) break;
    if (s.indent === column && s.key) keys.add(s.key);
  }
  return keys;
}

export function cursorContext(text: string, offset: number): CursorContext | null {
  const lines = splitLines(text);
  const li = lineIndexAt(lines, offset);
  const line = lines[li];
  const col = offset - line.start;
  const before = line.text.slice(0, col);
  if (/(^|\s)#/.test(before) || before.includes('\t')) return null;
  const m = /^([ ]*)((?:-[ ]+)*)(.*)$/s.exec(before)!;
  const indent = m[1].length;
  const dashes = (m[2].match(/-/g) ?? []).length;
  const content = indent + m[2].length;
  const rest = m[3];
  // Text before a comment (" #"), trailing blanks trimmed. Not `replace(/\s+#.*$/)`: that regex
  // backtracks quadratically on a long run of spaces (400 000 spaces: 50 s per completion).
  const hash = line.text.search(/\s#/);
  const lineEnd = line.start + (hash >= 0 ? line.text.slice(0, hash) : line.text).trimEnd().length;
  const base = { lineStart: line.start, siblings: new Set<string>(), needsSpace: false, flowItems: [] as string[] };
  const here = (): PathSegment[] => {
    if (dashes === 0) return parents(lines, li, content, false);
    return [...parents(lines, li, indent, true), ...Array<PathSegment>(dashes).fill(ITEM)];
  };

  const kv = /^([A-Za-z_][\w-]*)[ ]*:( *)(.*)$/s.exec(rest);
  if (kv) {
    const path = [...here(), kv[1]];
    const valueStart = line.start + content + rest.length - kv[3].length;
    const value = kv[3];
    if (value.startsWith('[')) {
      if (value.includes(']')) return null;
      const inner = value.slice(1);
      const parts = inner.split(',');
      const prefix = parts[parts.length - 1].trimStart();
      const afterText = line.text.slice(col);
      const word = /^[\w.-]*/.exec(afterText)![0];
      const written = [...parts.slice(0, -1), ...afterText.replace(/\].*$/, '').split(',').slice(1)].map((p) => p.trim()).filter(Boolean);
      return { ...base, kind: 'flow-item', path, prefix, start: offset - prefix.length, end: offset + word.length, column: content, flowItems: written };
    }
    return {
      ...base,
      kind: 'value',
      path,
      prefix: value,
      start: valueStart,
      end: Math.max(offset, lineEnd),
      column: content,
      needsSpace: kv[2] === '' && value === ''
    };
  }
  if (!/^[\w.-]*$/.test(rest)) return null;
  const word = /^[\w.-]*/.exec(line.text.slice(col))![0];
  if (dashes > 0) {
    const path = [...parents(lines, li, indent, true), ...Array<PathSegment>(dashes - 1).fill(ITEM)];
    return { ...base, kind: 'item', path, prefix: rest, start: offset - rest.length, end: offset + word.length, column: indent + m[2].length - 2 };
  }
  return {
    ...base,
    kind: 'key',
    path: parents(lines, li, indent, false),
    prefix: rest,
    start: offset - rest.length,
    end: offset + word.length,
    column: indent,
    siblings: siblingKeys(lines, li, indent)
  };
}
