/**
 * Parsed pieces kept by their text, and copies of them placed at an offset. A placed copy is
 * never changed once handed out (a previous version's ParsedDossier, or another file holding the
 * same text at the same offset, may still use it), so moving a piece makes a new copy.
 * Least recently used entries are dropped past a budget in characters of piece text.
 */
import type { Node, Pair } from 'yaml';
import type { Obstacle } from './cut';
import { ParsedPiece, PieceKind, readPiece, shifted } from './piece';

export interface PlacedPiece {
  parsed: ParsedPiece;
  /** The pair ('top') or the item ('item'), ranges absolute. */
  node: Pair | Node | null;
  /** The piece root's range (the one-pair map, the one-item sequence), absolute. */
  range: number[];
  /** The piece's Document range, absolute. */
  docRange: number[];
}

interface Entry {
  parsed: ParsedPiece | null;
  /** Why `parsed` is null (position relative to the piece). */
  why?: Obstacle;
  placements: Map<number, PlacedPiece>;
}

/** Several times the largest dossier analysed (MAX_DOSSIER_BYTES is 1 MB). */
/** A placed node → the node of the same piece at its previous place, and how far it moved. */
const moves = new WeakMap<object, { from: object; delta: number }>();

/** Where a placed node was before this edit moved it (for reusing what was built from it). */
export function movedFrom(node: object): { from: object; delta: number } | undefined {
  return moves.get(node);
}

const BUDGET_CHARS = 4_000_000;
/** A piece rarely sits at more than two offsets at once (the version being typed and the previous one). */
const MAX_PLACEMENTS = 4;

export class PieceCache {
  private readonly entries: Record<PieceKind, Map<string, Entry>> = { top: new Map(), header: new Map(), item: new Map() };
  private chars = 0;

  beginParse(): void {
    while (this.chars > BUDGET_CHARS) {
      const kind: PieceKind = this.entries.item.size >= this.entries.top.size ? 'item' : this.entries.top.size ? 'top' : 'header';
      const oldest = this.entries[kind].keys().next();
      if (oldest.done) break;
      this.entries[kind].delete(oldest.value);
      this.chars -= oldest.value.length;
    }
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
    const p = e.parsed;
    const root = p.doc.contents as unknown as { range: number[]; items: unknown[] };
    const node = offset === 0 ? (root.items[0] as Pair | Node | null) : shifted(root.items[0] as Pair | Node | null, offset);
    const placed: PlacedPiece = { parsed: p, node, range: root.range.map((r) => r + offset), docRange: p.doc.range.map((r) => r + offset) };
    // The latest placement is the likeliest to have its model built already.
    const last = [...e.placements.entries()].pop();
    if (last && node && last[1].node) moves.set(node, { from: last[1].node, delta: offset - last[0] });
    if (e.placements.size >= MAX_PLACEMENTS) e.placements.delete(e.placements.keys().next().value!);
    e.placements.set(offset, placed);
    return placed;
  }

  private entry(text: string, kind: PieceKind): Entry {
    const map = this.entries[kind];
    let e = map.get(text);
    if (e) {
      // Most recently used last: re-insert.
      map.delete(text);
      map.set(text, e);
      return e;
    }
    const got = readPiece(text, kind);
    e = 'obstacle' in got ? { parsed: null, why: got, placements: new Map() } : { parsed: got, placements: new Map() };
    map.set(text, e);
    this.chars += text.length;
    return e;
  }
}
