/**
 * Finds the official tableau de synthèse in a sheet by its labels, never by fixed addresses (the
 * rows and the year move between circulaires). The same search serves the filling (strict: every
 * label of the form must be there, the six competence columns in the référentiel's order) and the
 * import (lenient: the common variants, extra columns per sub-competence, whatever was found).
 * Labels are those of core/table/officialForm.ts, compared without case or accents; the variants
 * seen on candidates' copies are accepted too (« NOM et prénoms : »).
 */
import type { Bloc } from '../../core/referentiel/types';
import type { Cadre } from '../../protocol/synthese';
import { GROUP_TITLES, OFFICIAL_FORM } from '../../core/table/officialForm';
import { fold, type Grid } from './grid';

export interface Pos {
  row: number;
  col: number;
}
export type FieldKey = 'nom' | 'numero' | 'centre' | 'option' | 'portfolio';

export interface FormLayout {
  grid: Grid;
  session: (Pos & { year: number | null }) | null;
  fields: Partial<Record<FieldKey, Pos>>;
  optionBoxes: { SISR?: Pos; SLAM?: Pos };
  headerRow: number;
  realisationCol: number;
  periodeCol: number;
  /** Column → competence or sub-competence id; the six competences in sheet order first. */
  competenceCols: { id: string; col: number }[];
  subCols: { id: string; col: number }[];
  /** In sheet order; rows first..last are the group's réalisation rows. */
  groups: { cadre: Cadre; titleRow: number; first: number; last: number }[];
}

const starts = (...prefixes: string[]) => (t: string) => prefixes.some((p) => t.startsWith(fold(p)));
const FIELD_MATCH: Record<FieldKey, (t: string) => boolean> = {
  nom: starts('NOM et prénom'),
  numero: starts('N° candidat', 'N° de candidat', 'Numéro de candidat', 'No candidat'),
  centre: starts('Centre de formation'),
  option: (t) => /^option\s*:/.test(t),
  portfolio: starts('Adresse URL du portfolio', 'URL du portfolio', 'Portfolio')
};
const GROUP_MATCH: [Cadre, (t: string) => boolean][] = [
  ['formation', (t) => t === fold(GROUP_TITLES.formation) || /^realisations? (professionnelles? )?en cours de formation/.test(t)],
  ['stage-1', (t) => /^realisations? en milieu professionnel.*premiere annee/.test(t)],
  ['stage-2', (t) => /^realisations? en milieu professionnel.*(seconde|deuxieme) annee/.test(t)]
];

function label(t: string): string {
  return t.replace(/\s*:?\s*$/, '');
}
const plain = (s: string) => fold(s).replace(/[.;:]+$/, '');

export function locateForm(grid: Grid, bloc: Bloc, strict: boolean): { layout: FormLayout | null; missing: string[] } {
  const cells: (Pos & { t: string })[] = [];
  // Read once: ExcelJS computes columnCount over every row on each call.
  const rowCount = grid.rowCount;
  const colCount = grid.colCount;
  for (let row = 1; row <= rowCount; row++) {
    for (let col = 1; col <= colCount; col++) {
      const t = fold(grid.text(row, col));
      if (t) cells.push({ row, col, t });
    }
  }
  const first = (pred: (t: string) => boolean, after = 0) => cells.find((c) => c.row > after && pred(c.t));
  const missing: string[] = [];
  const L = OFFICIAL_FORM.labels;

  const fields: FormLayout['fields'] = {};
  const wanted: [FieldKey, string][] = [['nom', L.nom], ['numero', L.numero], ['centre', L.centre], ['option', L.option], ['portfolio', L.portfolio]];
  for (const [key, text] of wanted) {
    const c = first(FIELD_MATCH[key]);
    if (c) fields[key] = { row: c.row, col: c.col };
    else missing.push(`« ${label(text)} »`);
  }
  const s = first((t) => /^session\b/.test(t));
  const session = s ? { row: s.row, col: s.col, year: Number(/(\d{4})/.exec(s.t)?.[1]) || null } : null;
  if (!session) missing.push('« SESSION »');

  const optionBoxes: FormLayout['optionBoxes'] = {};
  const optRow = fields.option?.row;
  for (const o of ['SISR', 'SLAM'] as const) {
    const re = new RegExp(`^\\S{0,2}\\s*${o.toLowerCase()}$`);
    const c = cells.find((x) => x.row === optRow && re.test(x.t));
    if (c) optionBoxes[o] = { row: c.row, col: c.col };
    else if (strict) missing.push(`la case « ${OFFICIAL_FORM.boxEmpty} ${o} »`);
  }

  const corner = first(starts(OFFICIAL_FORM.corner));
  const realis = first(starts('Réalisations professionnelles (intitulé'));
  const per = first(starts('Période'), (corner?.row ?? 1) - 1);
  if (!corner && !realis) missing.push(`« ${OFFICIAL_FORM.corner} »`);
  if (!per) missing.push('« Période »');
  const headerRow = corner?.row ?? realis?.row ?? 0;
  const realisationCol = corner?.col ?? realis?.col ?? 1;
  const periodeCol = per?.col ?? realisationCol + 1;

  // Competence titles (row 6) and, in the variants, one column per sub-competence (row 7).
  const head = cells.filter((c) => c.row >= headerRow && c.row <= headerRow + 2 && c.col > periodeCol);
  const competenceCols: FormLayout['competenceCols'] = [];
  for (const comp of bloc.competences) {
    const c = head.find((h) => h.t.includes(plain(comp.title)) || h.t.startsWith(fold(comp.id) + ' '));
    if (c) competenceCols.push({ id: comp.id, col: c.col });
    else missing.push(`la colonne « ${comp.title} »`);
  }
  const subCols: FormLayout['subCols'] = [];
  for (const h of head) {
    if (h.t.includes(OFFICIAL_FORM.subBullet) || h.t.includes('\n')) continue;
    const subs = bloc.competences.flatMap((c) => c.subCompetences).filter((x) => h.t === plain(x.title) || h.t.startsWith(fold(x.id) + ' ') || h.t === fold(x.id));
    if (subs.length === 1) subCols.push({ id: subs[0].id, col: h.col });
  }
  const order = competenceCols.map((c) => c.col);
  if (strict && order.some((c, i) => i > 0 && c <= order[i - 1])) {
    missing.push(`les colonnes de compétences dans l’ordre du référentiel (${competenceCols.map((c) => c.id).join(', ')})`);
  }

  const found: { cadre: Cadre; titleRow: number }[] = [];
  for (const [cadre, pred] of GROUP_MATCH) {
    const c = cells.find((x) => x.row > headerRow && x.col === realisationCol && pred(x.t));
    if (c) found.push({ cadre, titleRow: c.row });
    else missing.push(`la ligne de groupe « ${GROUP_TITLES[cadre]} »`);
  }
  found.sort((a, b) => a.titleRow - b.titleRow);
  const groups = found.map((g, i) => ({
    ...g,
    first: g.titleRow + 1,
    last: (found[i + 1]?.titleRow ?? Math.min(rowCount, grid.printLastRow ?? Infinity) + 1) - 1
  }));
  if (strict && groups.some((g) => g.last < g.first)) missing.push('au moins une ligne vide par groupe');

  const complete = missing.length === 0;
  const usable = headerRow > 0 && (strict ? complete : groups.length > 0);
  return {
    layout: usable
      ? { grid, session, fields, optionBoxes, headerRow, realisationCol, periodeCol, competenceCols, subCols, groups }
      : null,
    missing
  };
}
