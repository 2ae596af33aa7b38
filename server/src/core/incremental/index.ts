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
import type { ParsedPiece, PieceKind } from './piece';
import { PieceCache, PlacedPiece } from './pieceCache';

export interface IncrementalParse {
  doc: Document.Parsed;
  data: unknown;
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
  const pairs: Pair[] = [];
  const data: Record<string, unknown> = {};
  let first: ParsedPiece | null = null;
  let lastEnd: [number, number] = [0, 0];
  let lastDocEnd: number[] = [];
  for (const p of pieces) {
    const built = p.items ? listPair(source, p) : topPair(source, p);
    if ('obstacle' in built) return built;
    // A duplicate key is reported by the full parse; `__proto__` is a special key for toJS.
    if (Object.prototype.hasOwnProperty.call(data, built.key) || built.key === '__proto__') return { obstacle: 'duplicate', at: p.start };
    if (!first) first = built.parsed;
    pairs.push(built.pair);
    data[built.key] = built.value;
    lastEnd = built.end;
    lastDocEnd = built.docRange;
  }
  const firstDoc = first!.doc;
  const root = Object.create(YAMLMap.prototype, Object.getOwnPropertyDescriptors(firstDoc.contents)) as YAMLMap;
  root.items = pairs;
  root.range = [firstDoc.contents!.range[0], lastEnd[0], lastEnd[1]];
  const doc = Object.create(Document.prototype, Object.getOwnPropertyDescriptors(firstDoc)) as Document.Parsed;
  doc.contents = root as Document.Parsed['contents'];
  doc.range = [firstDoc.range[0], lastDocEnd[1], lastDocEnd[2]];
  doc.errors = [];
  doc.warnings = [];
  return { doc, data };
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
  pair: Pair;
  value: unknown;
  parsed: ParsedPiece;
  /** [value-end, node-end] of the pair's value, absolute. */
  end: [number, number];
  /** The last piece's Document range, absolute. */
  docRange: number[];
}

function piece(source: string, p: Piece, kind: PieceKind): PlacedPiece | Obstacle {
  const t = source.slice(p.start, p.end);
  const got = cache.placed(t, kind, p.start);
  if (got) return got;
  const why = cache.obstacle(t, kind) ?? { obstacle: 'shape', at: 0 };
  return { obstacle: why.obstacle, at: p.start + why.at };
}

function topPair(source: string, p: Piece): BuiltPair | Obstacle {
  const got = piece(source, p, 'top');
  if ('obstacle' in got) return got;
  const pair = got.node as Pair;
  return { key: got.parsed.key!, pair, value: (got.parsed.data as Record<string, unknown>)[got.parsed.key!], parsed: got.parsed, end: [got.range[1], got.range[2]], docRange: got.docRange };
}

function listPair(source: string, p: Piece): BuiltPair | Obstacle {
  const head = piece(source, p.items!.header, 'header');
  if ('obstacle' in head) return head;
  const headPair = head.node as Pair;
  const items: (Node | null)[] = [];
  const values: unknown[] = [];
  let firstRange: number[] | null = null;
  let lastRange: number[] = [];
  let docRange: number[] = [];
  for (const it of p.items!.list) {
    const got = piece(source, it, 'item');
    if ('obstacle' in got) return got;
    items.push(got.node as Node | null);
    values.push(got.parsed.data);
    firstRange ??= got.range;
    lastRange = got.range;
    docRange = got.docRange;
  }
  const firstSeq = cache.relative(source.slice(p.items!.list[0].start, p.items!.list[0].end), 'item')!.doc.contents as YAMLSeq;
  const seq = Object.create(YAMLSeq.prototype, Object.getOwnPropertyDescriptors(firstSeq)) as YAMLSeq;
  seq.items = items;
  seq.range = [firstRange![0], lastRange[1], lastRange[2]];
  const pair = Object.create(Object.getPrototypeOf(headPair), Object.getOwnPropertyDescriptors(headPair)) as Pair;
  pair.value = seq;
  return { key: head.parsed.key!, pair, value: values, parsed: head.parsed, end: [lastRange[1], lastRange[2]], docRange };
}
