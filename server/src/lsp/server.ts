/**
 * LSP handlers of a few lines each: get the document → cached parse → core → LSP result.
 * The connection is created by main.ts (stdio/ipc), or by tests.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Connection, DidChangeConfigurationNotification, InitializeParams, InitializeResult, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import { blocLabel, fichesStatus } from '../core/coverage';
import { claimsCoverage, retainedTable, reviewDecisions } from '../core/review';
import { dossierCatalog } from '../core/review/epreuves';
import { createReviewService } from '../core/review/service';
import { localeFrom } from '../core/l10n';
import { createLanguageService, LanguageService } from '../core/service';
import { ruleContext } from '../core/validate';
import { CoverageNotification, CoverageParams, InitializationOptions, SioSettings, SyntheseParams, SyntheseRequest, SyntheseResult } from '../protocol/messages';
import { DocumentCache } from './documentCache';
import type { Incoming } from './incoming';
import { hasDocument, MAX_CUT_DOSSIER_BYTES, MAX_DOSSIER_BYTES } from '../core/parse';
import { toDiagnostic } from '../core/features/diagnostics';
import { dossierFindings } from '../core/findings';
import { isDossier, type ServerContext } from './context';
import { Sources } from './sources';
import { clientFiles } from './clientFiles';
import { FileView, siblingUri, type FileAccess } from './files';
import { FsFileType } from '../protocol/fs';
import { dossierPathFor, isReviewPath } from '../core/naming';
import { registerClasse } from './handlers/classe';
import { registerDepot } from './handlers/depot';
import { registerFeatures } from './handlers/features';
import { registerRename } from './handlers/rename';
import { registerReview } from './handlers/review';
import { reviewEvaluation, reviewOfDossier } from './handlers/reviewRemarks';
import { registerWorkspace } from './handlers/workspace';

export interface ServerOptions {
  now?: () => Date;
  /**
   * How the server reads files it does not own: the client's `workspace.fs` by default (the
   * browser, lsp/browserMain.ts); Node's `fs` for `file:` URIs on the desktop (node/nodeFiles.ts).
   */
  files?: (connection: Connection) => FileAccess;
  /** The desktop's garbage collection at the workspace check's pauses (runtime/heapReclaim.ts). */
  heapReclaimer?: () => () => void;
  /** The desktop's « inside the student's folder » rule for a `file:` dossier's files (context.ts). */
  locateIn?: ServerContext['locateIn'];
  /** Messages dispatched by the connection (incoming.ts): without it, only this document's edits count. */
  incoming?: Incoming;
}

/** A burst of messages that never pauses still gets its validation this often (ms). */
const MAX_COALESCE_MS = 250;

/**
 * No background work until this long after the last keystroke (the person is typing), the last
 * opened document (the next keystrokes are coming) or the start (the editor is still sending the
 * documents it restores): the closed files of the workspace wait, the open ones never do.
 */
const TYPING_PAUSE_MS = 300;

