/**
 * The « Vue de classe » page: the class overview as one HTML table, sortable by clicking a
 * header, filtered by a search box, a row click opening the dossier, and an export button.
 * Pure (string in, string out) so that the browser test renders it in headless Chromium.
 * Same rules as the preview (render/escape.ts): everything from a dossier is escaped, the page
 * runs no script but its own (CSP default-src 'none', one nonce), and it only *asks* the
 * extension to open a file or export: the extension checks the request against the overview.
 */
import { escapeHtml } from '../render/escape';
import { FICHE_STATUS_LABELS, type ClassOverview, type ClassRow } from './overview';
import { depotItemLabel } from '../depot/labels';

export interface ClassPageLabels {
  title: string;
  filter: string;
  exportCsv: string;
  refresh: string;
  candidate: string;
  option: string;
  session: string;
  realisations: string;
  coverage: string;
  errors: string;
  warnings: string;
  fiches: string;
  remarks: string;
  retained: string;
  refused: string;
  pending: string;
  depot: string;
  ready: string;
  notReady: string;
  /** Tooltip of a coverage counted on retained claims. */
  retainedCoverage: string;
  empty: string;
  /** "{0} dossier(s)" */
  count: string;
  unreadable: string;
  open: string;
  /** The row's « Relire ce dossier » button (opens or creates its review). */
  review: string;
  reviewTitle: string;
  /** The language of the deposit items' words in the « Dépôt » tooltip. */
  locale?: 'fr' | 'en';
}

export const DEFAULT_LABELS: ClassPageLabels = {
  title: 'Vue de classe',
  filter: 'Filtrer (nom, option, session, fichier)…',
  exportCsv: 'Exporter (xlsx, ods, csv)',
  refresh: 'Actualiser',
  candidate: 'Candidat',
  option: 'Option',
  session: 'Session',
  realisations: 'Réalisations',
  coverage: 'Couverture',
  errors: 'Erreurs',
  warnings: 'Avertissements',
  fiches: 'Fiches',
  remarks: 'Remarques',
  retained: 'Retenues',
  refused: 'Refusées',
  pending: 'En attente',
  depot: 'Dépôt',
  ready: 'prêt pour le dépôt',
  notReady: 'incomplet',
  retainedCoverage: 'compétences retenues par l’équipe pédagogique',
  empty: 'Aucun dossier *.sio.yaml dans l’espace de travail.',
  count: '{0} dossier(s)',
  unreadable: 'illisible',
  open: 'Ouvrir le dossier',
  review: 'Relire',
  reviewTitle: 'Relire ce dossier : ouvrir ou créer sa revue (nom.revue.yaml)'
};

export interface ClassPageOptions {
  nonce: string;
  /** The webview's `cspSource` (absent in tests and standalone pages). */
  cspSource?: string;
  labels?: Partial<ClassPageLabels>;
}

