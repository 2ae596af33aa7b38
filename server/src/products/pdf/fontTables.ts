/**
 * DejaVu Sans without its OpenType layout tables (GSUB, GPOS, GDEF), for documents written only
 * in scripts that need no shaping (French, and any Latin, Greek or Cyrillic text without
 * combining marks). Why: with those tables, fontkit runs the full OpenType shaper for every
 * string pdfmake measures; that was most of a cold export's CPU (docs/PERFORMANCE.md). Without
 * them fontkit maps characters to glyphs directly and kerns from the font's `kern` table, which
 * DejaVu also carries: the same widths and kerning pairs at about a quarter of the cost; only
 * the f ligatures (fi, fl, ffi, ffl) are drawn as separate letters (up to a tenth of an em
 * wider per ligature, test/unit/export/fontTables.test.ts).
 * The `post` table loses its glyph names too (format 3: the header alone, same italic angle,
 * underline and fixed-pitch flag): no PDF reader or part of pdfkit uses them, and decoding the
 * 6,000 names of each font was a tenth of a cold export (docs/PERFORMANCE.md).
 * The glyph outlines are untouched; pdfkit still embeds only the glyphs a PDF uses.
 * esbuild.mjs writes these copies once, at build time, into dist/fonts/plain/ (plainFontFile).
 *
 * Node-only: the font files are read from dist/fonts (node:fs).
 */

import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const LAYOUT_TABLES = new Set(['GSUB', 'GPOS', 'GDEF']);
/** The `post` header: version 3.0 means "no glyph names". */
const POST_HEADER = 32;

function checksum(buf: Buffer, start: number, length: number): number {
  let sum = 0;
  const end = start + ((length + 3) & ~3);
  for (let i = start; i < end; i += 4) sum = (sum + (i + 4 <= buf.length ? buf.readUInt32BE(i) : 0)) >>> 0;
  return sum;
}

/** The same TrueType font without GSUB/GPOS/GDEF nor glyph names; the input unchanged if it has no layout tables or is not a plain TrueType file. */
export function withoutLayoutTables(font: Buffer): Buffer {
  if (font.length < 12) return font;
  const version = font.readUInt32BE(0);
  if (version !== 0x00010000 && version !== 0x74727565 /* 'true' */) return font;
  const numTables = font.readUInt16BE(4);
  const tables: { tag: string; sum: number; offset: number; length: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const r = 12 + 16 * i;
    tables.push({ tag: font.toString('latin1', r, r + 4), sum: font.readUInt32BE(r + 4), offset: font.readUInt32BE(r + 8), length: font.readUInt32BE(r + 12) });
  }
  const kept = tables.filter((t) => !LAYOUT_TABLES.has(t.tag));
  if (kept.length === tables.length) return font;
  // post keeps its 32-byte header, as version 3.0 (a table already in version 3 is the same bytes).
  const post = kept.find((t) => t.tag === 'post' && t.length >= POST_HEADER);
  const postBytes = post ? Buffer.from(font.subarray(post.offset, post.offset + POST_HEADER)) : null;
  if (post && postBytes) {
    postBytes.writeUInt32BE(0x00030000, 0);
    post.length = POST_HEADER;
    post.sum = checksum(postBytes, 0, POST_HEADER);
  }
  const headerSize = 12 + 16 * kept.length;
  const size = kept.reduce((n, t) => n + ((t.length + 3) & ~3), headerSize);
  const out = Buffer.alloc(size);
  let entrySelector = 0;
  while (1 << (entrySelector + 1) <= kept.length) entrySelector++;
  out.writeUInt32BE(version, 0);
  out.writeUInt16BE(kept.length, 4);
  out.writeUInt16BE((1 << entrySelector) * 16, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(kept.length * 16 - (1 << entrySelector) * 16, 10);
  let at = headerSize;
  let headAt = -1;
  kept.forEach((t, i) => {
    const r = 12 + 16 * i;
    out.write(t.tag, r, 'latin1');
    out.writeUInt32BE(t.sum, r + 4);
    out.writeUInt32BE(at, r + 8);
    out.writeUInt32BE(t.length, r + 12);
    if (t === post && postBytes) postBytes.copy(out, at);
    else font.copy(out, at, t.offset, t.offset + t.length);
    if (t.tag === 'head') headAt = at;
    at += (t.length + 3) & ~3;
  });
  if (headAt >= 0) {
    // head.checkSumAdjustment: 0xB1B0AFBA minus the sum of the whole file with it set to 0.
    out.writeUInt32BE(0, headAt + 8);
    out.writeUInt32BE((0xb1b0afba - checksum(out, 0, out.length)) >>> 0, headAt + 8);
  }
  return out;
}

export { needsShaping } from './shaping';

/** Where the layout-free copies live: pdfmake's virtual file system (in memory). */
export interface VirtualFs {
  existsSync(name: string): boolean;
  writeFileSync(name: string, content: Buffer): void;
}

/** Where the build writes the copies, inside the fonts folder of dist/. */
export const PLAIN_FONT_DIR = 'plain';

/** The copy of `file` written at build time (dist/fonts/plain/), or null (running from the sources). */
export function plainFontFile(fontDir: string, file: string): string | null {
  const built = path.join(fontDir, PLAIN_FONT_DIR, file);
  return existsSync(built) ? built : null;
}

const registered = new Map<string, string>();

/** The virtual file name of `file` (in `fontDir`) without layout tables, written once per process. */
export function layoutFreeFont(vfs: VirtualFs, fontDir: string, file: string): string {
  const real = path.join(fontDir, file);
  let name = registered.get(real);
  if (!name || !vfs.existsSync(name)) {
    name = `dossier-sio-sans-gsub-gpos-${registered.size}-${file}`;
    vfs.writeFileSync(name, withoutLayoutTables(readFileSync(real)));
    registered.set(real, name);
  }
  return name;
}
