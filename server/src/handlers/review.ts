/**
 * Teachers' review files (`nom.revue.yaml` next to `nom.sio.yaml`, docs/REVUE.md) and
 * workspace-wide diagnostics:
 * - a review's open remarks become diagnostics of its dossier (ServerContext.extraFindings);
 * - the review file gets its own diagnostics (schema, unknown targets…), re-checked when either
 *   file changes, in an editor or on disk;
 * - every `*.sio.yaml` of the workspace folders is checked, open or not (`sio.workspaceDiagnostics`);
 * - `sio/classe` answers the class overview; renaming a réalisation id updates the reviews.
 * The server reads files here (the core never does): open documents first, else the disk.
 */
import { closeSync, openSync, promises as fsp, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeAction,
  CodeActionKind,
  CodeActionParams,
  CompletionItem,
  CompletionItemKind,
  CompletionList,
  FileChangeType,
  Hover,
  MarkupKind,
  Position,
  PrepareRenameParams,
  Range,
  RenameParams,
  ResponseError,
  TextEdit,
  WorkspaceEdit
} from 'vscode-languageserver';
import { assemble, overviewRow, type ClassOverview, type ClassRow } from '../class/overview';
import { isUnder } from '../class/relative';
import { toDiagnostic } from '../core/features/diagnostics';
import type { Finding, FixData } from '../core/finding';
import { pick } from '../core/l10n';
import { MAX_DOSSIER_BYTES, type ParsedDossier } from '../core/parse';
import {
  checkReview,
  dossierPathFor,
  evaluationFor,
  isReviewPath,
  parseReview,
  remarkFindings,
  renameEdits,
  reviewCompletions,
  reviewHover as coreReviewHover,
  reviewPathFor,
  validationFindings,
  type ParsedReview
} from '../core/review';
import type { ItemKind } from '../core/review/features';
import type { EvaluationModel } from '../core/table/types';
import { depotFromDisk, depotSummary } from '../depot/fromDisk';
import { ClasseRequest, type ClasseParams } from '../protocol';
import { completionExtras } from './reviewCompletionExtras';
import { isDossierUri, type ServerContext } from '../server';

/** Past this many dossiers the scan stops: a workspace that large is not a class. */
export const MAX_WORKSPACE_DOSSIERS = 2000;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export function isReviewUri(uri: string): boolean {
  return isReviewPath(uri);
}

// ---------------------------------------------------------------- URIs and files

/** The URI as VS Code writes it (every character but [A-Za-z0-9-._~/] percent-encoded), so that
 * diagnostics published for a closed file match the editor's URI of that file. */
export function pathToUri(path: string): string {
  let p = path.replace(/\\/g, '/');
  if (/^[A-Za-z]:/.test(p)) p = `/${p[0].toLowerCase()}${p.slice(1)}`;
  const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `file://${p.split('/').map(enc).join('/')}`;
}

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** Same file, whatever the encoding of the two URIs. */
function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = uriToPath(a);
  return pa !== null && pa === uriToPath(b);
}

function openDocument(ctx: ServerContext, uri: string): TextDocument | undefined {
  return ctx.documents.get(uri) ?? ctx.documents.all().find((d) => sameFile(d.uri, uri));
}

/**
 * Texts read from disk, kept while the file's size and modification time stay the same: a
 * dossier's review file is looked up on every keystroke, which then costs one stat, not a read.
 */
const diskTexts = new Map<string, { mtimeMs: number; size: number; text: string }>();

function readDisk(uri: string): string | null {
  const path = uriToPath(uri);
  if (!path) return null;
  try {
    const st = statSync(path);
    if (!st.isFile()) return null;
    const hit = diskTexts.get(path);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.text;
    const text = readLimited(path, st.size);
    diskTexts.set(path, { mtimeMs: st.mtimeMs, size: st.size, text });
    return text;
  } catch {
    diskTexts.delete(path);
    return null;
  }
}

/**
 * A file over the limit is read only up to the limit: the parser still refuses it with a clear
 * diagnostic, without the server loading a huge file into memory.
 */
