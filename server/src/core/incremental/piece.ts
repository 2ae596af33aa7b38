/**
 * One piece of a dossier parsed alone, and kept only when that parse is certain to be what the
 * whole file's parse holds at that place: no syntax error nor warning (an unclosed quote or
 * bracket may run into the next piece), no anchor nor alias (they link pieces), and exactly the
 * expected shape (one `key: value` pair for a top-level piece, one "- " item for a list item),
 * and no empty value at its very end: the range of `key:` with nothing after it runs over the
 * comments and the indentation that follow, so it depends on the next piece.
 * Offsets are relative to the piece; `placed` gives a copy moved to its place in the file.
 */
import { Document, isAlias, isCollection, isMap, isPair, isScalar, isSeq, Node, Pair, parseAllDocuments, visit } from 'yaml';
import { withoutStackTraces } from '../text/noStackTraces';
import type { Obstacle, ObstacleReason } from './cut';

/** 'header': the `realisations:` line (and comments) before a list's first item. */
export type PieceKind = 'top' | 'header' | 'item';

export interface ParsedPiece {
  kind: PieceKind;
  /** The piece's first document, offsets from 0 at the piece start. */
  doc: Document.Parsed;
  /** 'top': the single pair. */
  pair?: Pair;
  /** 'item': the single item node (null for an empty "- "). */
  item?: Node | null;
  /** The piece's JS value: `{ key: value }` for 'top', the item's value for 'item'. */
  data: unknown;
  key?: string;
  /** The latest model built from the piece (a réalisation’s…) and its offset, by list key (core/parse.ts placedModel). */
  models: Map<string, unknown>;
}

/** The same options as the full parse (server/src/core/parse.ts). */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, logLevel: 'error' } as const;
const MAX_ALIAS_COUNT = 200;

/** The piece parsed alone, or null when it is not self-contained. */
export function parsePiece(textOfPiece: string, kind: PieceKind): ParsedPiece | null {
  const got = readPiece(textOfPiece, kind);
  return 'obstacle' in got ? null : got;
}

/** The same, or why it is not self-contained and where (`at` relative to the piece). */
export function readPiece(textOfPiece: string, kind: PieceKind): ParsedPiece | Obstacle {
  const why = (obstacle: ObstacleReason, at = 0): Obstacle => ({ obstacle, at });
  const docs = withoutStackTraces(() => parseAllDocuments(textOfPiece, YAML_OPTIONS));
  if (!Array.isArray(docs) || docs.length !== 1) return why('marker', Array.isArray(docs) && docs[1] ? docs[1].range[0] : 0);
  const doc = docs[0];
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) return why('syntax', Math.max(0, Math.min(problem.pos[0], textOfPiece.length)));
  if (doc.directives?.docStart) return why('marker');
  const root = doc.contents;
  if (!root) return why('shape');
  const link = linkAt(root);
  if (link !== null) return why('link', link);
  if (kind !== 'item') {
    if (!isMap(root) || root.items.length !== 1 || root.flow) return why('shape');
    const pair = root.items[0];
    if (!isPair(pair) || !isScalar(pair.key) || typeof pair.key.value !== 'string') return why('shape');
    if (kind === 'header') {
      // "realisations:" with no value yet: the items, parsed apart, become its value.
      if (!isScalar(pair.value) || pair.value.value !== null || pair.value.tag) return why('shape');
    } else if (endsEmpty(root)) return why('empty-end', lastLineStart(textOfPiece));
    return { kind, doc, pair, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), key: pair.key.value, models: new Map() };
  }
  if (!isSeq(root) || root.items.length !== 1 || root.flow) return why('shape');
  if (endsEmpty(root)) return why('empty-end', lastLineStart(textOfPiece));
  const item = root.items[0] as Node | null;
  const data = (doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown[])[0];
  return { kind, doc, item, data, models: new Map() };
}

/** Start of the last line that is not blank nor a comment: where an empty value ends a piece. */
function lastLineStart(t: string): number {
  const lines = t.split('\n');
  let at = t.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    at -= lines[i].length + (i < lines.length - 1 ? 1 : 0);
    const s = lines[i].trim();
    if (s && !s.startsWith('#')) return at;
  }
  return 0;
}

function endsEmpty(root: Node): boolean {
  let n: unknown = root;
  for (;;) {
    if (n === null || n === undefined) return true;
    if (isPair(n)) n = n.value;
    else if (isCollection(n)) {
      if (n.items.length === 0) return false;
      n = n.items[n.items.length - 1];
    } else return isScalar(n) && n.value === null;
  }
}

/** Offset of the first anchor, alias or merge key (they link pieces), or null. */
function linkAt(root: Node): number | null {
  let at: number | null = null;
  visit(root, (_key, node) => {
    if (isAlias(node) || ((isScalar(node) || isCollection(node)) && node.anchor)) {
      at = (node as Node).range?.[0] ?? 0;
      return visit.BREAK;
    }
    if (isPair(node) && isScalar(node.key) && node.key.value === '<<') {
      // A merge key changes the JS value by its context's rules: keep the full parse's reading.
      at = node.key.range?.[0] ?? 0;
      return visit.BREAK;
    }
    return undefined;
  });
  return at;
}

/**
 * One object per node class holding `yaml`'s node-type symbol (a non-enumerable own property of
 * every node): copies inherit it instead of defining it again, which keeps them fast objects.
 * `isScalar`/`isMap`…, `instanceof` and `clone()` read it through the prototype chain as well.
 */
const templates = new Map<object, object>();

function templateOf(node: object): object {
  const proto = Object.getPrototypeOf(node) as object;
  let t = templates.get(proto);
  if (!t) {
    t = Object.create(proto) as object;
    for (const sym of Object.getOwnPropertySymbols(node)) Object.defineProperty(t, sym, { value: (node as Record<symbol, unknown>)[sym] });
    templates.set(proto, t);
  }
  return t;
}

/**
 * A deep copy of a node tree with every range moved by `delta` (the original stays intact).
 * Hot path (every piece after a length-changing edit is moved): own fields copied by a plain
 * loop onto an object of the node's class; a collection's schema (non-enumerable) set again.
 */
export function shifted<T>(node: T, delta: number): T {
  if (node === null || typeof node !== 'object') return node;
  const src = node as unknown as Record<string, unknown> & { range?: number[] | null; items?: unknown[] };
  const copy = Object.create(templateOf(node)) as Record<string, unknown>;
  for (const k in src) if (Object.prototype.hasOwnProperty.call(src, k)) copy[k] = src[k];
  if (src.range) copy.range = [src.range[0] + delta, src.range[1] + delta, src.range[2] + delta];
  if (isPair(node)) {
    copy.key = shifted(src.key, delta);
    copy.value = shifted(src.value, delta);
  } else if (isCollection(node)) {
    Object.defineProperty(copy, 'schema', { value: src.schema, configurable: true, writable: true, enumerable: false });
    copy.items = src.items!.map((it) => shifted(it, delta));
  }
  return copy as T;
}
