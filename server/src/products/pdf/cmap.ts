/**
 * Which characters a TrueType font can draw, read from its `cmap` table (formats 4 and 12, the
 * ones DejaVu Sans carries). VS Code for the Web uses it for the glyph guard (glyphGuard.ts):
 * fontkit is inside pdfmake's browser build and not reachable from outside. Browser-safe.
 */
import type { CoverageFont } from './glyphGuard';

export function cmapCoverage(font: Uint8Array): CoverageFont {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const numTables = v.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    if (String.fromCharCode(font[rec], font[rec + 1], font[rec + 2], font[rec + 3]) === 'cmap') cmap = v.getUint32(rec + 8);
  }
  if (cmap < 0) throw new Error('Police sans table cmap / font without a cmap table');
  // Prefer the full-Unicode subtable (3,10 format 12), else the BMP one (3,1 or 0,x format 4).
  let best = -1;
  let bestFormat = 0;
  for (let i = 0, n = v.getUint16(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = v.getUint16(rec);
    const offset = cmap + v.getUint32(rec + 4);
    const format = v.getUint16(offset);
    if ((platform === 3 || platform === 0) && (format === 12 || (format === 4 && bestFormat !== 12))) {
      best = offset;
      bestFormat = format;
    }
  }
  if (best < 0) throw new Error('Police sans table cmap Unicode / font without a Unicode cmap');
  const ranges: Array<[number, number]> = [];
  if (bestFormat === 12) {
    for (let i = 0, n = v.getUint32(best + 12); i < n; i++) {
      const g = best + 16 + i * 12;
      ranges.push([v.getUint32(g), v.getUint32(g + 4)]);
    }
    return { hasGlyphForCodePoint: (cp) => ranges.some(([s, e]) => cp >= s && cp <= e) };
  }
  // Format 4: a code point has a glyph when its segment maps it to a glyph other than 0.
  const segX2 = v.getUint16(best + 6);
  const ends = best + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  return {
    hasGlyphForCodePoint(cp) {
      if (cp > 0xffff) return false;
      for (let s = 0; s < segX2; s += 2) {
        if (cp > v.getUint16(ends + s)) continue;
        const start = v.getUint16(starts + s);
        if (cp < start) return false;
        const ro = v.getUint16(rangeOffsets + s);
        if (ro === 0) return ((cp + v.getUint16(deltas + s)) & 0xffff) !== 0;
        const at = rangeOffsets + s + ro + (cp - start) * 2;
        const glyph = v.getUint16(at);
        return glyph !== 0 && ((glyph + v.getUint16(deltas + s)) & 0xffff) !== 0;
      }
      return false;
    }
  };
}
