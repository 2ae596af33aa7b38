/**
 * What the server's handlers (handlers/*.ts) receive from server.ts. In its own file so that
 * server.ts imports the handlers and the handlers import only this: no import circle.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientCapabilities, Connection, InitializeResult, TextDocuments } from 'vscode-languageserver';
import { isDossierPath } from '../core/naming';
import type { ParsedDossier } from '../core/parse';
import type { LanguageService } from '../core/service';
import type { FileView } from './files';
import type { Sources } from './sources';
import type { Text } from '../core/l10n';
import type { FileStat } from '../products/depot/checklist';
import type { ReviewService } from '../core/review/service';

/** What feature handlers receive: one registration function per area. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: LanguageService;
  /** The review files' language service (core/review/service.ts). */
  review: ReviewService;
  /** Files the server reads: open documents first, else the disk or the client (sources.ts). */
  sources: Sources;
  /** The files the server does not own, desktop and browser alike (files.ts). */
  files: FileView;
  /** Cached parse of the document's current version. */
  parsed(doc: TextDocument): ParsedDossier;
  /** Re-validate a document (latest version only). */
  schedule(doc: TextDocument): void;
  /**
   * Resolves once no open document waits for validation and nobody typed for a moment:
   * background work (closed workspace files) awaits it between slices, so the open dossier
   * always comes first and typing is never queued behind the workspace check.
   */
  whenIdle(): Promise<void>;
  /** Extra findings for a dossier (e.g. teachers' review remarks), added to its diagnostics. */
  /** Capabilities each area adds to the initialize result. */
  capabilities: InitializeResult['capabilities'];
  /** What the client said it supports (set on `initialize`; empty before). */
  client: ClientCapabilities;
  /**
   * The desktop's « inside the student's folder » rule for the files a `file:` dossier names
   * (node/insideFolder.ts through node/depotFromDisk.ts `locateIn`: links leaving the folder, hard
   * links, special files); undefined in a browser or for another scheme, where the checklist
   * judges the path as text and asks the FileView (handlers/depotFiles.ts).
   */
  locateIn(dossierUri: string): ((value: string) => FileStat | null | { why: Text }) | undefined;
  /** Hooks run once the client is initialized. */
  onInitialized: (() => void)[];
  /**
   * Returns a function the workspace check calls at its pauses to collect the garbage of the
   * closed files it read (runtime/heapReclaim.ts on the desktop; a browser collects its own).
   */
  heapReclaimer(): () => void;
  /** Hooks run after the `sio` settings were read again (e.g. to refresh inlay hints). */
  onSettingsChanged: (() => void)[];
}


/** A dossier by name, or an untitled editor the user set to the dossier language. */
export function isDossier(doc: TextDocument): boolean {
  return isDossierPath(doc.uri) || (doc.languageId === 'sio-yaml' && doc.uri.startsWith('untitled:'));
}
