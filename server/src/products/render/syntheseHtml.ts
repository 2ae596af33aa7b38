/**
 * The preview of a dossier as HTML, from the synthesis table model only (the same model
 * the PDF export draws). Pure: no vscode, no fs, no DOM, so the VS Code panel, the page
 * script (which re-renders updates in place) and `sio-dossier preview` share it.
 *
 * Safety, after VS Code's markdown preview (documentRenderer.ts): every dossier text is
 * escaped; the page carries a CSP `default-src 'none'` whose only script is the one with
 * this render's nonce; initial data travels in escaped data-* attributes, never in script.
 */
import type { SyntheseModel } from '../../protocol/synthese';
import { dataAttrs, escapeHtml } from './escape';
import { tableauEpreuveLine } from '../../core/table/officialForm';
import { fichesHtml } from './ficheHtml';
import { evaluationHtml, gridsHtml } from './gridsHtml';
import { candidatTable, tableauHtml } from './tableauHtml';

function headerHtml(model: SyntheseModel): string {
  const e = model.epreuve;
  const epreuve = tableauEpreuveLine(e);
  return '<header class="form-header">'
    + (model.subtitle ? `<p class="form-session">${escapeHtml(model.subtitle)}</p>` : '')
    + (epreuve ? `<p class="form-epreuve"${dataAttrs({ epreuve: e?.code })}>${escapeHtml(epreuve)}</p>` : '')
    + `<h1 class="form-title">${escapeHtml(model.title)}</h1>`
    + '</header>';
}

/** The table, the fiches, the MC SNO grids and the evaluation: what updates replace. */
export function renderSyntheseBody(model: SyntheseModel): string {
  return headerHtml(model)
    + candidatTable(model)
    + tableauHtml(model)
    + fichesHtml(model)
    + gridsHtml(model)
    + evaluationHtml(model.evaluation);
}

/** Shown when the document is not a dossier, or does not parse far enough for a table. */
export function renderEmptyBody(message: string): string {
  return `<p class="empty-preview">${escapeHtml(message)}</p>`;
}

export interface PageOptions {
  /** Fresh per render; one is drawn when absent. */
  nonce?: string;
  /** `webview.cspSource`: the origin allowed for the stylesheet (VS Code only). */
  cspSource?: string;
  scriptUri?: string;
  styleUri?: string;
  inlineStyle?: string;
  /** The bundled page script inlined (standalone file: no other origin to load it from). */
  inlineScript?: string;
  /** A file opened in a browser: no toolbar, links are plain links. */
  standalone: boolean;
  /** Document URI the page previews (messages carry it as `source`). */
  source?: string;
  version?: number;
  /** Localised by the caller (the extension uses vscode.l10n); French by default. */
  labels?: { exportPdf?: string; exportTableur?: string; empty?: string; title?: string };
}

export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  const crypto = (globalThis as { crypto?: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto;
  if (crypto) crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256); // very old hosts only
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function contentSecurityPolicy(nonce: string, cspSource?: string): string {
  const src = cspSource ? `${cspSource} ` : '';
  return [
    "default-src 'none'",
    `style-src ${src}'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    ...(cspSource ? [`img-src ${cspSource}`] : [])
  ].join('; ');
}

/**
 * An inlined script must not close its own element early. `<\/` means the same as `</` in
 * JS strings, templates and regular expressions (where `/` is a syntax character).
 */
function inlineScriptText(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1');
}

export function renderSynthesePage(model: SyntheseModel | null, opts: PageOptions): string {
  const nonce = opts.nonce ?? makeNonce();
  const labels = opts.labels ?? {};
  const empty = labels.empty ?? 'Aperçu indisponible : ce document n’est pas un dossier lisible.';
  const title = labels.title ?? (model ? model.title : 'Aperçu du dossier');
  const body = model ? renderSyntheseBody(model) : renderEmptyBody(empty);
  const toolbar = opts.standalone
    ? ''
    : '<nav class="toolbar" aria-label="Actions">'
      + `<button type="button" class="toolbar-button" data-command="exportPdf">${escapeHtml(labels.exportPdf ?? 'Exporter en PDF')}</button>`
      // The official form as a spreadsheet (bts-sio only: the MC SNO has no tableau de synthèse).
      + (model?.referentiel === 'mc-sno' ? '' : `<button type="button" class="toolbar-button" data-command="exportTableur">${escapeHtml(labels.exportTableur ?? 'Exporter le tableur')}</button>`)
      + '</nav>';
  const style = (opts.styleUri ? `<link rel="stylesheet" href="${escapeHtml(opts.styleUri)}" nonce="${nonce}">` : '')
    + (opts.inlineStyle ? `<style nonce="${nonce}">${opts.inlineStyle.replace(/<\/(style)/gi, '<\\/$1')}</style>` : '');
  const script = (opts.scriptUri ? `<script nonce="${nonce}" src="${escapeHtml(opts.scriptUri)}"></script>` : '')
    + (opts.inlineScript ? `<script nonce="${nonce}">${inlineScriptText(opts.inlineScript)}</script>` : '');
  const root = dataAttrs({
    source: opts.source ?? '',
    version: opts.version ?? -1,
    standalone: opts.standalone ? 'true' : 'false',
    empty
  });
  return '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
    + `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(nonce, opts.cspSource))}">\n`
    + '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    + `<title>${escapeHtml(title)}</title>\n${style}\n</head>\n`
    + `<body class="${opts.standalone ? 'is-standalone' : 'is-webview'}">\n${toolbar}`
    + `<main id="sio-preview" class="sio-preview"${root}>${body}</main>\n${script}\n</body>\n</html>\n`;
}
