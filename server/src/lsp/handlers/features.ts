/**
 * Editor features of the dossier, registered on the connection: completion, hover, quick fixes,
 * outline, folding, inlay hints, code lens, references and highlights. Each handler is
 * document → cached parse → core (server/src/core/features) → LSP result. The file's language is
 * decided once per request (`dispatch`): a review file (`*.revue.yaml`) goes to the review
 * service (core/review/service.ts); anything else (or not open) gets nothing.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind } from 'vscode-languageserver';
import { codeActions } from '../../core/features/codeActions';
import { fixAllAction } from '../../core/features/fixAll';
import { codeLenses } from '../../core/features/codeLens';
import { completion } from '../../core/features/completion';
import { foldingRanges } from '../../core/features/folding';
import { hover } from '../../core/features/hover';
import { inlayHints } from '../../core/features/inlayHints';
import type { FeatureOptions } from '../../core/features/options';
import { documentHighlights, references } from '../../core/features/references';
import { documentSymbols } from '../../core/features/symbols';
import type { ParsedDossier } from '../../core/parse';
import { isDossier, type ServerContext } from '../context';
import { reviewDecisions, type ParsedReview } from '../../core/review';
import { isReviewUri, reviewAndDossier } from './review';
import { reviewOfDossier } from './reviewRemarks';
import { checkPosition } from '../position';

/** Characters after which the editor asks for completion without Ctrl+Space. */
export const COMPLETION_TRIGGERS = [' ', '[', ',', '.'];

export function registerFeatures(ctx: ServerContext): void {
  const { connection } = ctx;
  const opts = (): FeatureOptions => ({ locale: ctx.service.locale, now: ctx.service.now(), settings: ctx.service.settings });
  /** The open dossier and its parse, or null: `run` answers null for anything else. */
  const run = <T>(uri: string, f: (doc: TextDocument, parsed: ParsedDossier) => T): T | null => {
    const doc = ctx.documents.get(uri);
    if (!doc || !isDossier(doc)) return null;
    return f(doc, ctx.parsed(doc));
  };

  Object.assign(ctx.capabilities, {
    completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    inlayHintProvider: true,
    codeLensProvider: { resolveProvider: false },
    referencesProvider: true,
    documentHighlightProvider: true
  });

  /** The request's file by language: a dossier, a review, or nothing (null). */
  type Review = { doc: TextDocument; review: ParsedReview; dossier: ParsedDossier | null };
  function dispatch<T>(uri: string, onDossier: (doc: TextDocument, parsed: ParsedDossier) => T, onReview: (r: Review) => T): T | null {
    if (isReviewUri(uri)) {
      const doc = ctx.documents.get(uri);
      return doc ? onReview({ doc, ...reviewAndDossier(ctx, doc) }) : null;
    }
    return run(uri, onDossier);
  }

  connection.onCompletion((p) => (
    checkPosition(p.position),
    dispatch(
      p.textDocument.uri,
      (doc, parsed) => completion(doc, parsed, p.position, opts()),
      (r) => ctx.review.completion(r.doc, r.review, r.dossier, p.position)
    )
  ));
  connection.onHover((p) => (
    checkPosition(p.position),
    dispatch(
      p.textDocument.uri,
      (doc, parsed) => ctx.review.dossierHover(hover(doc, parsed, p.position, opts()), doc, parsed, reviewOfDossier(ctx, doc.uri), p.position),
      (r) => ctx.review.hover(r.doc, r.review, r.dossier, p.position)
    )
  ));
  connection.onCodeAction((p) =>
    dispatch(
      p.textDocument.uri,
      (doc, parsed) => {
        const wanted = (kind: string) => !p.context.only || p.context.only.some((k) => kind === k || kind.startsWith(`${k}.`));
        const out = wanted(CodeActionKind.QuickFix) ? codeActions(doc, parsed, p.context.diagnostics, opts()) : [];
        // « Corriger tout » works on the whole dossier, not only the diagnostics of the request;
        // as a quick fix (Problems panel, light bulb) only when it fixes more than the one at hand.
        const all = () => ctx.service.diagnostics(doc, parsed);
        // Source actions only when asked for (Source Action… menu, editor.codeActionsOnSave).
        if (p.context.only && wanted(CodeActionKind.SourceFixAll)) {
          const a = fixAllAction(doc, parsed, all(), opts());
          if (a) out.push(a);
        }
        if (out.some((a) => a.kind === CodeActionKind.QuickFix)) {
          const a = fixAllAction(doc, parsed, all(), opts(), CodeActionKind.QuickFix);
          if (a && a.diagnostics!.length > 1) out.push(a);
        }
        return out;
      },
      (r) => ctx.review.codeActions(r.doc, r.review, p.context.diagnostics, p.context.only, r.dossier)
    )
  );
  connection.onDocumentSymbol((p) => run(p.textDocument.uri, (doc, parsed) => documentSymbols(doc, parsed, opts())));
  connection.onFoldingRanges((p) => run(p.textDocument.uri, (doc, parsed) => foldingRanges(doc, parsed)));
  connection.languages.inlayHint.on((p) => run(p.textDocument.uri, (doc, parsed) => inlayHints(doc, parsed, p.range, opts())));
  // Toggling sio.inlayHints.competenceTitles must show or hide the titles without an edit.
  // A client without refresh support answers with an error, which changes nothing.
  ctx.onSettingsChanged.push(() => void connection.languages.inlayHint.refresh().catch(() => undefined));
  // With a review deciding claims, the CodeLens counts as the status bar does (retained, refused, pending).
  connection.onCodeLens((p) =>
    run(p.textDocument.uri, (doc, parsed) => {
      const review = reviewOfDossier(ctx, doc.uri);
      return codeLenses(doc, parsed, opts(), review ? reviewDecisions(parsed, review) : null);
    })
  );
  connection.onReferences((p) => (checkPosition(p.position), run(p.textDocument.uri, (doc, parsed) => references(doc, parsed, p.position, opts()))));
  connection.onDocumentHighlight((p) => (checkPosition(p.position), run(p.textDocument.uri, (doc, parsed) => documentHighlights(doc, parsed, p.position, opts()))));
}
