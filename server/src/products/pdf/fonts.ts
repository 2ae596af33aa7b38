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
import type { CoverageFont } from './glyphGuard';

export { GlyphGuard } from './glyphGuard';

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
const coverageCache = new Map<string, CoverageFont>();

export function coverage(fontDir: string): CoverageFont {
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

