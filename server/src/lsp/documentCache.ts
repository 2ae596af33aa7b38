/**
 * One parse per document version (model: vscode's languageModelCache); entries are evicted when
 * the document closes. Each version's parse reuses the pieces of the previous ones that the edit
 * did not touch (core/incremental), behind the same `parse(text)`.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDossier } from '../core/parse';

export class DocumentCache {
  private readonly entries = new Map<string, { version: number; parsed: ParsedDossier }>();

  constructor(private readonly parse: (text: string) => ParsedDossier) {}

  get(doc: TextDocument): ParsedDossier {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.parsed;
    const parsed = this.parse(doc.getText());
    this.entries.set(doc.uri, { version: doc.version, parsed });
    return parsed;
  }

  /** A parse of this document is kept (of any version): its next parse reuses its pieces. */
  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  /** Keep a parse made elsewhere (in slices) for this version. */
  set(doc: TextDocument, parsed: ParsedDossier): void {
    this.entries.set(doc.uri, { version: doc.version, parsed });
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
