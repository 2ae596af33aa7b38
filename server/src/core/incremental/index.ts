/**
 * Incremental parse of a dossier: the text is cut into pieces (cut.ts), each piece is parsed
 * alone once and kept by its text (piece.ts), and the file's `yaml` Document is assembled from
 * the pieces, moved to their offsets. Typing in one réalisation re-parses that réalisation only;
 * the other pieces are reused as they are (same offset) or copied with shifted ranges.
 *
 * Returns null whenever the assembled tree could differ from the full parse (see cut.ts and
 * piece.ts): the caller then parses the whole text. The equivalence is checked by
 * test/unit/core/incremental/equivalence.test.ts on random edit sequences.
 */
import { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { cutDossier, cutOrObstacle, Obstacle, Piece } from './cut';
import { readPiece, type PieceKind } from './piece';
import { PieceCache, PlacedPiece } from './pieceCache';
import { shiftSpans } from './shiftSpans';

export interface IncrementalParse {
  /**
   * The file's Document, assembled from the pieces on first read: the diagnostics of a keystroke
   * need only `data` and the model, so the réalisations an edit moved are not copied with
   * shifted ranges unless a request (hover, symbols, a code action…) reads the tree.
   */
  readonly doc: Document.Parsed;
  data: unknown;
  /** The top-level map, in which a cut list's pair holds only its header's empty value. */
  shallow: YAMLMap;
  /** The items of each cut list (`realisations`, `stages`), placed at their offsets. */
  lists: Map<string, PlacedPiece[]>;
}

const cache = new PieceCache();

/** Below this many pieces cutting gains nothing. */
const MIN_PIECES = 2;

export function parseIncremental(source: string): IncrementalParse | null {
  const got = parseInPieces(source);
  return 'obstacle' in got ? null : got;
}

/**
 * The same, or the first obstacle to it (its offset in `source`). No piece longer than
 * `maxPiece` is parsed: past MAX_DOSSIER_BYTES a file is read only in pieces (core/parse.ts), and
 * the size of one piece bounds the time one `yaml` parse, which cannot be interrupted, may take.
 */
export function parseInPieces(source: string, maxPiece = Infinity): IncrementalParse | Obstacle {
  const cut = cutOrObstacle(source);
  if (!Array.isArray(cut)) return cut;
  const pieces = cut;
  if (pieces.length < MIN_PIECES) return { obstacle: 'few', at: 0 };
  const big = oversize(pieces, maxPiece);
  if (big !== null) return { obstacle: 'piece-size', at: big };
  cache.beginParse();
  const built: BuiltPair[] = [];
  const data: Record<string, unknown> = {};
  const lists = new Map<string, PlacedPiece[]>();
  for (const p of pieces) {
    const b = p.items ? listPair(source, p) : topPair(source, p);
    if ('obstacle' in b) return b;
    // A duplicate key is reported by the full parse; `__proto__` is a special key for toJS.
    if (Object.prototype.hasOwnProperty.call(data, b.key) || b.key === '__proto__') return { obstacle: 'duplicate', at: p.start };
    built.push(b);
    data[b.key] = b.value;
    if (b.items) lists.set(b.key, b.items);
  }
  const firstDoc = built[0].head.parsed.doc;
  const shallow = rootMap(firstDoc, built, (b) => b.head.node as Pair);
  let doc: Document.Parsed | null = null;
  return {
    get doc() {
      doc ??= assemble(firstDoc, built);
      return doc;
    },
    data,
    shallow,
    lists
  };
}

/** A copy of the first piece's one-pair map holding the pairs given, over the whole file. */
function rootMap(firstDoc: Document.Parsed, built: BuiltPair[], pairOf: (b: BuiltPair) => Pair): YAMLMap {
  const root = Object.create(YAMLMap.prototype, Object.getOwnPropertyDescriptors(firstDoc.contents)) as YAMLMap;
  root.items = built.map(pairOf);
  const last = built[built.length - 1];
  root.range = [firstDoc.contents!.range[0], last.end[0], last.end[1]];
  return root;
}

function assemble(firstDoc: Document.Parsed, built: BuiltPair[]): Document.Parsed {
  const root = rootMap(firstDoc, built, (b) => (b.items ? listNode(b) : (b.head.node as Pair)));
  const doc = Object.create(Document.prototype, Object.getOwnPropertyDescriptors(firstDoc)) as Document.Parsed;
  doc.contents = root as Document.Parsed['contents'];
  const lastDocEnd = built[built.length - 1].docRange;
  doc.range = [firstDoc.range[0], lastDocEnd[1], lastDocEnd[2]];
  doc.errors = [];
  doc.warnings = [];
  return doc;
}

/** The pair of a cut list: its header's pair, its value the sequence of the placed items. */
function listNode(b: BuiltPair): Pair {
  const items = b.items!;
  const headPair = b.head.node as Pair;
  const first = items[0];
  const firstSeq = first.parsed.doc.contents as YAMLSeq;
  const seq = Object.create(YAMLSeq.prototype, Object.getOwnPropertyDescriptors(firstSeq)) as YAMLSeq;
  seq.items = items.map((it) => it.node as Node | null);
  seq.range = [first.range[0], b.end[0], b.end[1]];
  const pair = Object.create(Object.getPrototypeOf(headPair), Object.getOwnPropertyDescriptors(headPair)) as Pair;
  pair.value = seq;
  return pair;
}

/**
 * Parse the pieces of `source` ahead of `parseDossier`, a few milliseconds at a time, awaiting
 * `pause()` between slices: the language server checks closed workspace files this way so that
 * a 2,000-réalisation file never holds the event loop for the whole of its parse. The pieces
 * land in the cache, so the parse that follows only assembles them.
 */
export async function parsePiecesInSlices(source: string, pause: () => Promise<void>, sliceMs = 8, maxPiece = Infinity): Promise<void> {
  const pieces = cutDossier(source);
  if (!pieces || pieces.length < MIN_PIECES || oversize(pieces, maxPiece) !== null) return;
  await pause();
  let t0 = performance.now();
  const step = async (p: Piece, kind: PieceKind): Promise<boolean> => {
    const ok = !('obstacle' in piece(source, p, kind));
    if (performance.now() - t0 > sliceMs) {
      await pause();
      t0 = performance.now();
    }
    return ok;
  };
  for (const p of pieces) {
    if (!p.items) {
      if (!(await step(p, 'top'))) return;
      continue;
    }
    if (!(await step(p.items.header, 'header'))) return;
    for (const it of p.items.list) if (!(await step(it, 'item'))) return;
  }
}

/** What a closed file's diagnostics need of its parse (parseLeanInSlices): no `yaml` tree of a list item. */
export interface LeanParse {
  data: Record<string, unknown>;
  /** As IncrementalParse.shallow. */
  shallow: YAMLMap;
  /** The models built from each cut list's items, in order, offsets absolute. */
  models: Map<string, unknown[]>;
}

/**
 * A closed workspace file read for its diagnostics only, a few milliseconds at a time like
 * parsePiecesInSlices: the same JS value and the same item models as parseInPieces gives, but
 * each list item's tree is dropped as soon as its model is built (`build`, from the item's own
 * tree, offsets from 0; undefined for an item that makes no model). The trees of a
 * 2,000-réalisation file (~12 MB) are never all alive at once, and the shared cache of the
 * documents being typed in is left alone. Null wherever parseInPieces would find an obstacle:
 * the caller then reads the file the usual way, which reports it.
 */
export async function parseLeanInSlices(
  source: string,
  pause: () => Promise<void>,
  build: (list: string, item: Node | null) => unknown,
  sliceMs = 8,
  maxPiece = Infinity
): Promise<LeanParse | null> {
  const pieces = cutDossier(source);
  if (!pieces || pieces.length < MIN_PIECES || oversize(pieces, maxPiece) !== null) return null;
  // Top-level pieces and list headers are small and make the shallow map: a cache of this parse's own.
  const local = new PieceCache();
  const built: BuiltPair[] = [];
  const data: Record<string, unknown> = {};
  const models = new Map<string, unknown[]>();
  await pause();
  let t0 = performance.now();
  const breathe = async (): Promise<void> => {
    if (performance.now() - t0 <= sliceMs) return;
    await pause();
    t0 = performance.now();
  };
  for (const p of pieces) {
    let b: BuiltPair;
    if (!p.items) {
      const got = topPairIn(local, source, p);
      if ('obstacle' in got) return null;
      b = got;
    } else {
      const head = placedIn(local, source, p.items.header, 'header');
      if ('obstacle' in head) return null;
      const key = head.parsed.key!;
      const values: unknown[] = [];
      const listModels: unknown[] = [];
      let end: [number, number] = [0, 0];
      let docRange: number[] = [];
      for (const it of p.items.list) {
        const got = readPiece(source.slice(it.start, it.end), 'item');
        if ('obstacle' in got) return null;
        values.push(got.data);
        const m = build(key, got.item ?? null);
        if (m !== undefined) listModels.push(it.start === 0 ? m : shiftSpans(m, it.start));
        const range = (got.doc.contents as unknown as { range: number[] }).range;
        end = [range[1] + it.start, range[2] + it.start];
        docRange = got.doc.range.map((r) => r + it.start);
        await breathe();
      }
      models.set(key, listModels);
      b = { key, head, value: values, end, docRange };
    }
    if (Object.prototype.hasOwnProperty.call(data, b.key) || b.key === '__proto__') return null;
    built.push(b);
    data[b.key] = b.value;
    await breathe();
  }
  return { data, shallow: rootMap(built[0].head.parsed.doc, built, (b) => b.head.node as Pair), models };
}

/**
 * Forgets the pieces of `source` (a closed workspace file once checked): their trees would stay
 * in memory for edits that only an opened document gets. Another file holding the same text is
 * not affected: the cache is only a shortcut, a forgotten piece is parsed again when met.
 */
export function forgetPieces(source: string): void {
  const pieces = cutDossier(source);
  if (!pieces) return;
  const texts: [string, PieceKind][] = [];
  for (const p of pieces) {
    if (!p.items) texts.push([source.slice(p.start, p.end), 'top']);
    else {
      texts.push([source.slice(p.items.header.start, p.items.header.end), 'header']);
      for (const it of p.items.list) texts.push([source.slice(it.start, it.end), 'item']);
    }
  }
  cache.forget(texts);
}

/** Characters of piece text the cache holds (for tests and the bench). */
export const cachedPieceChars = (): number => cache.size;

/** Start of the first piece (a list's header or item when the list is cut) longer than `max`. */
function oversize(pieces: Piece[], max: number): number | null {
  for (const p of pieces) {
    if (p.end - p.start <= max) continue;
    if (!p.items) return p.start;
    for (const q of [p.items.header, ...p.items.list]) if (q.end - q.start > max) return q.start;
  }
  return null;
}

interface BuiltPair {
  key: string;
  /** The top-level piece, or the list's header. */
  head: PlacedPiece;
  /** A cut list's items. */
  items?: PlacedPiece[];
  value: unknown;
  /** [value-end, node-end] of the pair's value, absolute. */
  end: [number, number];
  /** The last piece's Document range, absolute. */
  docRange: number[];
}

const piece = (source: string, p: Piece, kind: PieceKind): PlacedPiece | Obstacle => placedIn(cache, source, p, kind);

function placedIn(from: PieceCache, source: string, p: Piece, kind: PieceKind): PlacedPiece | Obstacle {
  const t = source.slice(p.start, p.end);
  const got = from.placed(t, kind, p.start);
  if (got) return got;
  const why = from.obstacle(t, kind) ?? { obstacle: 'shape', at: 0 };
  return { obstacle: why.obstacle, at: p.start + why.at };
}

const topPair = (source: string, p: Piece): BuiltPair | Obstacle => topPairIn(cache, source, p);

function topPairIn(from: PieceCache, source: string, p: Piece): BuiltPair | Obstacle {
  const got = placedIn(from, source, p, 'top');
  if ('obstacle' in got) return got;
  const key = got.parsed.key!;
  return { key, head: got, value: (got.parsed.data as Record<string, unknown>)[key], end: [got.range[1], got.range[2]], docRange: got.docRange };
}

function listPair(source: string, p: Piece): BuiltPair | Obstacle {
  const head = piece(source, p.items!.header, 'header');
  if ('obstacle' in head) return head;
  const items: PlacedPiece[] = [];
  const values: unknown[] = [];
  for (const it of p.items!.list) {
    const got = piece(source, it, 'item');
    if ('obstacle' in got) return got;
    items.push(got);
    values.push(got.parsed.data);
  }
  const last = items[items.length - 1];
  return { key: head.parsed.key!, head, items, value: values, end: [last.range[1], last.range[2]], docRange: last.docRange };
}
