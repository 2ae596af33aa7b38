/**
 * The review's evaluation grid (teacher feature), printed only on request: one table per
 * épreuve with the niveau de maîtrise retained for each competence (the levels of the grilles
 * d'aide à l'évaluation, seed 003 annexes 9-5-A/B and seed 004), then the penalties and comment;
 * before them, the review's date and the team's decisions on the claims with their motifs (what
 * a class council or a jury needs, issue 24).
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { EvaluationModel } from '../../protocol/synthese';
import { FILL_HEAD, GREY, thinGrid } from './parts';

export function evaluationContent(ev: EvaluationModel): Content[] {
  const out: Content[] = [
    { text: 'Grille d’évaluation', bold: true, fontSize: 13, outline: true, outlineText: 'Grille d’évaluation' },
    { text: `Relecture : ${ev.reviewer || '—'}${ev.date ? `, le ${ev.date}` : ''}`, fontSize: 8.5, color: GREY, margin: [0, 1, 0, 8] },
    ...decisionsContent(ev)
  ];
  for (const e of ev.epreuves) {
    const body: TableCell[][] = [
      [
        { text: 'Compétence', bold: true, fillColor: FILL_HEAD },
        { text: 'Niveau de maîtrise', bold: true, fillColor: FILL_HEAD }
      ],
      ...e.rows.map((r): TableCell[] => [{ text: `${r.id} ${r.title}` }, { text: r.levelLabel || r.level }])
    ];
    out.push(
      { text: `Épreuve ${e.code} — ${e.title}`, bold: true, fontSize: 10, margin: [0, 6, 0, 3] },
      { table: { headerRows: 1, dontBreakRows: true, widths: ['*', 130], body }, layout: thinGrid, fontSize: 8.5 }
    );
    if (e.penalties.length > 0) {
      out.push(
        { text: 'Pénalités retenues', bold: true, fontSize: 9, margin: [0, 5, 0, 2] },
        { ul: e.penalties.map((p) => `${p.label} (${p.points} point${Math.abs(p.points) > 1 ? 's' : ''} de pénalité)`), fontSize: 8.5 }
      );
    }
    if (e.comment && e.comment.trim() !== '') {
      out.push(
        { text: 'Appréciation', bold: true, fontSize: 9, margin: [0, 5, 0, 2] },
        { text: e.comment, fontSize: 8.5 }
      );
    }
  }
  return out;
}

/** « Décisions sur les compétences revendiquées »: réalisation, compétence, décision, motif. */
function decisionsContent(ev: EvaluationModel): Content[] {
  if (!ev.decisions?.length) return [];
  const body: TableCell[][] = [
    ['Réalisation', 'Compétence', 'Décision', 'Motif'].map((t) => ({ text: t, bold: true, fillColor: FILL_HEAD })),
    ...ev.decisions.map((d): TableCell[] => [
      { text: d.intitule ? `${d.intitule} (${d.realisation})` : d.realisation },
      { text: d.competence },
      { text: d.decision, bold: d.decision !== 'retenue' },
      { text: d.motif ?? '' }
    ])
  ];
  const pending = ev.pending ? [{ text: `${ev.pending} compétence${ev.pending > 1 ? 's' : ''} revendiquée${ev.pending > 1 ? 's' : ''} en attente de décision.`, fontSize: 8.5, color: GREY, margin: [0, 2, 0, 0] } as Content] : [];
  return [
    { text: 'Décisions sur les compétences revendiquées', bold: true, fontSize: 10, margin: [0, 2, 0, 3] },
    { table: { headerRows: 1, dontBreakRows: true, widths: ['*', 50, 55, '*'], body }, layout: thinGrid, fontSize: 8.5 },
    ...pending,
    { text: '', margin: [0, 0, 0, 6] }
  ];
}
