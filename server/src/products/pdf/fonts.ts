/**
 * DejaVu Sans, embedded in every exported PDF: it covers French typography (é, œ, ’, « », the
 * narrow no-break space U+202F before « ; : ! ? ») and the ballot boxes ☐ ☒ of the official
 * forms, which the 14 standard PDF fonts do not. pdfkit subsets it, so only used glyphs ship.
 *
 * The files are found in `opts.fontDir`, else next to the bundle (`dist/fonts`, copied there by
 * esbuild.mjs because node_modules is not shipped in the .vsix), else in the
 * `dejavu-fonts-ttf` package (running from sources: tests, tsx).
 *
 * Node-only: DejaVu Sans is found and read on disk (node:fs).
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { text, type Text } from '../../core/l10n';

export const FONT_FILES = {
  normal: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italics: 'DejaVuSans-Oblique.ttf'
} as const;

export function resolveFontDir(explicit?: string): string {
  const candidates: string[] = [];
  if (explicit) candidates.push(explicit);
  candidates.push(path.join(__dirname, 'fonts'));
  try {
    candidates.push(path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf'));
  } catch {
    // not installed: only the bundled copy can work
  }
  for (const dir of candidates) {
    if (existsSync(path.join(dir, FONT_FILES.normal))) return dir;
  }
  throw new Error(`DejaVu Sans introuvable / not found (${candidates.join(', ')})`);
}

/** The cmap of DejaVu Sans, read once per directory through fontkit (pdfkit's own font parser). */
interface CoverageFont {
  hasGlyphForCodePoint(cp: number): boolean;
}
const coverageCache = new Map<string, CoverageFont>();

function coverage(fontDir: string): CoverageFont {
  let font = coverageCache.get(fontDir);
  if (!font) {
    // fontkit is a dependency of pdfkit (itself pdfmake's); no typings are published for it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fontkit = require('fontkit') as { create(buf: Uint8Array): CoverageFont };
    font = fontkit.create(readFileSync(path.join(fontDir, FONT_FILES.normal)));
    coverageCache.set(fontDir, font);
  }
  return font;
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

  constructor(fontDir: string) {
    this.font = coverage(fontDir);
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