function readLimited(path: string, size: number): string {
  if (size <= MAX_DOSSIER_BYTES) return readFileSync(path, 'utf8');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(MAX_DOSSIER_BYTES + 1);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The text of a file: the open editor's, else the disk's; null when neither exists. */
function textOf(ctx: ServerContext, uri: string): string | null {
  const doc = openDocument(ctx, uri);
  return doc ? doc.getText() : readDisk(uri);
}

// ---------------------------------------------------------------- parse caches

const reviewCache = new Map<string, { text: string; parsed: ParsedReview }>();
const diskDossierCache = new Map<string, { text: string; parsed: ParsedDossier }>();

function parsedReviewOf(ctx: ServerContext, reviewUri: string): ParsedReview | null {
  const text = textOf(ctx, reviewUri);
  if (text === null) {
    reviewCache.delete(reviewUri);
    return null;
  }
  const hit = reviewCache.get(reviewUri);
  if (hit && hit.text === text) return hit.parsed;
  const parsed = parseReview(text);
  reviewCache.set(reviewUri, { text, parsed });
  return parsed;
}

/** `cache` off for one-off reads (the class overview) so that a large class is not kept in memory. */
function parsedDossierOf(ctx: ServerContext, dossierUri: string, cache = true): ParsedDossier | null {
  const doc = openDocument(ctx, dossierUri);
  if (doc) return ctx.parsed(doc);
  const text = readDisk(dossierUri);
  if (text === null) {
    diskDossierCache.delete(dossierUri);
    return null;
  }
  if (!cache) return ctx.service.parse(text);
  const hit = diskDossierCache.get(dossierUri);
  if (hit && hit.text === text) return hit.parsed;
  const parsed = ctx.service.parse(text);
  diskDossierCache.set(dossierUri, { text, parsed });
  return parsed;
}

/** The reviewed dossier of a review file (open or on disk), or null. */
function dossierOfReview(ctx: ServerContext, reviewUri: string): ParsedDossier | null {
  const d = dossierPathFor(reviewUri);
  return d ? parsedDossierOf(ctx, d) : null;
}

// ---------------------------------------------------------------- exported helpers (server.ts, features.ts)

/** Open remarks of the dossier's review as findings of the dossier (empty without review). */
export function reviewRemarks(ctx: ServerContext, dossierUri: string, parsed: ParsedDossier): Finding[] {
  const r = reviewPathFor(dossierUri);
  const review = r ? parsedReviewOf(ctx, r) : null;
  return review ? [...remarkFindings(parsed, review), ...validationFindings(parsed, review)] : [];
}

/** The parsed review file next to a dossier (open or on disk), or null (hover, coverage, depot). */
export function reviewOfDossier(ctx: ServerContext, dossierUri: string): ParsedReview | null {
  const r = reviewPathFor(dossierUri);
  return r ? parsedReviewOf(ctx, r) : null;
}

/**
 * The evaluation grid of the dossier's review for `sio/synthese` with `includeEvaluation`
 * (server.ts): `model.evaluation = reviewEvaluation(ctx, uri, parsed)`.
 */
export function reviewEvaluation(ctx: ServerContext, dossierUri: string, parsed: ParsedDossier): EvaluationModel | undefined {
  const r = reviewPathFor(dossierUri);
  const review = r ? parsedReviewOf(ctx, r) : null;
  return review ? evaluationFor(parsed, review) : undefined;
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

/** Completion in a review file (features.ts delegates `*.revue.yaml` here). */
export function reviewCompletion(ctx: ServerContext, doc: TextDocument, pos: Position): CompletionList {
  const review = parsedReviewOf(ctx, doc.uri) ?? parseReview(doc.getText());
  const items = reviewCompletions(review, dossierOfReview(ctx, doc.uri), doc.offsetAt(pos));
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

/** Hover on a `cible` of a review file (features.ts delegates `*.revue.yaml` here). */
export function reviewHover(ctx: ServerContext, doc: TextDocument, pos: Position): Hover | null {
  const review = parsedReviewOf(ctx, doc.uri) ?? parseReview(doc.getText());
  const h = coreReviewHover(review, dossierOfReview(ctx, doc.uri), doc.offsetAt(pos));
  if (!h) return null;
  return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: { start: doc.positionAt(h.start), end: doc.positionAt(h.end) } };
}

/**
 * Quick fixes in a review file (features.ts delegates `*.revue.yaml` here): each suggestion a
 * review diagnostic carries (did-you-mean target, épreuve, competence, penalty, enum value)
 * replaces the underlined text. A missing key is not inserted: the dossier's insertion logic
 * knows the dossier's schema, not the review's.
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

export function reviewPrepareRename(ctx: ServerContext, params: PrepareRenameParams): { range: Range; placeholder: string } | null {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc || !isDossierUri(doc.uri)) return null;
  const id = realisationIdAt(ctx.parsed(doc), doc.offsetAt(params.position));
  return id ? { range: { start: doc.positionAt(id.start), end: doc.positionAt(id.end) }, placeholder: id.value } : null;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Renaming a réalisation id in a dossier: the id, and every `cible` of its review naming it. */
export function reviewRename(ctx: ServerContext, params: RenameParams): WorkspaceEdit | null {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc || !isDossierUri(doc.uri)) return null;
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
  const open = reviewUri ? openDocument(ctx, reviewUri) : undefined;
  const text = open ? open.getText() : reviewUri ? readDisk(reviewUri) : null;
  if (reviewUri && text !== null) {
    const rdoc = open ?? TextDocument.create(reviewUri, 'sio-revue', 0, text);
    const edits = renameEdits(parseReview(text), id.value, newId);
    if (edits.length) changes[rdoc.uri] = edits.map((e) => TextEdit.replace({ start: rdoc.positionAt(e.start), end: rdoc.positionAt(e.end) }, e.newText));
  }
  return { changes };
}

// ---------------------------------------------------------------- registration

export function registerReview(ctx: ServerContext): void {
  const { connection, documents, service } = ctx;
  /** Workspace dossiers found by the scan (URI → true), open or not. */
  const workspace = new Set<string>();
  /** Closed dossiers whose diagnostics we published (to clear them). */
  const publishedClosed = new Set<string>();
  let scan: Promise<void> | null = null;

  ctx.extraFindings.push((doc, parsed) => reviewRemarks(ctx, doc.uri, parsed));
  Object.assign(ctx.capabilities, { renameProvider: { prepareProvider: true } });

  // ---- review file diagnostics
  const pendingReviews = new Set<string>();
  function scheduleReview(uri: string): void {
    if (pendingReviews.has(uri)) return;
    pendingReviews.add(uri);
    setImmediate(() => {
      pendingReviews.delete(uri);
      const doc = documents.get(uri);
      if (!doc) return;
      const review = parsedReviewOf(ctx, uri);
      if (!review) return;
      const findings = checkReview(review, dossierOfReview(ctx, uri));
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: findings.map((f) => toDiagnostic(doc, f, service.locale)) });
    });
  }

  /** The dossier's diagnostics are out of date (its review changed): re-validate it. */
  function refreshDossier(dossierUri: string): void {
    const open = openDocument(ctx, dossierUri);
    if (open) ctx.schedule(open);
    else if (workspace.has(dossierUri) || publishedClosed.has(dossierUri)) void publishClosed(dossierUri);
  }

  function onEdited(uri: string): void {
    if (isReviewUri(uri)) {
      scheduleReview(uri);
      const d = dossierPathFor(uri);
      if (d) refreshDossier(d);
    } else if (isDossierUri(uri)) {
      const r = reviewPathFor(uri);
      const rdoc = r ? openDocument(ctx, r) : undefined;
      if (rdoc) scheduleReview(rdoc.uri);
    }
  }

  documents.onDidOpen((e) => onEdited(e.document.uri));
  documents.onDidChangeContent((e) => onEdited(e.document.uri));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    reviewCache.delete(uri);
    if (isReviewUri(uri)) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      const d = dossierPathFor(uri);
      if (d) refreshDossier(d); // back to the review on disk (or none)
    } else if (isDossierUri(uri)) {
      // server.ts cleared the diagnostics on close; a workspace dossier keeps them, from disk.
      setImmediate(() => {
        if (workspace.has(uri)) void publishClosed(uri);
        const r = reviewPathFor(uri);
        if (r && documents.get(r)) scheduleReview(r);
      });
    }
  });

  // ---- workspace diagnostics
  async function publishClosed(uri: string): Promise<void> {
    if (openDocument(ctx, uri)) return;
    if (!service.settings.workspaceDiagnostics) return clearClosed(uri);
    let text: string | null = null;
    const path = uriToPath(uri);
    try {
      if (path) text = await fsp.readFile(path, 'utf8');
    } catch {
      text = null;
    }
    if (text === null || openDocument(ctx, uri)) return clearClosed(uri);
    // Open documents and typing first: the closed file is read in slices between them.
    const parsed = await service.parseInSlices(text, ctx.whenIdle);
    await ctx.whenIdle();
    if (openDocument(ctx, uri)) return;
    const doc = TextDocument.create(uri, 'sio-yaml', 0, text);
    const findings = [...service.findings(parsed), ...reviewRemarks(ctx, uri, parsed)];
    publishedClosed.add(uri);
    void connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => toDiagnostic(doc, f, service.locale)) });
  }

  function clearClosed(uri: string): void {
    if (!publishedClosed.delete(uri)) return;
    if (!openDocument(ctx, uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  async function folders(): Promise<string[]> {
    try {
      const wf = await connection.workspace.getWorkspaceFolders();
      return (wf ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    } catch {
      return []; // client without workspace folders
    }
  }

  /** Breadth-first walk of the workspace folders, yielding to the event loop between folders. */
  async function findDossiers(roots: string[]): Promise<string[]> {
    const found: string[] = [];
    const queue = [...roots];
    while (queue.length && found.length < MAX_WORKSPACE_DOSSIERS) {
      const dir = queue.shift()!;
      let entries: import('node:fs').Dirent[];
      try {
        entries = await fsp.readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        if (e.isDirectory()) {
          if (!SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.')) queue.push(join(dir, e.name));
        } else if (e.isFile() && /\.sio\.ya?ml$/i.test(e.name)) {
          found.push(join(dir, e.name));
          if (found.length >= MAX_WORKSPACE_DOSSIERS) break;
        }
      }
      await new Promise((r) => setImmediate(r));
    }
    return found;
  }

  function startScan(): Promise<void> {
    scan = (async () => {
      const paths = await findDossiers(await folders());
      if (paths.length >= MAX_WORKSPACE_DOSSIERS) {
        connection.console.warn(
          `Dossier SIO : plus de ${MAX_WORKSPACE_DOSSIERS} dossiers dans l’espace de travail, les suivants ne sont pas analysés. / More than ${MAX_WORKSPACE_DOSSIERS} dossiers: the rest are not checked.`
        );
      }
      workspace.clear();
      for (const p of paths) workspace.add(pathToUri(p));
      for (const uri of workspace) {
        await publishClosed(uri);
        await new Promise((r) => setImmediate(r));
      }
    })().catch((err) => connection.console.error(`Dossier SIO : analyse de l’espace de travail interrompue / workspace scan stopped: ${String(err)}`));
    return scan;
  }

  ctx.onInitialized.push(() => void startScan());

  // Settings are read by server.ts after `initialized` and on every change: watch them through
  // the service so that turning `sio.workspaceDiagnostics` off clears the closed files at once.
  const configure = service.configure.bind(service);
  service.configure = (next, locale) => {
    const before = service.settings.workspaceDiagnostics;
    configure(next, locale);
    const after = service.settings.workspaceDiagnostics;
    if (before && !after) for (const uri of [...publishedClosed]) clearClosed(uri);
    else if (after && scan) void (async () => { for (const uri of workspace) await publishClosed(uri); })();
  };

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const uri = change.uri;
      // The editor says the file changed: do not trust a cached read with the same mtime.
      const changedPath = uriToPath(uri);
      if (changedPath) diskTexts.delete(changedPath);
      if (isReviewUri(uri)) {
        reviewCache.delete(uri);
        const d = dossierPathFor(uri);
        if (d) refreshDossier(d);
      } else if (isDossierUri(uri)) {
        diskDossierCache.delete(uri);
        if (change.type === FileChangeType.Deleted) {
          workspace.delete(uri);
          clearClosed(uri);
        } else {
          workspace.add(uri);
          void publishClosed(uri);
        }
        const r = reviewPathFor(uri);
        const rdoc = r ? openDocument(ctx, r) : undefined;
        if (rdoc) scheduleReview(rdoc.uri);
      }
    }
  });

  // ---- rename (the features handler registers no rename: a connection takes one handler)
  connection.onPrepareRename((p) => reviewPrepareRename(ctx, p));
  connection.onRenameRequest((p) => reviewRename(ctx, p));

  // ---- class overview
  connection.onRequest(ClasseRequest, async (params: ClasseParams): Promise<ClassOverview> => {
    if (!scan) startScan();
    await scan;
    const uris = new Set<string>(workspace);
    for (const d of documents.all()) if (isDossierUri(d.uri) && ![...uris].some((u) => sameFile(u, d.uri))) uris.add(d.uri);
    const folder = params?.folder;
    if (folder) for (const u of uris) if (!isUnder(u, folder)) uris.delete(u);
    const rows: ClassRow[] = [];
    let n = 0;
    for (const uri of uris) {
      // Yield now and then: a class of hundreds of dossiers must not freeze the open editors.
      if (++n % 20 === 0) await new Promise((r) => setImmediate(r));
      const parsed = parsedDossierOf(ctx, uri, false);
      if (!parsed) continue;
      const r = reviewPathFor(uri);
      const reviewText = r ? textOf(ctx, r) : null;
      const findings = service.findings(parsed);
      const path = uriToPath(uri);
      const depot = path ? depotSummary(depotFromDisk(path, parsed, findings, reviewText === null ? null : parseReview(reviewText))) : undefined;
      rows.push(overviewRow(uri, parsed, findings, reviewText, depot));
    }
    return assemble(rows);
  });
}
