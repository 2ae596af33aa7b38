/**
 * `sio-dossier verifier --corriger`: the editor's « Corriger tout » applied to files, dossiers
 * and teachers' review files alike (a review's remark whose French « : » broke the YAML gets its
 * quotes, issue 24). Only files with at least one unambiguous fix are written (atomically, keeping a BOM the file
 * had and its permissions); every change is printed as `file:line:col « before » → « after »`.
 */
import { statSync, chmodSync, existsSync, readFileSync } from 'node:fs';
import type { TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits } from '../core/features/fixAll';
import { featureOptions } from '../core/features/options';
import type { LanguageService } from '../core/service';
import { writeFileAtomic } from '../node/atomicWrite';
import { dossierPathFor, isReviewPath, parseReview } from '../core/review';
import { createReviewService } from '../core/review/service';
import { readDossierText } from './dossierFiles';

export interface FixReport {
  file: string;
  /** One line per change, already formatted. */
  changes: string[];
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(/\r?\n/g, '⏎');

export async function fixFile(service: LanguageService, file: string): Promise<FixReport | null> {
  const text = readDossierText(file);
  const doc = TextDocument.create('file:///x', 'sio-yaml', 0, text);
  const edits = isReviewPath(file) ? reviewFixes(service, file, doc) : dossierFixes(service, doc);
  if (!edits.length) return null;
  const changes = edits.map((e) => {
    const before = doc.getText(e.range);
    const where = `${file}:${e.range.start.line + 1}:${e.range.start.character + 1}`;
    return before ? `${where} « ${clip(before)} » → « ${clip(e.newText)} »` : `${where} + « ${clip(e.newText.trim())} »`;
  });
  const bom = readFileSync(file).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
  const mode = statSync(file).mode & 0o777;
  await writeFileAtomic(file, Buffer.from((bom ? '\ufeff' : '') + TextDocument.applyEdits(doc, edits), 'utf8'));
  if (mode !== 0o644) chmodSync(file, mode);
  return { file, changes };
}

function dossierFixes(service: LanguageService, doc: TextDocument): TextEdit[] {
  const parsed = service.parse(doc.getText());
  if (parsed.refused || !parsed.doc) return [];
  const opts = featureOptions({ locale: service.locale, now: service.now(), settings: service.settings });
  return fixAllEdits(doc, parsed, service.diagnostics(doc, parsed), opts).edits;
}

/** A review's fixes, checked against the dossier beside it when there is one. */
function reviewFixes(service: LanguageService, file: string, doc: TextDocument): TextEdit[] {
  const review = parseReview(doc.getText());
  if (review.refused || !review.doc) return [];
  const d = dossierPathFor(file);
  const dossier = d && existsSync(d) ? service.parse(readDossierText(d)) : null;
  return createReviewService(() => service.locale).fixAllEdits(doc, review, dossier);
}
