/**
 * The review's evaluation grid (teacher feature), printed only on request: one table per
 * épreuve with the niveau de maîtrise retained for each competence (the levels of the grilles
 * d'aide à l'évaluation, seed 003 annexes 9-5-A/B and seed 004), then the penalties and comment.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { EvaluationModel } from '../../protocol/synthese';
import { FILL_HEAD, GREY, thinGrid } from './parts';

export function evaluationContent(ev: EvaluationModel): Content[] {
  const out: Content[] = [
    { text: 'Grille d’évaluation', bold: true, fontSize: 13, outline: true, outlineText: 'Grille d’évaluation' },
    { text: `Relecture : ${ev.reviewer || '—'}`, fontSize: 8.5, color: GREY, margin: [0, 1, 0, 8] }
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
