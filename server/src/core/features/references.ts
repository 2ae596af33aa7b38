/**
 * References and highlights of a competence id: every place of the dossier citing it, or one
 * of its sub-competences when the id is a competence (B1.2 finds B1.2 and B1.2.1).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentHighlight, DocumentHighlightKind, Location } from 'vscode-languageserver-types';
import type { ParsedDossier } from '../parse';
import type { FeatureOptions } from './options';
import { dossierContext } from './options';
import { Citation, citationsOf, competenceAt } from './usages';

function citations(doc: TextDocument, parsed: ParsedDossier, position: { line: number; character: number }, opts: FeatureOptions): Citation[] {
  const ctx = dossierContext(parsed, opts);
  if (!ctx) return [];
  const here = competenceAt(ctx.model, doc.offsetAt(position));
  if (!here) return [];
  const id = here.str.value.trim();
  // An unknown id still has its own citations (a typo repeated in several réalisations).
  return ctx.catalog.byId.has(id) ? citationsOf(ctx.catalog, ctx.model, id) : ctx.model.realisations.flatMap((r) => (r.competences ?? []).filter((s) => s.value.trim() === id).map((str) => ({ realisation: r, str })));
}

export function references(doc: TextDocument, parsed: ParsedDossier, position: { line: number; character: number }, opts: FeatureOptions): Location[] {
  return citations(doc, parsed, position, opts).map((c) => ({ uri: doc.uri, range: { start: doc.positionAt(c.str.start), end: doc.positionAt(c.str.end) } }));
}

export function documentHighlights(doc: TextDocument, parsed: ParsedDossier, position: { line: number; character: number }, opts: FeatureOptions): DocumentHighlight[] {
  return citations(doc, parsed, position, opts).map((c) => ({ range: { start: doc.positionAt(c.str.start), end: doc.positionAt(c.str.end) }, kind: DocumentHighlightKind.Read }));
}
