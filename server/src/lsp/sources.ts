/**
 * The server's access to files it does not own (the core never reads files): the open editor's
 * text first — what the user sees, saved or not — else the file's, through the FileView of
 * files.ts (on the desktop Node's reader for `file:` URIs, node/readText.ts: size limit, BOM,
 * encoding; in a browser the client's `workspace.fs`). Parses of files read this way are cached
 * here; open documents keep their per-version cache (documentCache.ts).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import type { ParsedDossier } from '../core/parse';
import { dossierPathFor, parseReview, type ParsedReview } from '../core/review';
import { FsFileType } from '../protocol/fs';
import { sameUri, type FileText, type FileView } from './files';

export interface SourcesDeps {
  documents: TextDocuments<TextDocument>;
  /** Cached parse of an open document's current version. */
  parsed(doc: TextDocument): ParsedDossier;
  parse(text: string): ParsedDossier;
  files: FileView;
}

/**
 * Parsed files kept from disk, most recently used last: a teacher going through a class opens one
 * review after the other, and each reviewed dossier's parse (~1 MB of yaml nodes for a typical
 * one) would otherwise stay for the whole session. Eight covers the files one works on at once.
 */
export const MAX_KEPT_PARSES = 8;

function keep<V>(map: Map<string, V>, key: string, value: V): V {
  map.delete(key);
  map.set(key, value);
  while (map.size > MAX_KEPT_PARSES) map.delete(map.keys().next().value!);
  return value;
}

export class Sources {
  /**
   * Texts read from disk, kept while the file's size and modification time stay the same: a
   * dossier's review file is looked up on every keystroke, which then costs one stat, not a read.
   */
  private readonly diskTexts = new Map<string, { mtime: number; size: number; text: string }>();
  private readonly reviews = new Map<string, { text: string; parsed: ParsedReview }>();
  private readonly diskDossiers = new Map<string, { text: string; parsed: ParsedDossier }>();

  constructor(private readonly deps: SourcesDeps) {}

  /** The open document of that file, whatever the encoding of its URI. */
  openDocument(uri: string): TextDocument | undefined {
    const { documents } = this.deps;
    return documents.get(uri) ?? documents.all().find((d) => sameUri(d.uri, uri));
  }

  /**
   * The file's text (cached by size and mtime), or null when the file does not exist — or, in a
   * browser, while the client has not answered yet (the FileView re-validates when it does).
   */
  readDisk(uri: string): string | null {
    const { files } = this.deps;
    const st = files.stat(uri);
    if (!st || st.type !== FsFileType.File) {
      if (st === null) this.diskTexts.delete(uri);
      return null;
    }
    const hit = this.diskTexts.get(uri);
    if (hit && hit.mtime === st.mtime && hit.size === st.size) return hit.text;
    const read = files.text(uri);
    if (!read) return null;
    this.diskTexts.set(uri, { mtime: st.mtime, size: st.size, text: read.text });
    return read.text;
  }

  /** The file's text without blocking the event loop (workspace diagnostics), or null. */
  async readDiskAsync(uri: string): Promise<FileText | null> {
    return this.deps.files.access.readText(uri).catch(() => null);
  }

  /** The text of a file: the open editor's, else the disk's; null when neither exists. */
  textOf(uri: string): string | null {
    const doc = this.openDocument(uri);
    return doc ? doc.getText() : this.readDisk(uri);
  }

  parsedReview(reviewUri: string): ParsedReview | null {
    const text = this.textOf(reviewUri);
    if (text === null) {
      this.reviews.delete(reviewUri);
      return null;
    }
    const hit = this.reviews.get(reviewUri);
    if (hit && hit.text === text) return keep(this.reviews, reviewUri, hit).parsed;
    return keep(this.reviews, reviewUri, { text, parsed: parseReview(text) }).parsed;
  }

  /** `cache` off for one-off reads (the class overview) so that a large class is not kept in memory. */
  parsedDossier(dossierUri: string, cache = true): ParsedDossier | null {
    const doc = this.openDocument(dossierUri);
    if (doc) return this.deps.parsed(doc);
    const text = this.readDisk(dossierUri);
    if (text === null) {
      this.diskDossiers.delete(dossierUri);
      return null;
    }
    if (!cache) return this.deps.parse(text);
    const hit = this.diskDossiers.get(dossierUri);
    if (hit && hit.text === text) return keep(this.diskDossiers, dossierUri, hit).parsed;
    return keep(this.diskDossiers, dossierUri, { text, parsed: this.deps.parse(text) }).parsed;
  }

  /** The text of a file, waiting for the client when it must (requests that can wait: the class view). */
  async textOfAsync(uri: string): Promise<string | null> {
    const doc = this.openDocument(uri);
    if (doc) return doc.getText();
    return (await this.readDiskAsync(uri))?.text ?? null;
  }

  /** A dossier's parse, waiting for the client when it must; not cached (the class overview). */
  async parsedDossierAsync(dossierUri: string): Promise<ParsedDossier | null> {
    const doc = this.openDocument(dossierUri);
    if (doc) return this.deps.parsed(doc);
    const file = await this.readDiskAsync(dossierUri);
    return file ? this.deps.parse(file.text) : null;
  }

  /** The reviewed dossier of a review file (open or on disk), or null. */
  dossierOfReview(reviewUri: string): ParsedDossier | null {
    const d = dossierPathFor(reviewUri);
    return d ? this.parsedDossier(d) : null;
  }

  /** A review editor closed: its next read comes from the disk. */
  forgetReview(uri: string): void {
    this.reviews.delete(uri);
  }

  /** The editor says the file changed on disk: do not trust a cached read with the same mtime. */
  changedOnDisk(uri: string): void {
    this.diskTexts.delete(uri);
    this.deps.files.forget(uri);
    this.reviews.delete(uri);
    this.diskDossiers.delete(uri);
  }
}
