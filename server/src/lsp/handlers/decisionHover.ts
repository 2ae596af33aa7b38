/**
 * Hover on a citation of a dossier: the competence's doc (core/features/hover.ts), followed by
 * the teaching team's decision on that claim when the review file decides claims
 * (core/review/validationFindings.ts). A citation with an unknown id still shows its decision.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { ParsedDossier } from '../../core/parse';
import { decisionHover, type ParsedReview } from '../../core/review';

export function withDecision(base: Hover | null, doc: TextDocument, parsed: ParsedDossier, review: ParsedReview | null, pos: Position): Hover | null {
  if (!review) return base;
  const offset = doc.offsetAt(pos);
  const line = decisionHover(parsed, review, offset);
  if (!line) return base;
  if (!base) {
    const c = parsed.model.realisations.flatMap((r) => r.competences ?? []).find((x) => x.start <= offset && offset <= x.end)!;
    return { contents: { kind: MarkupKind.Markdown, value: line }, range: { start: doc.positionAt(c.start), end: doc.positionAt(c.end) } };
  }
  const contents = base.contents;
  const value = typeof contents === 'object' && 'kind' in contents ? contents.value : String(contents);
  return { ...base, contents: { kind: MarkupKind.Markdown, value: `${value}\n\n---\n\n${line}` } };
}
