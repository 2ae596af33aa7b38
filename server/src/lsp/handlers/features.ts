/**
 * Editor features of the dossier, registered on the connection: completion, hover, quick fixes,
 * outline, folding, inlay hints, code lens, references and highlights. Each handler is
 * document → cached parse → core (server/src/core/features) → LSP result; review files get
 * their completion and hover from handlers/review.ts; anything else (or not open) gets nothing.
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
import { isReviewUri, reviewCodeActions, reviewCompletion, reviewHover } from './review';
import { reviewOfDossier } from './reviewRemarks';
import { withDecision } from './decisionHover';
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

  /** Teachers' review files (`*.revue.yaml`) have their own completion and hover (handlers/review.ts). */
  const review = (uri: string): TextDocument | null => (isReviewUri(uri) ? ctx.documents.get(uri) ?? null : null);

  connection.onCompletion((p) => {
    checkPosition(p.position);
    const r = review(p.textDocument.uri);
    if (r) return reviewCompletion(ctx, r, p.position);
    return run(p.textDocument.uri, (doc, parsed) => completion(doc, parsed, p.position, opts()));
  });
  connection.onHover((p) => {
    checkPosition(p.position);
    const r = review(p.textDocument.uri);
    if (r) return reviewHover(ctx, r, p.position);
    return run(p.textDocument.uri, (doc, parsed) => withDecision(hover(doc, parsed, p.position, opts()), doc, parsed, reviewOfDossier(ctx, doc.uri), p.position));
  });
  connection.onCodeAction((p) => {
    // Review files: their quick fixes live in handlers/review.ts (edit by the review owner).
    const r = review(p.textDocument.uri);
    if (r) return reviewCodeActions(ctx, r, p);
    return run(p.textDocument.uri, (doc, parsed) => {
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
    });
  });
  connection.onDocumentSymbol((p) => run(p.textDocument.uri, (doc, parsed) => documentSymbols(doc, parsed, opts())));
  connection.onFoldingRanges((p) => run(p.textDocument.uri, (doc, parsed) => foldingRanges(doc, parsed)));
  connection.languages.inlayHint.on((p) => run(p.textDocument.uri, (doc, parsed) => inlayHints(doc, parsed, p.range, opts())));
  // Toggling sio.inlayHints.competenceTitles must show or hide the titles without an edit.
  // A client without refresh support answers with an error, which changes nothing.
  ctx.onSettingsChanged.push(() => void connection.languages.inlayHint.refresh().catch(() => undefined));
  connection.onCodeLens((p) => run(p.textDocument.uri, (doc, parsed) => codeLenses(doc, parsed, opts())));
  connection.onReferences((p) => (checkPosition(p.position), run(p.textDocument.uri, (doc, parsed) => references(doc, parsed, p.position, opts()))));
  connection.onDocumentHighlight((p) => (checkPosition(p.position), run(p.textDocument.uri, (doc, parsed) => documentHighlights(doc, parsed, p.position, opts()))));
}