export function classContentSecurityPolicy(nonce: string): string {
  return [`default-src 'none'`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`].join('; ');
}

function fileName(file: string): string {
  const last = file.split(/[\\/]/).pop() ?? file;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function optionLabel(r: ClassRow): string {
  if (r.referentiel === 'mc-sno') return 'MC SNO';
  return r.option ?? '—';
}

function rowHtml(r: ClassRow, columns: string[], labels: ClassPageLabels): string {
  const name = `${r.nom} ${r.prenom}`.trim() || fileName(r.file);
  const search = [r.nom, r.prenom, optionLabel(r), r.session ?? '', fileName(r.file), r.numero].join(' ');
  // Pending competences are said beside the count, never counted as a gap (issue 24).
  const pendingShown = r.validations && r.competencesPending ? ` · ${r.competencesPending} ${labels.pending.toLowerCase()}` : '';
  const cov = r.readable ? `${r.covered}/${r.total}${pendingShown}` : labels.unreadable;
  const gap = r.readable && r.covered + (r.validations ? r.competencesPending : 0) < r.total;
  const covTitle = `${labels.retainedCoverage} — ${labels.retained} : ${r.covered}/${r.total}, ${labels.refused} : ${r.competencesRefused}, ${labels.pending} : ${r.competencesPending}`;
  const cells = [
    `<th scope="row" data-sort="${escapeHtml(`${r.nom} ${r.prenom}`.trim().toLowerCase())}"><a href="#" class="open" title="${escapeHtml(labels.open)}">${escapeHtml(name)}</a> <button type="button" class="review" title="${escapeHtml(labels.reviewTitle)}">${escapeHtml(labels.review)}</button><div class="file">${escapeHtml(fileName(r.file))}</div></th>`,
    `<td data-sort="${escapeHtml(optionLabel(r))}">${escapeHtml(optionLabel(r))}</td>`,
    `<td class="num" data-sort="${r.session ?? ''}">${escapeHtml(r.session ?? '—')}</td>`,
    `<td class="num" data-sort="${r.realisations}">${r.realisations}</td>`,
    `<td class="num${gap ? ' is-gap' : ''}${r.validations ? ' is-retained' : ''}" data-sort="${r.total ? (r.covered / r.total).toFixed(4) : -1}"${r.validations ? ` title="${escapeHtml(covTitle)}"` : ''}>${escapeHtml(cov)}</td>`,
    ...columns.map((id) => {
      const n = r.coverage[id];
      if (n === undefined) return '<td class="num na" data-sort="-1"></td>';
      return `<td class="num${n === 0 ? ' is-zero' : ''}" data-sort="${n}">${n}</td>`;
    }),
    `<td class="num${r.errors ? ' is-error' : ''}" data-sort="${r.errors}">${r.errors}</td>`,
    `<td class="num${r.warnings ? ' is-warning' : ''}" data-sort="${r.warnings}">${r.warnings}</td>`,
    `<td data-sort="${escapeHtml(r.fiches)}">${escapeHtml(FICHE_STATUS_LABELS[r.fiches])}</td>`,
    `<td class="num" data-sort="${r.remarks}">${r.remarks}</td>`,
    ...validationCells(r, labels)
  ];
  return `<tr data-file="${escapeHtml(r.file)}" data-search="${escapeHtml(search.toLowerCase())}">${cells.join('')}</tr>`;
}

/** Retained / refused / pending claims and « prêt pour le dépôt » (class/claims.ts). */
function validationCells(r: ClassRow, labels: ClassPageLabels): string[] {
  const n = (v: number, cls = '') => (r.readable ? `<td class="num${v && cls ? ` ${cls}` : ''}" data-sort="${v}">${v}</td>` : '<td class="num na" data-sort="-1"></td>');
  const depot =
    r.ready === null
      ? '<td data-sort=""></td>'
      : `<td class="${r.ready ? 'is-ready' : 'is-not-ready'}" data-sort="${r.ready ? 1 : 0}"${r.missing.length ? ` title="${escapeHtml(r.missing.map((id) => depotItemLabel(id, labels.locale)).join(', '))}"` : ''}>${escapeHtml(r.ready ? labels.ready : labels.notReady)}</td>`;
  return [n(r.retained), n(r.refused, 'is-warning'), n(r.pending), depot];
}

export function renderClassBody(overview: ClassOverview, labels: ClassPageLabels): string {
  const heads = [
    labels.candidate,
    labels.option,
    labels.session,
    labels.realisations,
    labels.coverage,
    ...overview.columns,
    labels.errors,
    labels.warnings,
    labels.fiches,
    labels.remarks,
    labels.retained,
    labels.refused,
    labels.pending,
    labels.depot
  ];
  // Text columns sort alphabetically: candidate, option, fiches, dépôt; the others by number.
  const textCols = new Set([0, 1, heads.length - 6, heads.length - 1]);
  const numeric = (i: number) => !textCols.has(i);
  const thead = heads
    .map((h, i) => `<th scope="col" aria-sort="none" data-col="${i}" data-type="${numeric(i) ? 'number' : 'text'}"><button type="button" class="sort">${escapeHtml(h)}</button></th>`)
    .join('');
  const body = overview.rows.length
    ? overview.rows.map((r) => rowHtml(r, overview.columns, labels)).join('\n')
    : `<tr class="empty"><td colspan="${heads.length}">${escapeHtml(labels.empty)}</td></tr>`;
  return `<table class="classe"><thead><tr>${thead}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/*
 * The page never scrolls sideways: only the table's box does (.scroll), with the header row
 * sticky at its top and the candidate column sticky at its left (the box is as tall as the table,
 * so its scroll bar sits right under it, and shrinks to the panel), so a wide class (one column
 * per competence) stays readable in a narrow panel. Borders are drawn per cell (separate
 * borders), since collapsed borders of sticky cells scroll away from them.
 */
const CSS = `
html, body { height: 100%; }
body { font-family: var(--vscode-font-family, sans-serif); font-size: var(--vscode-font-size, 13px); color: var(--vscode-foreground, #222); background: var(--vscode-editor-background, #fff); margin: 0; padding: 12px; box-sizing: border-box; display: flex; flex-direction: column; overflow: hidden; }
.toolbar { display: flex; gap: 8px; align-items: center; margin-bottom: 10px; flex-wrap: wrap; flex: none; }
.scroll { flex: 0 1 auto; min-height: 0; overflow: auto; }
.scroll:focus-visible { outline: 1px solid var(--vscode-focusBorder, #0066b8); }
.toolbar input { flex: 1 1 240px; padding: 4px 6px; color: inherit; background: var(--vscode-input-background, #fff); border: 1px solid var(--vscode-input-border, #999); }
.review { margin-left: 6px; padding: 0 6px; font-size: 0.85em; color: var(--vscode-button-secondaryForeground, inherit); background: var(--vscode-button-secondaryBackground, #ddd); border: 0; cursor: pointer; }
.toolbar button { padding: 4px 10px; color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #0066b8); border: 0; cursor: pointer; }
.count { opacity: .8; }
table.classe { border-collapse: separate; border-spacing: 0; width: max-content; min-width: 100%; }
table.classe th, table.classe td { border-right: 1px solid var(--vscode-panel-border, #ccc); border-bottom: 1px solid var(--vscode-panel-border, #ccc); padding: 3px 6px; text-align: left; vertical-align: top; white-space: nowrap; }
table.classe tr > :first-child { border-left: 1px solid var(--vscode-panel-border, #ccc); position: sticky; left: 0; z-index: 1; background: var(--vscode-editor-background, #fff); }
table.classe thead th { border-top: 1px solid var(--vscode-panel-border, #ccc); position: sticky; top: 0; z-index: 2; background: var(--vscode-editor-background, #fff); }
table.classe thead th:first-child { z-index: 3; }
th .sort { all: unset; cursor: pointer; font-weight: bold; }
th[aria-sort="ascending"] .sort::after { content: " ▲"; }
th[aria-sort="descending"] .sort::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.is-zero, .is-gap { background: rgba(255, 180, 0, .18); }
.is-error { color: var(--vscode-errorForeground, #c00); font-weight: bold; }
.is-warning { color: var(--vscode-editorWarning-foreground, #a60); }
.is-ready { color: var(--vscode-testing-iconPassed, #1a7f37); font-weight: bold; }
.is-not-ready { color: var(--vscode-errorForeground, #c00); }
.file { font-size: 85%; opacity: .7; }
tbody tr:hover { background: var(--vscode-list-hoverBackground, #eef); }
tr[hidden] { display: none; }
`;

/**
 * The page's own script: sorting, filtering, open/export requests. Plain ES2017 in a string, so
 * that no bundle is needed; it reads only the DOM that renderClassBody wrote.
 */
const SCRIPT = `
(function () {
  var api = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;
  var post = function (m) { if (api) api.postMessage(m); else window.__sioMessages = (window.__sioMessages || []).concat([m]); };
  var table = document.querySelector('table.classe');
  var tbody = table.tBodies[0];
  var filter = document.getElementById('filter');
  var count = document.getElementById('count');
  var countLabel = count.getAttribute('data-label');
  var fold = function (s) { return String(s).normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); };
  var rows = function () { return Array.prototype.slice.call(tbody.rows).filter(function (r) { return r.hasAttribute('data-file'); }); };
  var updateCount = function () { count.textContent = countLabel.replace('{0}', String(rows().filter(function (r) { return !r.hidden; }).length)); };
  filter.addEventListener('input', function () {
    var words = fold(filter.value).split(/\\s+/).filter(Boolean);
    rows().forEach(function (r) {
      var hay = fold(r.getAttribute('data-search'));
      r.hidden = !words.every(function (w) { return hay.indexOf(w) >= 0; });
    });
    updateCount();
  });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
    th.querySelector('button').addEventListener('click', function () {
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (o) { o.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var numeric = th.getAttribute('data-type') === 'number';
      var key = function (r) { var v = r.cells[col].getAttribute('data-sort') || ''; return numeric ? (v === '' ? -Infinity : Number(v)) : v; };
      var sorted = rows().map(function (r, i) { return { r: r, k: key(r), i: i }; }).sort(function (a, b) {
        var d = numeric ? a.k - b.k : String(a.k).localeCompare(String(b.k), 'fr');
        return (asc ? d : -d) || a.i - b.i;
      });
      sorted.forEach(function (x) { tbody.appendChild(x.r); });
      sortState = { sort: col, asc: asc };
      save();
    });
  });
  // The extension re-renders the page when the class changes: sort, filter and scroll survive.
  var box = document.querySelector('.scroll');
  var sortState = null;
  var save = function () {
    if (!api) return;
    api.setState({ sort: sortState && sortState.sort, asc: sortState && sortState.asc, filter: filter.value, x: box.scrollLeft, y: box.scrollTop });
  };
  filter.addEventListener('input', save);
  var pending = false;
  box.addEventListener('scroll', function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; save(); });
  });
  tbody.addEventListener('click', function (e) {
    var t = e.target;
    if (!t || !t.closest) return;
    var b = t.closest('button.review');
    if (b) { post({ type: 'review', file: b.closest('tr').getAttribute('data-file') }); return; }
    var a = t.closest('a.open');
    if (!a) return;
    e.preventDefault();
    var tr = a.closest('tr');
    post({ type: 'open', file: tr.getAttribute('data-file') });
  });
  // The export writes what the teacher sees: the rows the filter keeps, in the view's order.
  document.getElementById('export').addEventListener('click', function () {
    post({ type: 'exportCsv', files: rows().filter(function (r) { return !r.hidden; }).map(function (r) { return r.getAttribute('data-file'); }) });
  });
  document.getElementById('refresh').addEventListener('click', function () { post({ type: 'refresh' }); });
  var state = api && api.getState();
  if (state && typeof state.filter === 'string') { filter.value = state.filter; filter.dispatchEvent(new Event('input')); }
  if (state && typeof state.sort === 'number' && table.tHead.rows[0].cells[state.sort]) {
    var button = table.tHead.rows[0].cells[state.sort].querySelector('button');
    button.click();
    if (!state.asc) button.click();
  }
  if (state && typeof state.x === 'number') { box.scrollLeft = state.x; box.scrollTop = state.y || 0; }
  updateCount();
})();
`;

export function renderClassPage(overview: ClassOverview, opts: ClassPageOptions): string {
  const labels: ClassPageLabels = { ...DEFAULT_LABELS, ...opts.labels };
  const nonce = escapeHtml(opts.nonce);
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(classContentSecurityPolicy(opts.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(labels.title)}</title>
<style nonce="${nonce}">${CSS}</style>
</head>
<body>
<nav class="toolbar" aria-label="${escapeHtml(labels.title)}">
<input id="filter" type="search" placeholder="${escapeHtml(labels.filter)}" aria-label="${escapeHtml(labels.filter)}">
<span id="count" class="count" data-label="${escapeHtml(labels.count)}">${escapeHtml(labels.count.replace('{0}', String(overview.rows.length)))}</span>
<button type="button" id="refresh">${escapeHtml(labels.refresh)}</button>
<button type="button" id="export">${escapeHtml(labels.exportCsv)}</button>
</nav>
<div class="scroll" tabindex="0" role="region" aria-label="${escapeHtml(labels.title)}">
${renderClassBody(overview, labels)}
</div>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

/** Messages the page may send; anything else is ignored by the extension. */
/** `exportCsv.files`: the visible rows' files in the view's order (the whole class when absent). */
export type ClassPageMessage = { type: 'open' | 'review'; file: string } | { type: 'exportCsv'; files?: string[] } | { type: 'refresh' };

export function isClassPageMessage(m: unknown): m is ClassPageMessage {
  if (!m || typeof m !== 'object') return false;
  const x = m as Record<string, unknown>;
  if (x.type === 'open' || x.type === 'review') return typeof x.file === 'string' && x.file.length > 0 && x.file.length < 4096;
  if (x.type === 'exportCsv') return x.files === undefined || (Array.isArray(x.files) && x.files.length <= 100_000 && x.files.every((f) => typeof f === 'string' && f.length < 4096));
  return x.type === 'refresh';
}
