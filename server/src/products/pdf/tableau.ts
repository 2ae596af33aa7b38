/**
 * The tableau de synthèse, A4 landscape, laid out like the official form of épreuve E4
 * (seed 004, "Tableau de synthèse"): title, NOM et prénom / N° candidat, Centre de formation /
 * Option ☐ SISR ☐ SLAM, then one table whose columns are "Réalisations professionnelles
 * (intitulé et liste des documents et productions associés)", "Période", and one column per
 * bloc-1 competence headed by its title and sub-competence bullets; group rows
 * "Réalisation(s) en cours de formation", "… en milieu professionnel …" split the réalisations.
 * Added to the form: the portfolio address (the E4 dossier requires one) and a coverage row.
 */
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import type { BlocGrid, CoverageCell, TableColumn, TableGroup, TableRow, SyntheseModel } from '../../protocol/synthese';
import { OFFICIAL_FORM } from '../../core/table/officialForm';
import { FILL_GROUP, FILL_HEAD, GREY, box, candidateName, thinGrid } from './parts';
import { PERIODE_COLUMN_LINES } from '../../core/periode/printed';
import { MC_SNO_PIECES, MC_SNO_PIECES_INTRO } from '../../core/table/mcSno';

/** Ids given to group rows and to the first row after them, for the keep-with-next rule. */
export const GROUP_ID_PREFIX = 'sio-group-';
export const FIRST_ROW_ID_PREFIX = 'sio-first-';

export interface KeepPair {
  groupId: string;
  firstRowId: string;
}

export function periodText(row: TableRow): string {
  return row.periode.printed || row.periode.text;
}

/**
 * More columns than the form's six (MC SNO: nine): smaller header text, so that no column's
 * longest word (« d’accompagnement ») widens it past its share and the last one off the page.
 */
const isWide = (columns: TableColumn[]) => columns.length > 6;

function columnHeader(col: TableColumn, withId: boolean, wide: boolean): TableCell {
  const stack: Content[] = [
    { text: withId ? `${col.id} ${col.title}` : col.title, bold: true, fontSize: wide ? 6 : 7, alignment: 'center', margin: [0, 0, 0, 2] }
  ];
  if (col.subCompetences.length > 0) {
    stack.push({ ul: col.subCompetences.map((s) => s.title), fontSize: wide ? 4.8 : 5.5, markerColor: GREY });
  }
  return { stack, fillColor: FILL_HEAD };
}

function rowCells(row: TableRow, columns: TableColumn[], id: string | undefined): TableCell[] {
  const first: Content[] = [{ text: row.intitule, fontSize: 7.5, ...(id ? { id } : {}) }];
  if (row.documents.length > 0) {
    first.push({ ul: row.documents, fontSize: 6.5, color: GREY, margin: [0, 1, 0, 0] });
  }
  return [
    { stack: first },
    { text: periodText(row), fontSize: 7 },
    ...columns.map(
      (c): TableCell => ({ text: row.ticks[c.id] ? 'X' : '', bold: true, fontSize: 9, alignment: 'center', verticalAlignment: 'middle' })
    )
  ];
}

function coverageRow(columns: TableColumn[], coverage: CoverageCell[]): TableCell[] {
  const byId = new Map(coverage.map((c) => [c.id, c]));
  return [
    { text: 'Nombre de réalisations mobilisant la compétence', bold: true, fontSize: 7, colSpan: 2, fillColor: FILL_HEAD },
    {},
    ...columns.map((c): TableCell => {
      const cell = byId.get(c.id);
      const covered = cell ? cell.covered : false;
      return covered
        ? { text: String(cell?.count ?? 0), fontSize: 8, alignment: 'center', fillColor: FILL_HEAD }
        : { text: 'NON COUVERTE', bold: true, fontSize: 6.5, alignment: 'center', fillColor: FILL_HEAD };
    })
  ];
}

/**
 * The table itself, shared by the tableau de synthèse and the MC SNO grids. Returns the
 * group/first-row pairs that the document's pageBreakBefore keeps on the same page.
 */
export function synthesisTable(opts: {
  key: string;
  columns: TableColumn[];
  groups: TableGroup[];
  coverage: CoverageCell[];
  firstHeader: string;
  withIds: boolean;
  firstWidth: number;
}): { table: ContentTable; keep: KeepPair[] } {
  const { columns } = opts;
  const width = 2 + columns.length;
  const header: TableCell[] = [
    {
      stack: [
        { text: OFFICIAL_FORM.corner, italics: true, fontSize: 6.5, alignment: 'right', margin: [0, 0, 0, 8] },
        { text: opts.firstHeader, bold: true, fontSize: 7 }
      ],
      fillColor: FILL_HEAD
    },
    {
      stack: [
        { text: PERIODE_COLUMN_LINES[0], bold: true, fontSize: 7 },
        { text: PERIODE_COLUMN_LINES[1], fontSize: 6.5 }
      ],
      fillColor: FILL_HEAD
    },
    ...columns.map((c) => columnHeader(c, opts.withIds, isWide(columns)))
  ];
  const body: TableCell[][] = [header];
  const keep: KeepPair[] = [];
  opts.groups.forEach((g, gi) => {
    const groupId = `${GROUP_ID_PREFIX}${opts.key}-${gi}`;
    const firstRowId = `${FIRST_ROW_ID_PREFIX}${opts.key}-${gi}`;
    const groupCell: TableCell = { text: g.title, id: groupId, bold: true, fontSize: 8, colSpan: width, fillColor: FILL_GROUP };
    body.push([groupCell, ...Array.from({ length: width - 1 }, () => ({}))]);
    if (g.rows.length > 0) keep.push({ groupId, firstRowId });
    g.rows.forEach((r, ri) => body.push(rowCells(r, columns, ri === 0 ? firstRowId : undefined)));
  });
  body.push(coverageRow(columns, opts.coverage));
  const table: ContentTable = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [isWide(columns) ? Math.min(opts.firstWidth, 150) : opts.firstWidth, isWide(columns) ? 56 : 62, ...columns.map(() => '*' as const)],
      body
    },
    layout: thinGrid
  };
  return { table, keep };
}

