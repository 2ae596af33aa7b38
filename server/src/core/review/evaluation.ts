/**
 * The review's evaluation grid as the table model carries it (SyntheseModel.evaluation), for the
 * preview and the PDF: one table per évaluée épreuve that the review fills, with every row of the
 * official grid (unfilled rows stay blank), the penalties retained and the appreciation.
 * Labels of the levels are those printed on that épreuve's grid (model.ts NIVEAU_LABELS).
 * With the review's date and its decisions on the claims (`validations`) and their motifs: a
 * review that decides claims has an evaluation to print even without a grid (issue 24).
 */
import { hasDocument, type ParsedDossier } from '../parse';
import type { EvaluationModel } from '../../protocol/synthese';
import { dossierCatalog, evaluatedEpreuves } from './epreuves';
import { isNiveau, NIVEAU_LABELS } from './model';
import type { ParsedReview } from './parse';
import { DECISION_LABELS } from './validations';
import { reviewDecisions } from './validationFindings';

export function evaluationFor(dossier: ParsedDossier, review: ParsedReview): EvaluationModel | undefined {
  if (dossier.refused || !hasDocument(dossier) || review.refused) return undefined;
  const evals = review.model.evaluation;
  const decided = decisionRows(dossier, review);
  if (!evals.length && !decided.rows.length) return undefined;
  const catalog = dossierCatalog(dossier.model);
  const epreuves = evaluatedEpreuves(dossier.model, catalog);
  const out: EvaluationModel = { reviewer: review.model.relecteur?.value.trim() ?? '', date: frenchDate(review.model.date?.value), epreuves: [] };
  if (decided.rows.length) Object.assign(out, { decisions: decided.rows, pending: decided.pending });
  for (const ep of epreuves) {
    const ev = evals.find((e) => e.code.value === ep.rule.code);
    if (!ev) continue;
    const labels = NIVEAU_LABELS[ep.rule.support === 'realisations' ? 'realisations' : 'portfolio'];
    const given = new Map(ev.competences.filter((c) => ep.ids.has(c.id.value)).map((c) => [c.id.value, c.niveau?.value ?? '']));
    const rows = ep.rows.map((r) => ({ id: r.id, title: r.title }));
    // An id graded outside the grid's rows (a competence where the grid lists sub-competences,
    // or the reverse) keeps its grade: it is added after the rows, in référentiel order.
    for (const id of catalog.ids) {
      if (given.has(id) && !rows.some((r) => r.id === id)) rows.push({ id, title: catalog.byId.get(id)!.title });
    }
    out.epreuves.push({
      code: ep.rule.code,
      title: ep.rule.title,
      rows: rows.map((r) => {
        const level = given.get(r.id) ?? '';
        return { id: r.id, title: r.title, level, levelLabel: isNiveau(level) ? labels[level] : '' };
      }),
      penalties: ev.penalites.flatMap((p) => {
        const rule = ep.rule.penalties.find((x) => x.id === p.id.value);
        if (!rule) return [];
        return [{ id: rule.id, label: rule.label, points: p.points !== undefined ? Math.min(p.points, rule.points) : rule.points }];
      }),
      comment: ev.appreciation?.value.trim() || undefined
    });
  }
  return out.epreuves.length || out.decisions ? out : undefined;
}

/** `2026-11-20` or `20/11/2026` → `20/11/2026`; anything else as written. */
function frenchDate(d: string | undefined): string {
  const v = d?.trim() ?? '';
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : v;
}

/** Every decided claim, réalisation by réalisation in dossier order, and how many claims are pending. */
function decisionRows(dossier: ParsedDossier, review: ParsedReview): { rows: NonNullable<EvaluationModel['decisions']>; pending: number } {
  const decisions = reviewDecisions(dossier, review);
  const rows: NonNullable<EvaluationModel['decisions']> = [];
  let pending = 0;
  if (!decisions) return { rows, pending };
  for (const r of dossier.model.realisations) {
    for (const c of r.competences ?? []) {
      const d = decisions.get(r.index)?.get(c.value.trim());
      if (!d || d.decision === undefined) {
        pending++;
        continue;
      }
      rows.push({ realisation: r.id?.value ?? `#${r.index + 1}`, intitule: r.intitule?.value ?? '', competence: c.value.trim(), decision: DECISION_LABELS[d.decision].fr, ...(d.motif ? { motif: d.motif } : {}) });
    }
  }
  return { rows, pending };
}
