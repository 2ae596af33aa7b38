/**
 * The tableau de synthèse as laid out on the official form (E4 presentation, « Tableau de
 * synthèse des réalisations professionnelles »): a column for the réalisations and their
 * documents, a column for the période, then one column per bloc-1 competence with its
 * sub-competences as bullets, and the rows grouped by cadre ("Réalisation en cours de
 * formation", "… en milieu professionnel en cours de première / seconde année").
 * The MC SNO grids reuse the same table body.
 */
import type { CoverageCell, SyntheseModel, TableColumn, TableGroup, TableRow } from '../../protocol/synthese';
import { OFFICIAL_FORM, candidateName } from '../../core/table/officialForm';
import { captionHtml, checkbox, dataAttrs, documentHtml, escapeHtml, type FormOptions } from './escape';

function columnHeader(col: TableColumn): string {
  // `title`: the competence's name on hover where a very narrow panel shows only its id.
  return `<th scope="col" class="competence" title="${escapeHtml(`${col.id} ${col.title}`)}"${dataAttrs({ competence: col.id })}>`
    + `<span class="competence-id">${escapeHtml(col.id)}</span> `
    + `<span class="competence-title">${escapeHtml(col.title)}</span></th>`;
}

function subCompetenceCell(col: TableColumn): string {
  if (col.subCompetences.length === 0) return '<td class="sub-competences"></td>';
  const items = col.subCompetences
    .map((s) => `<li${dataAttrs({ sub: s.id })}>${escapeHtml(s.title)}</li>`)
    .join('');
  // The toggle shows only in a narrow preview panel, where the lists start folded (preview.css).
  const n = col.subCompetences.length;
  return `<td class="sub-competences"><span class="sub-toggle" aria-hidden="true">${n}<span class="sub-word"> sous-compétence${n > 1 ? 's' : ''}</span></span><ul>${items}</ul></td>`;
}

function periodeCell(row: TableRow): string {
  const p = row.periode;
  // The form's own writing (two-digit years), the same as the PDF's: core/periode/printed.ts.
  const shown = p.printed || p.text;
  // When the text was not readable, show what the student typed, flagged.
  const cls = p.display ? 'periode' : 'periode is-unreadable';
  return `<td class="${cls}">${escapeHtml(shown)}</td>`;
}

function rowHtml(row: TableRow, columns: TableColumn[], form: FormOptions): string {
  const docs = row.documents.length === 0
    ? ''
    : `<ul class="documents">${row.documents.map((d) => `<li>${documentHtml(d, form)}</li>`).join('')}</ul>`;
  const ticks = columns
    .map((c) => row.ticks[c.id]
      ? `<td class="tick is-ticked"${dataAttrs({ competence: c.id })} aria-label="${escapeHtml(c.id)} mobilisée">X</td>`
      : `<td class="tick"${dataAttrs({ competence: c.id })}></td>`)
    .join('');
  const interactive = form.interactive !== false;
  const href = form.realisationHref?.(row.id);
  const intitule = href
    ? `<a class="intitule-text" href="${escapeHtml(href)}">${escapeHtml(row.intitule)}</a>`
    : `<span class="intitule-text">${escapeHtml(row.intitule)}</span>`;
  // Without cadre the row sits where the form would take it (core/table/build.ts), marked as the
  // error the Problems view shows (cadre-missing), so the student sees what the jury would miss.
  const noCadre = row.cadre === null
    ? ' <strong class="cadre-missing">Erreur : cadre non précisé (formation, stage-1 ou stage-2) — le tableau officiel n’a pas de place pour cette ligne.</strong>'
    : '';
  return `<tr class="realisation${row.cadre === null ? ' is-error' : ''}"${interactive ? ' tabindex="0"' : ''}${dataAttrs({ realisation: row.id, line: interactive ? row.lines.start : undefined })}>`
    + `<th scope="row" class="intitule">${intitule}`
    + ` <span class="realisation-id">(${escapeHtml(row.id)})</span>${noCadre}${docs}</th>`
    + periodeCell(row) + ticks + '</tr>';
}

