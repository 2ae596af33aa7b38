/**
 * A review's open remarks as diagnostics of the reviewed dossier: code `review`, source "revue",
 * the teacher's level as severity, the reviewer's name in front of the message, on the target
 * (targets.ts). Resolved remarks are kept in the review file but no longer shown.
 */
import type { Finding, Severity } from '../finding';
import { text } from '../l10n';
import { hasDocument, type ParsedDossier } from '../parse';
import { dossierCatalog } from './epreuves';
import { levelOf, statusOf, type RemarkLevel } from './model';
import type { ParsedReview } from './parse';
import { resolveCible, targetSpans } from './targets';

const SEVERITY: Record<RemarkLevel, Severity> = { erreur: 'error', avertissement: 'warning', info: 'information' };

export function remarkFindings(dossier: ParsedDossier, review: ParsedReview): Finding[] {
  if (dossier.refused || !hasDocument(dossier) || review.refused) return [];
  const model = dossier.model;
  const catalog = dossierCatalog(model);
  const who = review.model.relecteur?.value.trim() || 'Relecteur';
  const out: Finding[] = [];
  for (const r of review.model.remarques) {
    if (statusOf(r) !== 'ouverte') continue;
    const message = r.message?.value.trim();
    if (!message) continue;
    const cible = r.cible?.value.trim() ?? '';
    const res = cible ? resolveCible(cible, model, catalog) : null;
    const spans = res?.ok ? targetSpans(res.target, model, catalog) : [model.realisationsKey];
    // A remark whose target vanished is still shown (on the `realisations` key), with its target,
    // so that the student is not left unaware of it.
    const lost = res && !res.ok ? text(` (cible « ${cible} » introuvable)`, ` (target "${cible}" not found)`) : text('', '');
    for (const s of spans) {
      out.push({
        code: 'review',
        source: 'revue',
        severity: SEVERITY[levelOf(r)],
        message: text(`${who} : ${message}${lost.fr}`, `${who}: ${message}${lost.en}`),
        start: s.start,
        end: s.end
      });
    }
  }
  return out;
}
