/**
 * Inlay hints: the official title after each competence id (`B1.2` → « Répondre aux incidents… »),
 * so a student reads what they claim without leaving the file. Setting `sio.inlayHints.competenceTitles`.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { InlayHint, Range } from 'vscode-languageserver-types';
import type { ParsedDossier } from '../parse';
import type { FeatureOptions } from './options';
import { dossierContext } from './options';

/** Long enough to recognise the competence, short enough not to push the line off screen. */
export const HINT_LENGTH = 40;

export function truncate(title: string, max = HINT_LENGTH): string {
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}

export function inlayHints(doc: TextDocument, parsed: ParsedDossier, range: Range, opts: FeatureOptions): InlayHint[] {
  if (!opts.settings.inlayHints) return [];
  const ctx = dossierContext(parsed, opts);
  if (!ctx) return [];
  const from = doc.offsetAt(range.start);
  const to = doc.offsetAt(range.end);
  const out: InlayHint[] = [];
  for (const r of parsed.model.realisations) {
    if (r.end < from || r.start > to) continue;
    for (const s of r.competences ?? []) {
      if (s.end < from || s.start > to) continue;
      const entry = ctx.catalog.byId.get(s.value.trim());
      if (!entry) continue;
      out.push({ position: doc.positionAt(s.end), label: truncate(entry.title), paddingLeft: true, tooltip: `${entry.id} — ${entry.title}` });
    }
  }
  return out;
}
