/**
 * Parsed pieces kept by their text, and copies of them placed at an offset. A placed copy is
 * never changed once handed out (a previous version's ParsedDossier, or another file holding the
 * same text at the same offset, may still use it), so moving a piece makes a new copy.
 * Least recently used entries are dropped past a budget in characters of piece text.
 */
import type { Node, Pair } from 'yaml';
import type { Obstacle } from './cut';
import { ParsedPiece, PieceKind, readPiece, shifted } from './piece';

/**
 * A piece at an offset of the file. Its nodes are copied with shifted ranges only when read
 * (`node`): the diagnostics of a keystroke read `data` and the models, not the tree.
 */
export class PlacedPiece {
  private moved: Pair | Node | null | undefined;
  /** The piece root's range (the one-pair map, the one-item sequence), absolute. */
  readonly range: number[];
  /** The piece's Document range, absolute. */
  readonly docRange: number[];
  /** What was built from this placement (a réalisation's or a stage's located model), by list. */
  readonly models = new Map<string, unknown>();

  constructor(
    readonly parsed: ParsedPiece,
    readonly offset: number
  ) {
    const root = parsed.doc.contents as unknown as { range: number[] };
    this.range = offset === 0 ? root.range : root.range.map((r) => r + offset);
    this.docRange = offset === 0 ? parsed.doc.range : parsed.doc.range.map((r) => r + offset);
  }

  /** The pair ('top', 'header') or the item ('item'), ranges absolute. */
  get node(): Pair | Node | null {
    if (this.moved === undefined) {
      const rel = (this.parsed.doc.contents as unknown as { items: unknown[] }).items[0] as Pair | Node | null;
      this.moved = this.offset === 0 ? rel : shifted(rel, this.offset);
    }
    return this.moved;
  }
}

interface Entry {
  /** The parse in which the entry was last used (least recently used ones go first). */
  used: number;
  parsed: ParsedPiece | null;
  /** Why `parsed` is null (position relative to the piece). */
  why?: Obstacle;
  placements: Map<number, PlacedPiece>;
}

/** Several times the largest dossier analysed (MAX_CUT_DOSSIER_BYTES is 1 MB). */
const BUDGET_CHARS = 4_000_000;
/** A piece rarely sits at more than two offsets at once (the version being typed and the previous one). */
const MAX_PLACEMENTS = 2;

export class PieceCache {
  private readonly entries: Record<PieceKind, Map<string, Entry>> = { top: new Map(), header: new Map(), item: new Map() };
  private chars = 0;
  private parses = 0;

  /** `budget`: characters of piece text kept between parses (smaller in tests). */
  constructor(private readonly budget = BUDGET_CHARS) {}

  beginParse(): void {
    this.parses++;
    if (this.chars <= this.budget) return;
    // Over budget (rare: several large files read): drop the least recently used entries. A hit
    // only stamps its entry, instead of moving it to the end of its map: a delete and a set per
    // piece on every keystroke made the maps rehash (2,000 hits at 2,000 réalisations).
    const all: [PieceKind, string, Entry][] = [];
    for (const kind of ['top', 'header', 'item'] as const) for (const [t, e] of this.entries[kind]) all.push([kind, t, e]);
    all.sort((a, b) => a[2].used - b[2].used);
    for (const [kind, t] of all) {
      if (this.chars <= this.budget * 0.75) break;
      this.entries[kind].delete(t);
      this.chars -= t.length;
    }
  }

  /** Characters of piece text held. */
  get size(): number {
    return this.chars;
  }

  /** Drops the pieces with these texts (a closed file checked once: nobody types in it). */
  forget(texts: Iterable<[string, PieceKind]>): void {
    for (const [t, kind] of texts) if (this.entries[kind].delete(t)) this.chars -= t.length;
  }

  relative(text: string, kind: PieceKind): ParsedPiece | null {
    return this.entry(text, kind).parsed;
  }

  /** Why the piece with this text is not read alone (after `placed` returned null for it). */
  obstacle(text: string, kind: PieceKind): Obstacle | undefined {
    return this.entries[kind].get(text)?.why;
  }

  placed(text: string, kind: PieceKind, offset: number): PlacedPiece | null {
    const e = this.entry(text, kind);
    if (!e.parsed) return null;
    const hit = e.placements.get(offset);
    if (hit) return hit;
    const placed = new PlacedPiece(e.parsed, offset);
    if (e.placements.size >= MAX_PLACEMENTS) e.placements.delete(e.placements.keys().next().value!);
    e.placements.set(offset, placed);
    return placed;
  }

  private entry(text: string, kind: PieceKind): Entry {
    const map = this.entries[kind];
    let e = map.get(text);
    if (e) {
      e.used = this.parses;
      return e;
    }
    const got = readPiece(text, kind);
    e = 'obstacle' in got ? { used: this.parses, parsed: null, why: got, placements: new Map() } : { used: this.parses, parsed: got, placements: new Map() };
    map.set(text, e);
    this.chars += text.length;
    return e;
  }
}
