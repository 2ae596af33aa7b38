/**
 * The pdfmake document of a SyntheseModel: the tableau de synthèse (A4 landscape), the fiches
 * descriptives (A4 portrait), the MC SNO grids and, on request, the evaluation grid. Browser-safe:
 * the desktop (pdf.ts, pdfmake on Node) and VS Code for the Web (browserPdf.ts, pdfmake's browser
 * build) lay out the same document.
 */
import type { Content, ContentSection, Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces';
import { text, type Text } from '../../core/l10n';
import type { SyntheseModel } from '../../protocol/synthese';
import { evaluationContent } from './evaluation';
import { ficheContent } from './fiche';
import type { GlyphGuard } from './glyphGuard';
import { annexLabel, candidateName, epreuveLine, pageFooter, pageHeader, tableauEpreuveLine } from './parts';
import { gridContent, tableauContent, type KeepPair } from './tableau';

export interface DocOptions {
  creationDate: Date;
  includeEvaluation?: boolean;
}

const LANDSCAPE_MARGIN = 28;
const PORTRAIT_MARGIN = 40;

/** Every string of the model passed through the glyph guard (missing characters → "?"). */
export function cleanStrings<T>(value: T, guard: GlyphGuard): T {
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

export function buildDocDefinition(model: SyntheseModel, opts: DocOptions): TDocumentDefinitions {
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


/** The warnings of an export: the characters the font lacks, an evaluation asked for and absent. */
export function pdfWarnings(guard: GlyphGuard, model: SyntheseModel, includeEvaluation?: boolean): Text[] {
  const warnings: Text[] = [];
  const w = guard.warning();
  if (w) warnings.push(w);
  if (includeEvaluation && !model.evaluation) {
    warnings.push(text('Aucune grille d’évaluation dans ce dossier : elle n’est pas incluse.', 'No evaluation grid in this dossier: none included.'));
  }
  return warnings;
}
