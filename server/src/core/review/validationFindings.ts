/**
 * What the student sees of the teaching team's decisions (validations.ts), in the dossier:
 * a refused claim is a warning on that citation (`review-refused`), a claim to review again an
 * information (`review-a-revoir`), each with the reviewer's name and motif; once the review
 * decides claims, each bloc not fully retained gets `coverage-retained` on `realisations`
 * (« Bloc 1 : 5/6 compétences retenues, 1 refusée — refusée : B1.3 »; an information while only pending). Hover on a citation shows its decision.
 */
import type { Finding } from '../finding';
import { text } from '../l10n';
import { hasDocument, type ParsedDossier } from '../parse';
import { claimsCoverage, retainedSummary } from './claims';
import { dossierCatalog } from './epreuves';
import type { ParsedReview } from './parse';
import { decisionsFor, DECISION_LABELS, hasDecisions, type Decisions } from './validations';

function usable(dossier: ParsedDossier, review: ParsedReview): boolean {
  return !dossier.refused && hasDocument(dossier) && !review.refused;
}

/** The review's decisions on the dossier's claims, or null when either file is unusable. */
export function reviewDecisions(dossier: ParsedDossier, review: ParsedReview): Decisions | null {
  return usable(dossier, review) ? decisionsFor(dossier.model, review.model.validations) : null;
}

export function validationFindings(dossier: ParsedDossier, review: ParsedReview): Finding[] {
  const decisions = reviewDecisions(dossier, review);
  if (!decisions) return [];
  const who = review.model.relecteur?.value.trim() || 'Relecteur';
  const model = dossier.model;
  const out: Finding[] = [];
  for (const r of model.realisations) {
    const m = decisions.get(r.index);
    if (!m) continue;
    for (const c of r.competences ?? []) {
      const d = m.get(c.value.trim());
      if (!d || d.decision === 'retenue') continue;
      const id = c.value.trim();
      const motif = d.motif ? ` : ${d.motif}` : '';
      out.push(
        d.decision === 'refusee'
          ? {
              code: 'review-refused',
              source: 'revue',
              severity: 'warning',
              message: text(`Compétence ${id} non retenue par ${who}${motif}`, `Competence ${id} not retained by ${who}${d.motif ? `: ${d.motif}` : ''}`),
              start: c.start,
              end: c.end
            }
          : {
              code: 'review-a-revoir',
              source: 'revue',
              severity: 'information',
              message: text(`Compétence ${id} à revoir selon ${who}${motif}`, `Competence ${id} to review again according to ${who}${d.motif ? `: ${d.motif}` : ''}`),
              start: c.start,
              end: c.end
            }
      );
    }
  }
  const cov = claimsCoverage(dossierCatalog(model), model, decisions);
  if (cov.retainedOnly) {
    for (const b of cov.blocs) {
      // Only when a decision is the cause: a competence nobody claims is coverage-bloc's already.
      if (!b.missing.some((m) => m.state !== 'non-mobilisee')) continue;
      const s = retainedSummary(b);
      // Pending only (undecided, à revoir): the review is under way, not a refusal — an
      // information, never a warning (issue 24).
      const refused = b.missing.some((m) => m.state === 'refusee');
      out.push({
        code: 'coverage-retained',
        source: 'revue',
        severity: refused ? 'warning' : 'information',
        message: refused
          ? text(`${s.fr}. Toutes les compétences du bloc doivent être retenues.`, `${s.en}. Every competence of the bloc must be retained.`)
          : text(`${s.fr}. La relecture n’a pas encore décidé de tout.`, `${s.en}. The review has not decided everything yet.`),
        start: model.realisationsKey.start,
        end: model.realisationsKey.end
      });
    }
  }
  return out;
}

/** Markdown line for the citation under `offset` (« **B1.3** refusée par M. Dupont : … »), or null. */
export function decisionHover(dossier: ParsedDossier, review: ParsedReview, offset: number): string | null {
  const decisions = reviewDecisions(dossier, review);
  // A review that decides nothing yet says nothing on hover (every claim would read « en attente »).
  if (!decisions || !hasDecisions(decisions)) return null;
  const who = review.model.relecteur?.value.trim() || 'Relecteur';
  for (const r of dossier.model.realisations) {
    const c = (r.competences ?? []).find((x) => x.start <= offset && offset <= x.end);
    if (!c) continue;
    const id = c.value.trim();
    const d = decisions.get(r.index)?.get(id);
    const md = (s: string) => s.replace(/([\\`*_{}\[\]()#+!|<>])/g, '\\$1');
    if (!d) return `**Revue** : ${md(id)} en attente de décision (${md(who)}).`;
    return `**Revue** : ${md(id)} ${DECISION_LABELS[d.decision].fr} par ${md(who)}${d.motif ? ` — ${md(d.motif)}` : ''}`;
  }
  return null;
}