/** "B1.3 Développer la présence en ligne de l'organisation", from the columns' data. */
export function missingLabels(ids: string[], columns: TableColumn[]): string[] {
  const titles = new Map<string, string>();
  for (const c of columns) {
    titles.set(c.id, c.title);
    for (const s of c.subCompetences) titles.set(s.id, s.title);
  }
  return ids.map((id) => (titles.has(id) ? `${id} ${titles.get(id)}` : id));
}

function missingNote(ids: string[], columns: TableColumn[]): Content {
  if (ids.length === 0) {
    return { text: 'Toutes les compétences du bloc sont mobilisées par au moins une réalisation.', fontSize: 7.5, margin: [0, 4, 0, 0] };
  }
  return {
    stack: [
      { text: `Compétence(s) mobilisée(s) par aucune réalisation (${ids.length}) :`, bold: true, fontSize: 8, margin: [0, 4, 0, 1] },
      { ul: missingLabels(ids, columns), fontSize: 7.5 }
    ]
  };
}

function identity(model: SyntheseModel): ContentTable {
  const c = model.candidat;
  const portfolio = c.portfolio.trim();
  const L = OFFICIAL_FORM.labels;
  const body: TableCell[][] = [
    [
      { text: [{ text: `${L.nom} `, bold: true }, candidateName(model)] },
      { text: [{ text: `${L.numero} `, bold: true }, c.numero] }
    ],
    [
      { text: [{ text: `${L.centre} `, bold: true }, c.centre] },
      {
        columns: [
          { text: L.option, bold: true, width: 'auto' },
          { ...(box(c.option === 'SISR', 'SISR') as object), width: 'auto', margin: [6, 0, 0, 0] },
          { ...(box(c.option === 'SLAM', 'SLAM') as object), width: 'auto', margin: [6, 0, 0, 0] }
        ]
      } as TableCell
    ]
  ];
  if (model.referentiel === 'mc-sno') body[1][1] = { text: '' };
  body.push([
    {
      text: [{ text: `${L.portfolio} `, bold: true }, portfolio ? { text: portfolio, link: portfolio, color: '#1a4d99' } : '—'],
      colSpan: 2
    },
    {}
  ]);
  return { table: { widths: ['*', 230], body }, layout: thinGrid, fontSize: 8.5, margin: [0, 0, 0, 6] };
}

/** The whole tableau section content (the caller wraps it in a landscape section). */
export function tableauContent(model: SyntheseModel): { content: Content[]; keep: KeepPair[] } {
  const { table, keep } = synthesisTable({
    key: 'tableau',
    columns: model.columns,
    groups: model.groups,
    coverage: model.coverage,
    // MC SNO has no official tableau: its rows are the dossier's traces.
    firstHeader:
      model.referentiel === 'mc-sno'
        ? 'Traces et réalisations (intitulé et documents associés)'
        : OFFICIAL_FORM.realisationsColumn,
    withIds: model.referentiel === 'mc-sno',
    firstWidth: 190
  });
  const content: Content[] = [
    {
      text: model.title,
      bold: true,
      fontSize: 13,
      alignment: 'center',
      outline: true,
      outlineText: model.referentiel === 'mc-sno' ? 'Tableau de bord' : 'Tableau de synthèse',
      margin: [0, 0, 0, 6]
    },
    // The diploma and session are in the page header (products/pdf/parts.ts pageHeader), once per page.
    identity(model),
    table,
    missingNote(model.missing, model.columns),
    ...(model.referentiel === 'mc-sno' ? [mcSnoPieces()] : [])
  ];
  return { content, keep };
}

/** MC SNO: the other pieces of the dossier numérique, named as the guide names them. */
function mcSnoPieces(): Content {
  // A copy: pdfmake replaces the items of a list in place.
  return { stack: [{ text: MC_SNO_PIECES_INTRO, fontSize: 7.5 }, { ul: [...MC_SNO_PIECES], fontSize: 7.5 }], margin: [0, 6, 0, 0] };
}

/** MC SNO: one traces × competences grid per bloc; a synthesis, not an official form. */
export function gridContent(grid: BlocGrid, index: number): { content: Content[]; keep: KeepPair[] } {
  const { table, keep } = synthesisTable({
    key: `grid${index}`,
    columns: grid.columns,
    groups: [{ cadre: 'autre', title: 'Traces', rows: grid.rows }],
    coverage: grid.coverage,
    firstHeader: 'Traces (intitulé et documents associés)',
    withIds: true,
    firstWidth: 200
  });
  const missing = grid.coverage.filter((c) => !c.covered).map((c) => c.id);
  const content: Content[] = [
    {
      text: `Tableau de bord de suivi individuel — Bloc ${grid.bloc.id} : ${grid.bloc.title}`,
      bold: true,
      fontSize: 12,
      outline: true,
      outlineText: `Tableau de bord — Bloc ${grid.bloc.id}`
    },
    {
      text: 'Document de synthèse établi à partir du dossier (ce n’est pas un formulaire officiel).',
      italics: true,
      fontSize: 7.5,
      color: GREY,
      margin: [0, 1, 0, 6]
    },
    table,
    missingNote(missing, grid.columns)
  ];
  return { content, keep };
}
