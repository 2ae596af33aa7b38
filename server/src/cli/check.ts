/**
 * `sio-dossier check`: the language server's diagnostics, outside the editor.
 * Output like a compiler (`file:line:col severity code message`, 1-based) or JSON (0-based,
 * LSP-style ranges) — the same core, the same codes.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../core/l10n';
import { pick } from '../core/l10n';
import type { Finding, Severity } from '../core/finding';
import type { LanguageService } from '../core/service';
import { existsSync } from 'node:fs';
import { dossierFindings } from '../core/findings';
import { checkReviewFile, dossierPathFor, isReviewPath, parseReview, reviewPathFor } from '../core/review';
import { readDossier, readDossierText } from './dossierFiles';

export interface FileResult {
  file: string;
  diagnostics: {
    code: string;
    severity: Severity;
    message: string;
    source?: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
  }[];
}

export function resultFor(file: string, text: string, findings: Finding[], locale: Locale): FileResult {
  const doc = TextDocument.create('file:///x', 'sio-yaml', 0, text);
  return {
    file,
    diagnostics: findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: pick(f.message, locale),
      ...(f.source === 'revue' ? { source: 'revue' } : {}),
      range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) }
    }))
  };
}

/** A file's text, or null when it does not exist (a dossier without review, a review without dossier). */
function textIfAny(file: string | null): string | null {
  return file && existsSync(file) ? readDossierText(file) : null;
}

/**
 * A dossier gets the core's findings plus its teacher's open remarks (`x.revue.yaml` beside it),
 * as in the editor; a review file is checked against the dossier it reviews.
 */
export function checkFile(service: LanguageService, file: string): FileResult {
  const { text, bytes } = readDossier(file);
  if (isReviewPath(file)) {
    const findings = checkReviewFile(text, textIfAny(dossierPathFor(file)));
    return resultFor(file, text, findings.sort((a, b) => a.start - b.start), service.locale);
  }
  const parsed = service.parse(text, bytes);
  const review = textIfAny(reviewPathFor(file));
  const findings = [...dossierFindings(parsed, review === null ? null : parseReview(review), { service, uri: file }).all];
  return resultFor(file, text, findings.sort((a, b) => a.start - b.start), service.locale);
}

const LABEL: Record<Severity, { fr: string; en: string }> = {
  error: { fr: 'erreur', en: 'error' },
  warning: { fr: 'avertissement', en: 'warning' },
  information: { fr: 'info', en: 'info' },
  hint: { fr: 'suggestion', en: 'hint' }
};

export function formatText(results: FileResult[], locale: Locale): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      lines.push(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${LABEL[d.severity][locale]} ${d.code} ${d.message}`);
    }
  }
  return lines.join('\n');
}

export function summary(results: FileResult[], locale: Locale): string {
  const count = (s: Severity) => results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === s).length, 0);
  const e = count('error');
  const w = count('warning');
  const n = results.length;
  const plural = (k: number, fr: string, en: string) => (locale === 'en' ? `${k} ${en}${k > 1 || k === 0 ? 's' : ''}` : `${k} ${fr}${k > 1 ? 's' : ''}`);
  return locale === 'en'
    ? `${plural(n, 'fichier', 'file')} checked: ${plural(e, 'erreur', 'error')}, ${plural(w, 'avertissement', 'warning')}`
    : `${plural(n, 'fichier', 'file')} vérifié${n > 1 ? 's' : ''} : ${plural(e, 'erreur', 'error')}, ${plural(w, 'avertissement', 'warning')}`;
}

export function hasErrors(results: FileResult[]): boolean {
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
}
