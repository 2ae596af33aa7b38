/**
 * MC SNO: one traces × competences grid per bloc. The guide d'accompagnement asks for a
 * dossier numérique but prints no tableau: these grids reuse the tableau's layout so a
 * teacher reads both the same way (they are not an official form, and say so).
 * Then the review's evaluation grid, when the teacher asked for it.
 */
import type { BlocGrid, EvaluationModel, SyntheseModel } from '../../protocol/synthese';
import { competenceTable, missingSummary } from './tableauHtml';
import { dataAttrs, escapeHtml, textBlock, type FormOptions } from './escape';
import { MC_SNO_PIECES, MC_SNO_PIECES_INTRO } from '../../core/table/mcSno';

function gridHtml(grid: BlocGrid, retained: Record<string, string> | undefined, form: FormOptions): string {
  const missing = grid.coverage.filter((c) => !c.covered).map((c) => c.id);
  const blocLabel = /^\d+$/.test(grid.bloc.id) ? `Bloc ${grid.bloc.id}` : grid.bloc.id;
  return `<section class="grid"${dataAttrs({ bloc: grid.bloc.id })}>`
    + `<h2>${escapeHtml(blocLabel)} — ${escapeHtml(grid.bloc.title)}</h2>`
    + competenceTable(grid.columns, [{ cadre: 'autre', title: 'Traces', rows: grid.rows }], grid.coverage, {
      cls: 'synthese bloc-grid',
      firstLabel: 'Traces (intitulé et liste des documents et productions associés)',
      unit: 'trace',
      groupTitles: false,
      retained,
      caption: `${blocLabel} — ${grid.bloc.title}`
    }, form)
    + missingSummary(missing, retained)
    + '</section>';
}

export function gridsHtml(model: SyntheseModel, form: FormOptions = {}): string {
  if (model.grids.length === 0) return '';
  return '<section class="grids" aria-label="Grilles par bloc">'
    + '<p class="form-note">Tableau de bord de suivi individuel, bloc par bloc (document de travail, pas un formulaire officiel).</p>'
    + model.grids.map((g) => gridHtml(g, model.retained?.states, form)).join('')
    + `<div class="mc-sno-pieces"><p>${escapeHtml(MC_SNO_PIECES_INTRO)}</p><ul>${MC_SNO_PIECES.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul></div>`
    + '</section>';
}

export function evaluationHtml(evaluation: EvaluationModel | undefined): string {
  if (!evaluation) return '';
  const epreuves = evaluation.epreuves.map((e) => {
    const rows = e.rows
      .map((r) => `<tr${dataAttrs({ competence: r.id, level: r.level })}><th scope="row">`
        + `<span class="competence-id">${escapeHtml(r.id)}</span> ${escapeHtml(r.title)}</th>`
        + `<td class="level">${escapeHtml(r.levelLabel)}</td></tr>`)
      .join('');
    const penalties = e.penalties.length === 0
      ? '<p class="penalties is-empty">Aucune pénalité retenue.</p>'
      : '<ul class="penalties">' + e.penalties
        .map((p) => `<li${dataAttrs({ penalty: p.id })}>☒ ${escapeHtml(p.label)} (${escapeHtml(p.points)} points de pénalité)</li>`)
        .join('') + '</ul>';
    return `<section class="evaluation-epreuve"${dataAttrs({ epreuve: e.code })}>`
      + `<h3>Épreuve ${escapeHtml(e.code)} — ${escapeHtml(e.title)}</h3>`
      + '<table class="evaluation-grid"><thead><tr><th scope="col">Compétences</th><th scope="col">Niveau de maîtrise</th></tr></thead>'
      + `<tbody>${rows}</tbody></table>`
      + '<h4>Liste des pénalités retenues</h4>' + penalties
      + (e.comment ? '<h4>Appréciation</h4>' + textBlock(e.comment) : '')
      + '</section>';
  }).join('');
  return '<section class="evaluation" aria-label="Évaluation">'
    + `<h2>Évaluation</h2><p class="reviewer">Relecture : ${escapeHtml(evaluation.reviewer)}${evaluation.date ? `, le ${escapeHtml(evaluation.date)}` : ''}</p>`
    + decisionsHtml(evaluation)
    + epreuves + '</section>';
}

/** The team's decisions on the claims, with their motifs (the PDF prints the same table). */
function decisionsHtml(evaluation: EvaluationModel): string {
  if (!evaluation.decisions?.length) return '';
  const rows = evaluation.decisions
    .map((d) => `<tr${dataAttrs({ realisation: d.realisation, competence: d.competence })}><td>${escapeHtml(d.intitule || d.realisation)}</td>`
      + `<td>${escapeHtml(d.competence)}</td><td class="decision">${escapeHtml(d.decision)}</td><td>${escapeHtml(d.motif ?? '')}</td></tr>`)
    .join('');
  const pending = evaluation.pending ? `<p class="decisions-pending">${evaluation.pending} compétence(s) revendiquée(s) en attente de décision.</p>` : '';
  return '<h3>Décisions sur les compétences revendiquées</h3>'
    + '<table class="evaluation-decisions"><thead><tr><th scope="col">Réalisation</th><th scope="col">Compétence</th><th scope="col">Décision</th><th scope="col">Motif</th></tr></thead>'
    + `<tbody>${rows}</tbody></table>${pending}`;
}