export function startServer(connection: Connection, options: ServerOptions = {}): { service: LanguageService; documents: TextDocuments<TextDocument> } {
  const documents = new TextDocuments(TextDocument);
  // A file's answer came late (in a browser, the client answers asynchronously): re-check.
  const files = new FileView((options.files ?? clientFiles)(connection), (uri) => lateFile(uri));
  const service = createLanguageService({
    now: options.now,
    // `document-missing`: the files a dossier names, relative to its folder; unknown yet counts as there.
    files: (uri) => (siblingUri(uri, '.') === null ? undefined : { exists: (rel) => fileThere(siblingUri(uri, rel)) })
  });
  const fileThere = (uri: string | null) => {
    const st = uri ? files.stat(uri) : null;
    return st === undefined || st?.type === FsFileType.File;
  };
  const cache = new DocumentCache((text) => service.parse(text));
  let configurable = false;
  const parsedOf = (doc: TextDocument) => cache.get(doc);
  const ctx: ServerContext = {
    connection,
    documents,
    service,
    review: createReviewService(() => service.locale),
    sources: new Sources({ documents, parsed: parsedOf, parse: (text) => service.parse(text), files }),
    files,
    heapReclaimer: options.heapReclaimer ?? (() => () => undefined),
    locateIn: options.locateIn ?? (() => undefined),
    parsed: parsedOf,
    schedule: (doc) => schedule(doc),
    whenIdle,
    capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
    client: {},
    onInitialized: [],
    onSettingsChanged: []
  };
  /** Latest version scheduled per uri: a validation whose document moved on is dropped. */
  const pending = new Map<string, number>();
  let lastActivity = 0;

  async function whenIdle(): Promise<void> {
    for (;;) {
      // setImmediate first: incoming messages (requests, edits) are read before we go on.
      await new Promise((r) => setImmediate(r));
      const quiet = Date.now() - lastActivity;
      if (pending.size === 0 && quiet >= TYPING_PAUSE_MS) return;
      await new Promise((r) => setTimeout(r, pending.size ? 1 : TYPING_PAUSE_MS - quiet));
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    service.configure({}, localeFrom(init.locale ?? params.locale));
    configurable = !!params.capabilities.workspace?.configuration;
    ctx.client = params.capabilities;
    return {
      capabilities: ctx.capabilities,
      serverInfo: { name: 'Dossier SIO', version: '0.1.0' }
    };
  });

  connection.onInitialized(() => {
    lastActivity = Date.now();
    if (configurable) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'sio' });
    void refreshSettings();
    for (const hook of ctx.onInitialized) hook();
  });

  async function refreshSettings(): Promise<void> {
    if (!configurable) return;
    try {
      const cfg = (await connection.workspace.getConfiguration('sio')) as Record<string, unknown> | null;
      const next: Partial<SioSettings> = {};
      const diag = cfg?.diagnostics as { coverageSub?: SioSettings['coverageSub'] } | undefined;
      if (diag?.coverageSub) next.coverageSub = diag.coverageSub;
      const hints = cfg?.inlayHints as { competenceTitles?: boolean } | undefined;
      if (typeof hints?.competenceTitles === 'boolean') next.inlayHints = hints.competenceTitles;
      if (typeof cfg?.workspaceDiagnostics === 'boolean') next.workspaceDiagnostics = cfg.workspaceDiagnostics;
      service.configure(next);
      for (const d of documents.all()) schedule(d);
      for (const hook of ctx.onSettingsChanged) hook();
    } catch {
      // A client without configuration support keeps the defaults.
    }
  }

  connection.onDidChangeConfiguration(() => void refreshSettings());

  const parsed = ctx.parsed;

  function validate(doc: TextDocument): void {
    const p = parsed(doc);
    const diagnostics = dossierFindings(p, reviewOfDossier(ctx, doc.uri), { service, uri: doc.uri }).all.map((f) => toDiagnostic(doc, f, service.locale));
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    if (!p.refused && hasDocument(p)) {
      const rules = ruleContext(p, { now: service.now(), settings: service.settings });
      // With a review that decides claims, the status bar counts retained claims (claims.ts).
      const review = reviewOfDossier(ctx, doc.uri);
      const cov = claimsCoverage(rules.catalog, rules.model, review ? reviewDecisions(p, review) : null);
      const covs = cov.blocs.map((b) => b.coverage);
      if (covs.length) {
        const params: CoverageParams = {
          uri: doc.uri,
          version: doc.version,
          label: covs.length === 1 ? blocLabel(covs[0].bloc) : 'Blocs',
          covered: cov.covered,
          total: cov.total,
          missing: covs.flatMap((c) => c.missing),
          retained: cov.retainedOnly ? { states: Object.fromEntries(cov.blocs.flatMap((b) => b.missing.map((m) => [m.id, m.state]))) } : undefined
        };
        const fiches = fichesStatus(rules.catalog, rules.model);
        if (fiches) params.fiches = fiches;
        void connection.sendNotification(CoverageNotification, params);
      }
    }
  }

  /** Uris whose validation waits for the incoming queue to drain. */
  const waiting = new Set<string>();

  function schedule(doc: TextDocument): void {
    if (!isDossier(doc)) return;
    pending.set(doc.uri, doc.version);
    if (waiting.has(doc.uri)) return;
    waiting.add(doc.uri);
    hop(doc.uri, -1, -1, Date.now());
  }

  /**
   * Validate only the latest version, once a whole tick went by with no message dispatched and
   * no edit of this document: a burst of keystrokes — however the transport delivers it — costs
   * one validation, not one per keystroke, and none is hidden behind a timer.
   */
  function hop(uri: string, seenVersion: number, seenDispatched: number, since: number): void {
    setImmediate(() => {
      const current = documents.get(uri);
      if (!current) return void waiting.delete(uri);
      const dispatched = options.incoming?.dispatched() ?? 0;
      const busy = current.version !== seenVersion || dispatched !== seenDispatched;
      if (busy && Date.now() - since < MAX_COALESCE_MS) return hop(uri, current.version, dispatched, since);
      waiting.delete(uri);
      if (pending.get(uri) !== current.version) return;
      if (!cache.has(current.uri) && inPieces(current.getText())) return void firstReadInSlices(current);
      pending.delete(uri);
      validate(current);
    });
  }

  /** A dossier read only in pieces (core/parse.ts): its first parse alone could take ~1 s. */
  const inPieces = (t: string) => t.length > MAX_DOSSIER_BYTES && t.length <= MAX_CUT_DOSSIER_BYTES;

  /**
   * The first read of a large open dossier goes a few ms at a time, letting every incoming
   * request and edit through in between (issue 17: no validation may hold the server ~200 ms);
   * its later versions re-read only the pieces an edit touched.
   */
  async function firstReadInSlices(doc: TextDocument): Promise<void> {
    const pause = () => new Promise<void>((r) => setImmediate(r));
    const p = await service.parseInSlices(doc.getText(), pause);
    // Assembling the model (~140 ms at 2,000 réalisations) and the first validation (~170 ms,
    // cold) are two blocks: requests that came meanwhile are answered in between.
    await pause();
    const current = documents.get(doc.uri);
    if (!current || pending.get(doc.uri) !== current.version) return;
    if (current.version === doc.version) cache.set(current, p);
    pending.delete(doc.uri);
    validate(current);
  }

  documents.onDidOpen((e) => {
    lastActivity = Date.now();
    schedule(e.document);
  });
  documents.onDidChangeContent((e) => {
    lastActivity = Date.now();
    schedule(e.document);
  });
  documents.onDidClose((e) => {
    cache.delete(e.document.uri);
    pending.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onRequest(SyntheseRequest, (params: SyntheseParams): SyntheseResult | null => {
    const doc = documents.get(params.uri);
    if (!doc) return null;
    const p = parsed(doc);
    const model = service.synthese(p);
    // Teacher setting: the evaluation grid of the review file (students' previews leave it out).
    if (model && params.includeEvaluation) model.evaluation = reviewEvaluation(ctx, doc.uri, p);
    // Preview: once the review decides claims, its coverage counts the retained ones.
    const review = model && params.retainedCoverage ? reviewOfDossier(ctx, doc.uri) : null;
    if (model && review) retainedTable(model, dossierCatalog(p.model), p.model, reviewDecisions(p, review));
    return { uri: doc.uri, version: doc.version, model };
  });

  registerFeatures(ctx);
  const workspace = registerWorkspace(ctx);
  function lateFile(uri: string): void {
    const dossier = isReviewPath(uri) ? dossierPathFor(uri) : null;
    if (dossier) workspace.refreshDossier(dossier);
    for (const d of documents.all()) schedule(d);
  }
  registerReview(ctx, workspace);
  registerClasse(ctx, workspace);
  registerRename(ctx);
  registerDepot(ctx);
  documents.listen(connection);
  connection.listen();
  return { service, documents };
}
