/**
 * The review language service: the editor features of a teacher's review file
 * (`nom.revue.yaml`, docs/REVUE.md), one per file under features/, behind one factory, as the
 * dossier's core/service.ts + core/features/. No editor import: the caller (lsp/handlers/)
 * owns the documents, reads the reviewed dossier and passes both to each provider.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionList, Diagnostic, Hover, Position, TextEdit } from 'vscode-languageserver-types';
import type { Locale } from '../l10n';
import type { ParsedDossier } from '../parse';
import { codeActions, fixAllEdits } from './features/codeActions';
import { completion } from './features/completion';
import { diagnostics } from './features/diagnostics';
import { hover, withDecision } from './features/hover';
import { renameEdits, type OffsetEdit } from './features/rename';
import type { ParsedReview } from './parse';

export interface ReviewService {
  completion(doc: TextDocument, review: ParsedReview, dossier: ParsedDossier | null, pos: Position): CompletionList;
  hover(doc: TextDocument, review: ParsedReview, dossier: ParsedDossier | null, pos: Position): Hover | null;
  /**
   * `only`: the kinds the editor asked for, all when absent; with the file's `dossier`, « Corriger
   * tout » is offered over all of the review's diagnostics.
   */
  codeActions(doc: TextDocument, review: ParsedReview, diagnostics: Diagnostic[], only?: string[], dossier?: ParsedDossier | null): CodeAction[];
  /** Every unambiguous fix of the review, as `verifier --corriger` applies them. */
  fixAllEdits(doc: TextDocument, review: ParsedReview, dossier: ParsedDossier | null): TextEdit[];
  diagnostics(doc: TextDocument, review: ParsedReview, dossier: ParsedDossier | null): Diagnostic[];
  /** Edits of the review when réalisation `oldId` of its dossier becomes `newId`. */
  renameEdits(review: ParsedReview, oldId: string, newId: string): OffsetEdit[];
  /** On a citation of the dossier: its hover followed by the review's decision on that claim. */
  dossierHover(base: Hover | null, doc: TextDocument, dossier: ParsedDossier, review: ParsedReview | null, pos: Position): Hover | null;
}

/** `locale`: read at each call, so a settings change applies without a new service. */
export function createReviewService(locale: () => Locale): ReviewService {
  return {
    completion,
    hover,
    codeActions: (doc, review, diags, only, dossier) =>
      codeActions(doc, review, diags, locale(), only, dossier === undefined ? undefined : () => diagnostics(doc, review, dossier, locale())),
    fixAllEdits: (doc, review, dossier) => fixAllEdits(doc, diagnostics(doc, review, dossier, locale()), locale()).edits,
    diagnostics: (doc, review, dossier) => diagnostics(doc, review, dossier, locale()),
    renameEdits,
    dossierHover: withDecision
  };
}
