/**
 * Code lens above `realisations:`: coverage of the evaluated bloc(s), the rule of the bloc-1
 * épreuve ("l’ensemble des réalisations doit permettre de mobiliser toutes les compétences du
 * bloc"), with the preview one click away.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeLens } from 'vscode-languageserver-types';
import { blocLabel, evaluatedCoverage } from '../coverage';
import type { ParsedDossier } from '../parse';
import type { FeatureOptions } from './options';
import { dossierContext, tr } from './options';

export const SHOW_PREVIEW = 'sio.showPreview';

export function codeLenses(doc: TextDocument, parsed: ParsedDossier, opts: FeatureOptions): CodeLens[] {
  const ctx = dossierContext(parsed, opts);
  if (!ctx) return [];
  const at = parsed.model.realisationsKey;
  if (parsed.text.slice(at.start, at.end) !== 'realisations') return [];
  const range = { start: doc.positionAt(at.start), end: doc.positionAt(at.end) };
  return evaluatedCoverage(ctx.catalog, ctx.model).map((cov) => {
    const label = blocLabel(cov.bloc);
    const counts = `${cov.covered}/${cov.total} ${tr(opts, 'compétences', 'competences')}`;
    const title = cov.missing.length
      ? tr(opts, `${label} : ${counts} — manque ${cov.missing.join(', ')}`, `${label}: ${counts} — missing ${cov.missing.join(', ')}`)
      : tr(opts, `${label} : ${counts} ✓`, `${label}: ${counts} ✓`);
    return { range, command: { title, command: SHOW_PREVIEW, arguments: [doc.uri] } };
  });
}
