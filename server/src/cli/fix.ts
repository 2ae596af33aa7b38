/**
 * `sio-dossier verifier --corriger`: the editor's « Corriger tout » applied to files. Only
 * dossiers with at least one unambiguous fix are written (atomically, keeping a BOM the file
 * had and its permissions); every change is printed as `file:line:col « before » → « after »`.
 */
import { statSync, chmodSync, readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits } from '../core/features/fixAll';
import { featureOptions } from '../core/features/options';
import type { LanguageService } from '../core/service';
import { writeFileAtomic } from '../node/atomicWrite';
import { isReviewPath } from '../core/review';
import { readDossierText } from './dossierFiles';

export interface FixReport {
  file: string;
  /** One line per change, already formatted. */
  changes: string[];
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(/\r?\n/g, '⏎');

export async function fixFile(service: LanguageService, file: string): Promise<FixReport | null> {
  if (isReviewPath(file)) return null;
  const text = readDossierText(file);
  const parsed = service.parse(text);
  if (parsed.refused || !parsed.doc) return null;
  const doc = TextDocument.create('file:///x', 'sio-yaml', 0, text);
  const opts = featureOptions({ locale: service.locale, now: service.now(), settings: service.settings });
  const { edits } = fixAllEdits(doc, parsed, service.diagnostics(doc, parsed), opts);
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
