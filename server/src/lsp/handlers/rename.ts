/**
 * Renaming a réalisation id in a dossier: the id itself and every `cible` of its teacher's
 * review naming it (the review open or on disk), in one workspace edit the user accepts.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PrepareRenameParams, Range, RenameParams, ResponseError, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { ParsedDossier } from '../../core/parse';
import { parseReview, reviewPathFor } from '../../core/review';
import { isDossierPath } from '../../core/naming';
import { type ServerContext } from '../context';

/** The réalisation whose `id` value is under `pos` in a dossier, or null. */
function realisationIdAt(parsed: ParsedDossier, offset: number): { value: string; start: number; end: number } | null {
  for (const r of parsed.model.realisations) {
    const id = r.id;
    if (id && id.value && !id.notString && id.start <= offset && offset <= id.end) {
      // Inside quotes, the id itself starts one character later.
      const raw = parsed.text.slice(id.start, id.end);
      const at = raw.indexOf(id.value);
      return at < 0 ? null : { value: id.value, start: id.start + at, end: id.start + at + id.value.length };
    }
  }
  return null;
}

export function prepareRename(ctx: ServerContext, params: PrepareRenameParams): { range: Range; placeholder: string } | null {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc || !isDossierPath(doc.uri)) return null;
  const id = realisationIdAt(ctx.parsed(doc), doc.offsetAt(params.position));
  return id ? { range: { start: doc.positionAt(id.start), end: doc.positionAt(id.end) }, placeholder: id.value } : null;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export function rename(ctx: ServerContext, params: RenameParams): WorkspaceEdit | null {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc || !isDossierPath(doc.uri)) return null;
  const parsed = ctx.parsed(doc);
  const id = realisationIdAt(parsed, doc.offsetAt(params.position));
  if (!id) return null;
  const newId = params.newName.trim();
  if (!ID_PATTERN.test(newId)) {
    throw new ResponseError(
      -32602,
      `Identifiant non valide « ${newId} » : lettres sans accents, chiffres, tirets, points ou soulignés, en commençant par une lettre ou un chiffre. / Invalid id.`
    );
  }
  if (parsed.model.realisations.some((r) => r.id?.value === newId)) {
    throw new ResponseError(-32602, `Une réalisation porte déjà l’identifiant « ${newId} ». / A réalisation already has this id.`);
  }
  const changes: Record<string, TextEdit[]> = {
    [doc.uri]: [TextEdit.replace({ start: doc.positionAt(id.start), end: doc.positionAt(id.end) }, newId)]
  };
  const reviewUri = reviewPathFor(doc.uri);
  const open = reviewUri ? ctx.sources.openDocument(reviewUri) : undefined;
  const text = open ? open.getText() : reviewUri ? ctx.sources.readDisk(reviewUri) : null;
  if (reviewUri && text !== null) {
    const rdoc = open ?? TextDocument.create(reviewUri, 'sio-revue', 0, text);
    const edits = ctx.review.renameEdits(parseReview(text), id.value, newId);
    if (edits.length) changes[rdoc.uri] = edits.map((e) => TextEdit.replace({ start: rdoc.positionAt(e.start), end: rdoc.positionAt(e.end) }, e.newText));
  }
  return { changes };
}

/** A connection takes one rename handler: registered here, not in features.ts. */
export function registerRename(ctx: ServerContext): void {
  Object.assign(ctx.capabilities, { renameProvider: { prepareProvider: true } });
  ctx.connection.onPrepareRename((p) => prepareRename(ctx, p));
  ctx.connection.onRenameRequest((p) => rename(ctx, p));
}
