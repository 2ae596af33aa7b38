/**
 * Fills the official tableau in place, from the synthesis table model (the preview's and the
 * PDF's source): the session, the candidate's fields after their labels (in the same cell, as
 * candidates type them), the option box ticked, one row per réalisation in its group, sorted by
 * date as in the preview, with « X » in each competence column it mobilises. A group with more
 * réalisations than blank rows gets rows inserted inside it, copies of its last row (styles,
 * borders, merges). Nothing outside those cells is touched.
 */
import { text, type Text } from '../../core/l10n';
import { OFFICIAL_FORM, candidateName, sessionLabel } from '../../core/table/officialForm';
import type { SyntheseModel, TableRow } from '../../protocol/synthese';
import type { WritableGrid } from './grid';
import type { FieldKey, FormLayout } from './layout';
import { fail, LIMITS } from './limits';

/** The label part of a template cell (« NOM et prénoms : » as this template spells it). */
function labelOf(cellText: string, fallback: string): string {
  const m = /^[^:]*:/.exec(cellText);
  return m ? m[0] : fallback;
}

/** Column A: the intitulé, then one line per document (the importer reads them back the same way). */
export function intituleCell(row: TableRow): string {
  return [row.intitule, ...row.documents].join('\n');
}

export function fillForm(grid: WritableGrid, layout: FormLayout, model: SyntheseModel): { warnings: Text[]; inserted: number } {
  const warnings: Text[] = [];
  const c = model.candidat;
  const total = model.groups.reduce((n, g) => n + g.rows.length, 0);
  if (total > LIMITS.fillRows) {
    fail(`Le dossier a ${total} réalisations : le tableau de synthèse en reçoit au plus ${LIMITS.fillRows}. Rien n’a été écrit.`, `The dossier has ${total} réalisations: the tableau de synthèse takes at most ${LIMITS.fillRows}. Nothing was written.`);
  }
  const L = OFFICIAL_FORM.labels;

  if (layout.session) {
    const { row, col, year } = layout.session;
    if (year && model.session && year !== model.session) {
      warnings.push(text(
        `Le modèle est celui de la session ${year}, le dossier de la session ${model.session} : vérifiez que c’est le bon modèle (la session ${model.session} a été écrite).`,
        `The template is for session ${year}, the dossier for session ${model.session}: check it is the right template (session ${model.session} was written).`
      ));
    }
    // The template's own spelling (« SESSION 2026 », « Session 2026 ») with the dossier's year.
    const own = grid.text(row, col);
    const session = model.session ?? year;
    grid.set(row, col, session && /\d{4}/.test(own) ? own.replace(/\d{4}/, String(session)) : session ? `${own.trim()} ${session}` : own || sessionLabel(null));
  }
  const values: Partial<Record<FieldKey, [string, string]>> = {
    nom: [L.nom, candidateName(c)],
    numero: [L.numero, c.numero],
    centre: [L.centre, c.centre],
    portfolio: [L.portfolio, c.portfolio]
  };
  for (const [key, [fallback, value]] of Object.entries(values) as [FieldKey, [string, string]][]) {
    const pos = layout.fields[key];
    if (!pos) continue;
    const lab = labelOf(grid.text(pos.row, pos.col), fallback);
    grid.set(pos.row, pos.col, value.trim() ? `${lab} ${value.trim()}` : lab);
  }
  for (const o of ['SISR', 'SLAM'] as const) {
    const pos = layout.optionBoxes[o];
    if (pos) grid.set(pos.row, pos.col, `${c.option === o ? OFFICIAL_FORM.boxTicked : OFFICIAL_FORM.boxEmpty} ${o}`);
  }

  // Rows without cadre are placed by their period (core/table/build.ts): say which.
  const unplaced = model.groups.flatMap((g) => g.rows).filter((r) => r.cadre === null);
  if (unplaced.length) {
    warnings.push(text(
      `${unplaced.length} réalisation(s) sans cadre (formation, stage-1, stage-2), placée(s) d’après leur période : ${unplaced.map((r) => r.id).join(', ')}. Précisez leur cadre.`,
      `${unplaced.length} réalisation(s) without a cadre (formation, stage-1, stage-2), placed by their period: ${unplaced.map((r) => r.id).join(', ')}. Give their cadre.`
    ));
  }

  // Bottom group first: rows inserted there do not move the groups above.
  let inserted = 0;
  for (const g of [...layout.groups].sort((a, b) => b.titleRow - a.titleRow)) {
    const rows = model.groups.find((x) => x.cadre === g.cadre)?.rows ?? [];
    const capacity = g.last - g.first + 1;
    if (rows.length > capacity) {
      grid.insertRowsAfter(g.last, rows.length - capacity);
      inserted += rows.length - capacity;
    }
    const last = Math.max(g.last, g.first + rows.length - 1);
    for (let r = g.first; r <= last; r++) {
      const row = rows[r - g.first];
      grid.set(r, layout.realisationCol, row ? intituleCell(row) : '');
      // As the preview and the PDF print it (core/periode/printed.ts): « du JJ/MM/AA au JJ/MM/AA ».
      grid.set(r, layout.periodeCol, row ? row.periode.printed : '');
      for (const { id, col } of layout.competenceCols) grid.set(r, col, row?.ticks[id] ? OFFICIAL_FORM.tick : '');
    }
  }
  return { warnings, inserted };
}
