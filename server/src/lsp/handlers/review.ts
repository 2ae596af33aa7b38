/**
 * Teachers' review files (`nom.revue.yaml` next to `nom.sio.yaml`, docs/REVUE.md) in the editor:
 * - the review's open remarks become diagnostics of its dossier (core/findings.ts, called by
 *   server.ts and the workspace check);
 * - the review file gets its own diagnostics (schema, unknown targets…), re-checked when either
 *   file changes, in an editor or on disk;
 * - completion, hover and quick fixes inside the review file come from the review service
 *   (core/review/service.ts), which features.ts calls once it knows the file's language;
 * - the dossier's CodeLens counts the review's decisions: when the review changes, in an editor
 *   or on disk (another teacher's commit pulled, a file copied), the client is asked to refresh
 *   its code lenses (`workspace/codeLens/refresh`, only if it said it supports it).
 * Files are read through ctx.sources; workspace dossiers through handlers/workspace.ts.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeLensRefreshRequest } from 'vscode-languageserver';
import type { ParsedDossier } from '../../core/parse';
import { dossierPathFor, isReviewPath, parseReview, reviewPathFor, type ParsedReview } from '../../core/review';
import { isDossierPath } from '../../core/naming';
import { type ServerContext } from '../context';
import type { Workspace } from './workspace';

export function isReviewUri(uri: string): boolean {
  return isReviewPath(uri);
}

/** The open review `doc` parsed (cached by ctx.sources) and the dossier it reviews. */
export function reviewAndDossier(ctx: ServerContext, doc: TextDocument): { review: ParsedReview; dossier: ParsedDossier | null } {
  return { review: ctx.sources.parsedReview(doc.uri) ?? parseReview(doc.getText()), dossier: ctx.sources.dossierOfReview(doc.uri) };
}

/** Diagnostics of review files and of the dossiers they review, kept in step with both files. */
export function registerReview(ctx: ServerContext, workspace: Workspace): void {
  const { connection, documents, sources } = ctx;

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
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: ctx.review.diagnostics(doc, review, sources.dossierOfReview(uri)) });
      refreshCodeLenses();
    });
  }

  /** One refresh for a burst of changes (a `git pull` touching every review of the class). */
  let lensRefresh = false;
  function refreshCodeLenses(): void {
    if (lensRefresh || !ctx.client.workspace?.codeLens?.refreshSupport) return;
    lensRefresh = true;
    setImmediate(() => {
      lensRefresh = false;
      connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
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
  workspace.onDiskChange.push((uri) => {
    if (isDossierPath(uri)) dossierChanged(uri);
    // The review on disk counts unless it is open (then the editor's text counts, and its edits refresh).
    else if (isReviewUri(uri) && !sources.openDocument(uri)) refreshCodeLenses();
  });
}
