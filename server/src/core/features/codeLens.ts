/**
 * Code lens above `realisations:`: coverage of the evaluated bloc(s), the rule of the bloc-1
 * épreuve ("l’ensemble des réalisations doit permettre de mobiliser toutes les compétences du
 * bloc"), with the preview one click away. Once the review decides claims (`decisions`), the
 * same counts as the status bar and the preview: retained, refused, pending (review/claims.ts).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeLens } from 'vscode-languageserver-types';
import { blocLabel, evaluatedCoverage } from '../coverage';
import type { ParsedDossier } from '../parse';
import { blocCounts, claimsCoverage, retainedCountsText } from '../review/claims';
import { hasDecisions, type Decisions } from '../review/validations';
import type { FeatureOptions } from './options';
import { dossierContext, tr } from './options';

export const SHOW_PREVIEW = 'sio.showPreview';

export function codeLenses(doc: TextDocument, parsed: ParsedDossier, opts: FeatureOptions, decisions: Decisions | null = null): CodeLens[] {
  const ctx = dossierContext(parsed, opts);
  if (!ctx) return [];
  const at = parsed.model.realisationsKey;
  if (parsed.text.slice(at.start, at.end) !== 'realisations') return [];
  const range = { start: doc.positionAt(at.start), end: doc.positionAt(at.end) };
  const command = (title: string) => ({ title, command: SHOW_PREVIEW, arguments: [doc.uri] });
  if (decisions && hasDecisions(decisions)) {
    return claimsCoverage(ctx.catalog, ctx.model, decisions).blocs.map((b) => {
      const label = blocLabel(b.coverage.bloc);
      const counts = retainedCountsText(blocCounts(b));
      const done = b.coverage.covered === b.coverage.total ? ' ✓' : '';
      return { range, command: command(tr(opts, `${label} : ${counts.fr}${done}`, `${label}: ${counts.en}${done}`)) };
    });
  }
  return evaluatedCoverage(ctx.catalog, ctx.model).map((cov) => {
    const label = blocLabel(cov.bloc);
    const counts = `${cov.covered}/${cov.total} ${tr(opts, 'compétences', 'competences')}`;
    const title = cov.missing.length
      ? tr(opts, `${label} : ${counts} — manque ${cov.missing.join(', ')}`, `${label}: ${counts} — missing ${cov.missing.join(', ')}`)
      : tr(opts, `${label} : ${counts} ✓`, `${label}: ${counts} ✓`);
    return { range, command: command(title) };
  });
}
