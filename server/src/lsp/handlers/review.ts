/**
 * Teachers' review files (`nom.revue.yaml` next to `nom.sio.yaml`, docs/REVUE.md) in the editor:
 * - the review's open remarks become diagnostics of its dossier (core/findings.ts, called by
 *   server.ts and the workspace check);
 * - the review file gets its own diagnostics (schema, unknown targets…), re-checked when either
 *   file changes, in an editor or on disk;
 * - completion, hover and quick fixes inside the review file (features.ts delegates here).
 * Files are read through ctx.sources; workspace dossiers through handlers/workspace.ts.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionKind, CodeActionParams, CompletionItem, CompletionItemKind, CompletionList, Hover, MarkupKind, Position, TextEdit } from 'vscode-languageserver';
import { toDiagnostic } from '../../core/features/diagnostics';
import type { FixData } from '../../core/finding';
import { pick } from '../../core/l10n';
import { checkReview, dossierPathFor, isReviewPath, parseReview, reviewCompletions, reviewHover as coreReviewHover, reviewPathFor } from '../../core/review';
import type { ItemKind } from '../../core/review/features';
import { isDossierPath } from '../../core/naming';
import { type ServerContext } from '../context';
import { completionExtras } from './reviewCompletionExtras';
import type { Workspace } from './workspace';

export function isReviewUri(uri: string): boolean {
  return isReviewPath(uri);
}

const ITEM_KINDS: Record<ItemKind, CompletionItemKind> = {
  reference: CompletionItemKind.Reference,
  field: CompletionItemKind.Field,
  competence: CompletionItemKind.Constant,
  value: CompletionItemKind.EnumMember,
  epreuve: CompletionItemKind.Module,
  penalty: CompletionItemKind.Value,
  key: CompletionItemKind.Property,
  snippet: CompletionItemKind.Snippet
};

/** Completion in a review file. */
export function reviewCompletion(ctx: ServerContext, doc: TextDocument, pos: Position): CompletionList {
  const review = ctx.sources.parsedReview(doc.uri) ?? parseReview(doc.getText());
  const items = reviewCompletions(review, ctx.sources.dossierOfReview(doc.uri), doc.offsetAt(pos));
  return {
    isIncomplete: false,
    items: items.map(
      (i): CompletionItem => ({
        label: i.label,
        kind: ITEM_KINDS[i.kind],
        detail: i.detail,
        documentation: i.documentation,
        sortText: i.sortText,
        filterText: i.label,
        textEdit: TextEdit.replace({ start: doc.positionAt(i.start), end: doc.positionAt(i.end) }, i.insert ?? i.label),
        ...completionExtras(i)
      })
    )
  };
}

/** Hover on a `cible` of a review file. */
export function reviewHover(ctx: ServerContext, doc: TextDocument, pos: Position): Hover | null {
  const review = ctx.sources.parsedReview(doc.uri) ?? parseReview(doc.getText());
  const h = coreReviewHover(review, ctx.sources.dossierOfReview(doc.uri), doc.offsetAt(pos));
  if (!h) return null;
  return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: { start: doc.positionAt(h.start), end: doc.positionAt(h.end) } };
}

/**
 * Quick fixes in a review file: each suggestion a review diagnostic carries (did-you-mean
 * target, épreuve, competence, penalty, enum value) replaces the underlined text. A missing key
 * is not inserted: the dossier's insertion logic knows the dossier's schema, not the review's.
 */
export function reviewCodeActions(ctx: ServerContext, doc: TextDocument, params: CodeActionParams): CodeAction[] {
  if (params.context.only && !params.context.only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`))) return [];
  const out: CodeAction[] = [];
  for (const d of params.context.diagnostics) {
    const data = d.data as FixData | undefined;
    if (d.source && d.source !== 'sio') continue;
    if (!data || data.kind !== 'replace' || d.code === 'schema-missing-field') continue;
    data.replacements.forEach((r, i) => {
      out.push({
        title: pick(r.title, ctx.service.locale),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: data.replacements.length === 1 && i === 0 ? true : undefined,
        edit: { changes: { [doc.uri]: [TextEdit.replace(d.range, r.text)] } }
      });
    });
  }
  return out;
}

/** Diagnostics of review files and of the dossiers they review, kept in step with both files. */
export function registerReview(ctx: ServerContext, workspace: Workspace): void {
  const { connection, documents, service, sources } = ctx;

  const pendingReviews = new Set<string>();
  function scheduleReview(uri: string): void {
    if (pendingReviews.has(uri)) return;
    pendingReviews.add(uri);
    setImmediate(() => {
      pendingReviews.delete(uri);
      const doc = documents.get(uri);
      if (!doc) return;
      const review = sources.parsedReview(uri);
      if (!review) return;
      const findings = checkReview(review, sources.dossierOfReview(uri));
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: findings.map((f) => toDiagnostic(doc, f, service.locale)) });
    });
  }

  /** A dossier changed: its open review is checked again against it. */
  function dossierChanged(uri: string): void {
    const r = reviewPathFor(uri);
    const rdoc = r ? sources.openDocument(r) : undefined;
    if (rdoc) scheduleReview(rdoc.uri);
  }

  function onEdited(uri: string): void {
    if (isReviewUri(uri)) {
      scheduleReview(uri);
      const d = dossierPathFor(uri);
      if (d) workspace.refreshDossier(d);
    } else if (isDossierPath(uri)) {
      dossierChanged(uri);
    }
  }

  documents.onDidOpen((e) => onEdited(e.document.uri));
  documents.onDidChangeContent((e) => onEdited(e.document.uri));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    sources.forgetReview(uri);
    if (isReviewUri(uri)) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      const d = dossierPathFor(uri);
      if (d) workspace.refreshDossier(d); // back to the review on disk (or none)
    } else if (isDossierPath(uri)) {
      setImmediate(() => {
        const r = reviewPathFor(uri);
        if (r && documents.get(r)) scheduleReview(r);
      });
    }
  });
  workspace.onDiskChange.push((uri) => isDossierPath(uri) && dossierChanged(uri));
}
