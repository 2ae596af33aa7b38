/**
 * The glyph guard of the PDF export: every character DejaVu Sans cannot draw becomes "?" and is
 * named in one warning. Browser-safe: the font's coverage is given (fontkit on the desktop,
 * fonts.ts; the cmap read from the bytes in VS Code for the Web, cmap.ts).
 */
import { text, type Text } from '../../core/l10n';

export interface CoverageFont {
  hasGlyphForCodePoint(cp: number): boolean;
}

/** Characters that are not printed and need no glyph. */
function isInvisible(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x200b || cp === 0x200d || cp === 0xfeff;
}

/**
 * Replaces every character DejaVu Sans cannot draw by "?" (instead of an empty box in the PDF)
 * and collects them, so that the export can name them in one warning.
 */
export class GlyphGuard {
  private readonly font: CoverageFont;
  readonly missing = new Set<string>();

  constructor(font: CoverageFont) {
    this.font = font;
  }

  clean(s: string): string {
    let out = '';
    for (const ch of s) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp === 0x0a || cp === 0x09) out += ch;
      else if (isInvisible(cp)) continue;
      else if (this.font.hasGlyphForCodePoint(cp)) out += ch;
      else {
        this.missing.add(ch);
        out += '?';
      }
    }
    return out;
  }

  warning(): Text | null {
    if (this.missing.size === 0) return null;
    const list = [...this.missing]
      .map((c) => `« ${c} » (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`)
      .join(', ');
    return text(
      `Caractères absents de la police DejaVu Sans, remplacés par « ? » dans le PDF : ${list}.`,
      `Characters missing from the DejaVu Sans font, replaced by "?" in the PDF: ${list}.`
    );
  }
}
