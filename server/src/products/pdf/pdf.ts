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
import type { Content, ContentSection, Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces';
import { text, type Text } from '../../core/l10n';
import type { SyntheseModel } from '../../protocol/synthese';
import { evaluationContent } from './evaluation';
import { ficheContent } from './fiche';
import { FONT_FILES, GlyphGuard, resolveFontDir } from './fonts';
import { layoutFreeFont, needsShaping, plainFontFile, type VirtualFs } from './fontTables';
import { annexLabel, candidateName, epreuveLine, pageFooter, pageHeader, tableauEpreuveLine } from './parts';
import { gridContent, tableauContent, type KeepPair } from './tableau';

export interface RenderOptions {
  creationDate: Date;
  includeEvaluation?: boolean;
  fontDir?: string;
}

// The module object itself (a singleton instance), not an ES namespace copy: its setters
// assign properties on it, which a frozen namespace wrapper would refuse.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfmake = require('pdfmake') as typeof import('pdfmake');

const LANDSCAPE_MARGIN = 28;
const PORTRAIT_MARGIN = 40;

/** Every string of the model passed through the glyph guard (missing characters → "?"). */
function cleanStrings<T>(value: T, guard: GlyphGuard): T {
  if (typeof value === 'string') return guard.clean(value) as T;
  if (Array.isArray(value)) return value.map((v) => cleanStrings(v, guard)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cleanStrings(v, guard);
    return out as T;
  }
  return value;
}

function section(content: Content[], orientation: 'landscape' | 'portrait', left: string, right: string, name: string): ContentSection {
  const m = orientation === 'landscape' ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN;
  return {
    section: content,
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: [m, 34, m, 30],
    header: pageHeader(left, right, m),
    footer: pageFooter(name, m)
  };
}

/**
 * A group row ("Réalisation(s) en cours de formation") must not be the last line of a page
 * while its first réalisation starts the next one: pdfmake's pageBreakBefore hook moves the
 * group row to the next page when its first row is not on the same page.
 */
function keepGroupsWithNextRow(keep: KeepPair[]) {
  const firstOf = new Map(keep.map((k) => [k.groupId, k.firstRowId]));
  type Info = { id?: string; pageNumbers?: number[] };
  return (node: Node, queries: NodeQueries): boolean => {
    const { id, pageNumbers = [] } = node as Info;
    const firstRowId = id ? firstOf.get(id) : undefined;
    if (!firstRowId || pageNumbers.length !== 1) return false;
    const first = queries.getFollowingNodesOnPage().find((n) => (n as Info).id === firstRowId) as Info | undefined;
    // A row that did not fit is laid out again on the next page and keeps a stale position on
    // this one: the row is on the group's page only when all its positions are.
    return !(first && (first.pageNumbers ?? []).every((p) => p === pageNumbers[0]));
  };
}

export function buildDocDefinition(model: SyntheseModel, opts: RenderOptions): TDocumentDefinitions {
  const name = candidateName(model);
  const sections: ContentSection[] = [];
  const keep: KeepPair[] = [];
  const tableauRight = tableauEpreuveLine(model.epreuve);

  if (model.referentiel === 'bts-sio' || model.columns.length > 0) {
    const t = tableauContent(model);
    keep.push(...t.keep);
    sections.push(section(t.content, 'landscape', model.subtitle, tableauRight || 'Document de synthèse', name));
  }
  // The fiche repeats the full épreuve line under its heading; the page header stays short.
  const ficheRight = [model.epreuveFiches ? `Épreuve ${model.epreuveFiches.code}` : '', annexLabel(model.epreuveFiches?.annexFiche)].filter((s) => s).join(' — ');
  for (const f of model.fiches) {
    sections.push(section(ficheContent(model, f), 'portrait', model.subtitle, ficheRight, name));
  }
  model.grids.forEach((g, i) => {
    const grid = gridContent(g, i);
    keep.push(...grid.keep);
    sections.push(section(grid.content, 'landscape', model.subtitle, 'Document de synthèse', name));
  });
  if (opts.includeEvaluation && model.evaluation) {
    sections.push(section(evaluationContent(model.evaluation), 'portrait', model.subtitle, 'Grille d’évaluation', name));
  }
  if (sections.length === 0) {
    sections.push(section([{ text: model.title, bold: true, fontSize: 13 }], 'portrait', model.subtitle, '', name));
  }

  const subject = [epreuveLine(model.epreuve), model.subtitle].filter((s) => s).join(' — ');
  return {
    language: 'fr-FR',
    info: {
      title: name ? `${model.title} — ${name}` : model.title,
      author: name,
      subject,
      keywords: [model.referentiel, model.candidat.option ?? '', model.session ? `session ${model.session}` : ''].filter((s) => s).join(', '),
      creator: 'Dossier SIO',
      producer: 'Dossier SIO (pdfmake)',
      creationDate: opts.creationDate,
      modDate: opts.creationDate
    },
    defaultStyle: { font: 'DejaVu', fontSize: 8, lineHeight: 1.1 },
    pageBreakBefore: keepGroupsWithNextRow(keep),
    content: sections
  };
}

export async function renderPdf(model: SyntheseModel, opts: RenderOptions): Promise<{ bytes: Buffer; warnings: Text[] }> {
  const fontDir = resolveFontDir(opts.fontDir);
  const guard = new GlyphGuard(fontDir);
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
  const warnings: Text[] = [];
  const w = guard.warning();
  if (w) warnings.push(w);
  if (opts.includeEvaluation && !model.evaluation) {
    warnings.push(text('Aucune grille d’évaluation dans ce dossier : elle n’est pas incluse.', 'No evaluation grid in this dossier: none included.'));
  }
  return { bytes, warnings };
}