function groupHtml(group: TableGroup, columns: TableColumn[], withTitle: boolean, form: FormOptions): string {
  const head = !withTitle ? '' : `<tr class="group"${dataAttrs({ cadre: group.cadre, count: group.rows.length })}>`
    + `<th scope="rowgroup" colspan="${columns.length + 2}">${escapeHtml(group.title)}</th></tr>`;
  const rows = group.rows.length === 0
    ? `<tr class="empty-group"><td colspan="${columns.length + 2}">Aucune réalisation</td></tr>`
    : group.rows.map((r) => rowHtml(r, columns, form)).join('');
  return `<tbody class="group-body"${dataAttrs({ cadre: group.cadre })}>${head}${rows}</tbody>`;
}

/**
 * A competence not (yet) retained, by its state (core/review/claims.ts STATE_LABELS): refused and
 * not mobilised are gaps (red); pending and « à revoir » are a review under way, never printed as
 * « Non retenue » and never red (issue 24).
 */
function uncoveredCell(id: string, state: string | undefined): string {
  const pending = state === 'en attente' || state === 'à revoir';
  const label = state === 'refusée' ? 'Refusée' : state === 'en attente' ? 'En attente' : state === 'à revoir' ? 'À revoir' : 'Non mobilisée';
  return `<td class="coverage ${pending ? 'is-pending' : 'is-missing'}"${dataAttrs({ competence: id, state: state ?? 'non mobilisée' })}>${label}</td>`;
}

/** Last row: how many réalisations mobilise each competence; uncovered ones said plainly. */
function coverageRow(columns: TableColumn[], coverage: CoverageCell[], unit: string, retained?: Record<string, string>): string {
  const byId = new Map(coverage.map((c) => [c.id, c]));
  const cells = columns.map((col) => {
    const cell = byId.get(col.id);
    if (!cell || !cell.covered) return retained ? uncoveredCell(col.id, retained[col.id]) : `<td class="coverage is-missing"${dataAttrs({ competence: col.id })}>Non mobilisée</td>`;
    const n = cell.count;
    return `<td class="coverage is-covered"${dataAttrs({ competence: col.id, count: n })}>`
      + `${n} ${unit}${n > 1 ? 's' : ''}</td>`;
  }).join('');
  const head = retained ? 'Couverture des compétences retenues' : 'Couverture des compétences';
  return `<tfoot><tr class="coverage-row"><th scope="row" colspan="2">${head}</th>${cells}</tr></tfoot>`;
}

/**
 * `retained`: the review decides claims, competence id → why it is not retained (« refusée »…).
 * Then gaps (refused, not mobilised) and pending competences are two sentences: only the gaps
 * are red.
 */
export function missingSummary(missing: string[], retained?: Record<string, string>): string {
  if (retained && missing.length) {
    const isPending = (id: string) => retained[id] === 'en attente' || retained[id] === 'à revoir';
    const gaps = missing.filter((id) => !isPending(id));
    const pending = missing.filter(isPending);
    const list = (ids: string[]) => ids.map((id) => `<span class="missing-id">${escapeHtml(id)}</span>${retained[id] ? ` (${escapeHtml(retained[id])})` : ''}`).join(', ');
    const gapText = gaps.length
      ? `<p class="coverage-summary is-incomplete"${dataAttrs({ missing: gaps.join(' ') })}>${gaps.length > 1 ? 'Compétences non retenues' : 'Compétence non retenue'} : ${list(gaps)}</p>`
      : '';
    const pendingText = pending.length
      ? `<p class="coverage-summary is-pending"${dataAttrs({ pending: pending.join(' ') })}>En attente de décision : ${list(pending)}</p>`
      : '';
    return gapText + pendingText;
  }
  if (missing.length === 0) {
    return retained
      ? '<p class="coverage-summary is-complete">Toutes les compétences du bloc sont retenues.</p>'
      : '<p class="coverage-summary is-complete">Toutes les compétences du bloc sont mobilisées.</p>';
  }
  const ids = missing.map((id) => `<span class="missing-id">${escapeHtml(id)}</span>${retained?.[id] ? ` (${escapeHtml(retained[id])})` : ''}`).join(', ');
  const label = retained
    ? missing.length > 1 ? 'Compétences non retenues' : 'Compétence non retenue'
    : missing.length > 1 ? 'Compétences non mobilisées' : 'Compétence non mobilisée';
  return `<p class="coverage-summary is-incomplete"${dataAttrs({ missing: missing.join(' ') })}>${label} : ${ids}</p>`;
}

