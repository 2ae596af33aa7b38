/**
 * Renders a SyntheseModel to PDF with pdfmake 0.3 (on pdfkit), offline, no browser:
 * the tableau de synthèse (A4 landscape), the fiches descriptives (A4 portrait, recto + verso),
 * the MC SNO grids and, on request, the evaluation grid. The bytes depend only on the model and
 * `creationDate`: pdfkit derives the file ID from the info dictionary (dates included) and the
 * font subset tags from font order, so two exports of the same dossier are byte-identical.
 *
 * Node-only: pdfmake's virtual file system is filled with font files by path (node:path).
 */
import * as path from 'node:path';
import type { Text } from '../../core/l10n';
import type { SyntheseModel } from '../../protocol/synthese';
import { buildDocDefinition, cleanStrings, pdfWarnings } from './docDefinition';
import { coverage, FONT_FILES, GlyphGuard, resolveFontDir } from './fonts';
import { layoutFreeFont, needsShaping, plainFontFile, type VirtualFs } from './fontTables';

export { buildDocDefinition } from './docDefinition';

export interface RenderOptions {
  creationDate: Date;
  includeEvaluation?: boolean;
  fontDir?: string;
}

// The module object itself (a singleton instance), not an ES namespace copy: its setters
// assign properties on it, which a frozen namespace wrapper would refuse.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfmake = require('pdfmake') as typeof import('pdfmake');

export async function renderPdf(model: SyntheseModel, opts: RenderOptions): Promise<{ bytes: Buffer; warnings: Text[] }> {
  const fontDir = resolveFontDir(opts.fontDir);
  const guard = new GlyphGuard(coverage(fontDir));
  const clean = cleanStrings(model, guard);
  const dd = buildDocDefinition(clean, opts);

  // Text that no script rule reshapes (French and its neighbours) is measured with the fonts'
  // copies without OpenType layout tables: the same widths, a fraction of the cost (fontTables.ts).
  // The build writes those copies into dist/fonts/plain/; from the sources they are made once per process.
  const plain = !needsShaping(JSON.stringify(clean));
  const allowed = new Set(Object.values(FONT_FILES).map((f) => path.join(fontDir, f)));
  const font = (f: string) => {
    if (!plain) return path.join(fontDir, f);
    const built = plainFontFile(fontDir, f);
    if (built) allowed.add(built);
    return built ?? layoutFreeFont((pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs, fontDir, f);
  };
  // pdfmake is a module-level singleton: fonts and access policies are set on each call so
  // that nothing but the three font files (or their plain copies) can be read and nothing
  // fetched from the network.
  pdfmake.setFonts({
    DejaVu: { normal: font(FONT_FILES.normal), bold: font(FONT_FILES.bold), italics: font(FONT_FILES.italics), bolditalics: font(FONT_FILES.bold) }
  });
  pdfmake.setLocalAccessPolicy((p) => allowed.has(p));
  pdfmake.setUrlAccessPolicy(() => false);

  const bytes = await pdfmake.createPdf(dd).getBuffer();
  const warnings = pdfWarnings(guard, model, opts.includeEvaluation);
  return { bytes, warnings };
}