/** Table head shared by the tableau and the MC SNO grids. */
function competenceHead(columns: TableColumn[], firstLabel: string, periodeLabel: string): string {
  return '<thead><tr class="column-titles">'
    + `<th scope="col" class="corner" rowspan="2"><span class="corner-top">${escapeHtml(OFFICIAL_FORM.corner)}</span>`
    + `<span class="corner-bottom">${escapeHtml(firstLabel)}</span></th>`
    + `<th scope="col" class="periode-head" rowspan="2">${escapeHtml(periodeLabel)}</th>`
    + columns.map(columnHeader).join('') + '</tr>'
    + `<tr class="sub-competence-row">${columns.map(subCompetenceCell).join('')}</tr></thead>`;
}

export function competenceTable(
  columns: TableColumn[], groups: TableGroup[], coverage: CoverageCell[], opts: { cls: string; firstLabel: string; unit?: string; groupTitles?: boolean; retained?: Record<string, string>; caption?: string },
  form: FormOptions = {}
): string {
  const periodeLabel = OFFICIAL_FORM.periodeColumn;
  const cols = `<colgroup><col class="col-intitule"><col class="col-periode">${columns.map(() => '<col class="col-competence">').join('')}</colgroup>`;
  // More than the six bloc-1 columns (MC SNO: nine): the CSS narrows the first columns.
  const wide = columns.length > 6 ? ' is-wide' : '';
  return `<table class="${opts.cls}${wide}">${captionHtml(form, opts.caption ?? '')}${cols}`
    + competenceHead(columns, opts.firstLabel, periodeLabel)
    + groups.map((g) => groupHtml(g, columns, opts.groupTitles ?? true, form)).join('')
    + coverageRow(columns, coverage, opts.unit ?? 'réalisation', opts.retained)
    + '</table>';
}

/**
 * The candidate's header fields, a table of its own directly above the tableau (the form
 * prints them as its first rows; a separate table keeps the tableau's single <thead>, and
 * serves the MC SNO dossier, which has no tableau).
 */
export function candidatTable(model: SyntheseModel, form: FormOptions = {}): string {
  const c = model.candidat;
  const name = candidateName(c);
  const L = OFFICIAL_FORM.labels;
  const field = (label: string, value: string, cls: string, colspan = 1) =>
    `<td class="field ${cls}"${colspan > 1 ? ` colspan="${colspan}"` : ''}><span class="field-label">${label}</span> ${value}</td>`;
  const value = (v: string) => v.trim() === '' ? '<span class="field-value is-empty"></span>' : `<span class="field-value">${escapeHtml(v)}</span>`;
  const optionValue = model.referentiel === 'bts-sio'
    ? `<span class="option">${checkbox(c.option === 'SISR')} SISR</span> <span class="option">${checkbox(c.option === 'SLAM')} SLAM</span>`
    : '';
  const portfolio = c.portfolio.trim() === '' ? value('') : documentHtml(c.portfolio, form);
  const rows = [
    field(L.nom, value(name), 'field-nom') + field(L.numero, value(c.numero), 'field-numero'),
    field(L.centre, value(c.centre), 'field-centre')
      + (optionValue ? field(L.option, optionValue, 'field-option') : '<td class="field"></td>'),
    field(L.portfolio, portfolio, 'field-portfolio', 2)
  ];
  return `<table class="candidat">${captionHtml(form, 'Candidat')}${rows.map((r) => `<tr>${r}</tr>`).join('')}</table>`;
}

/** The tableau de synthèse with its header fields; nothing when the model has no column. */
export function tableauHtml(model: SyntheseModel, form: FormOptions = {}): string {
  if (model.columns.length === 0 && model.groups.every((g) => g.rows.length === 0)) return '';
  // On the site the table scrolls inside this region: focusable, so a keyboard can scroll it.
  return `<section class="tableau" aria-label="Tableau de synthèse"${form.interactive === false ? ' tabindex="0"' : ''}>`
    + competenceTable(model.columns, model.groups, model.coverage, {
      cls: 'synthese',
      firstLabel: model.referentiel === 'mc-sno'
        ? 'Traces et réalisations (intitulé et documents associés)'
        : OFFICIAL_FORM.realisationsColumn,
      retained: model.retained?.states,
      caption: model.title
    }, form)
    + missingSummary(model.missing, model.retained?.states)
    + '</section>';
}
