/**
 * The official forms on the site, drawn by the preview's own renderers (render/*): the
 * tableau de synthèse (MC SNO: the grids per bloc) and the two fiches descriptives. Same
 * SyntheseModel as the preview and the PDF: the three cannot disagree. Without the webview's
 * script hooks, with captions, and each réalisation linked to its page.
 */
import { fichesHtml } from '../../render/ficheHtml';
import { gridsHtml } from '../../render/gridsHtml';
import type { FormOptions } from '../../render/escape';
import { candidatTable, tableauHtml } from '../../render/tableauHtml';
import { realisationFile, type SiteContext } from '../context';
import type { PageFrame } from '../layout';
import { h } from './parts';

function formOptions(ctx: SiteContext): FormOptions {
  return { interactive: false, captions: true, realisationHref: (id) => realisationFile(ctx, id) };
}

export function tableauPage(ctx: SiteContext): PageFrame {
  const s = ctx.synthese;
  const downloads = [
    ctx.exports.pdf ? `<li><a href="${h(ctx.exports.pdf)}">Le dossier en PDF</a></li>` : '',
    ctx.exports.tableur ? `<li><a href="${h(ctx.exports.tableur)}">Le tableau au format tableur</a></li>` : ''
  ].join('');
  const e = s.epreuve;
  const body = (s.subtitle ? `<p class="form-session">${h(s.subtitle)}</p>` : '')
    + (e ? `<p class="form-epreuve">Épreuve ${h(e.code)} - ${h(e.title)}</p>` : '')
    + (downloads ? `<ul class="downloads">${downloads}</ul>` : '')
    + '<div class="form">' + candidatTable(s, formOptions(ctx)) + tableauHtml(s, formOptions(ctx)) + gridsHtml(s, formOptions(ctx)) + '</div>';
  return { file: 'tableau.html', title: s.title, body };
}

export function fichesPage(ctx: SiteContext): PageFrame | null {
  if (ctx.synthese.fiches.length === 0) return null;
  return { file: 'fiches.html', title: 'Fiches descriptives', body: `<div class="form">${fichesHtml(ctx.synthese, formOptions(ctx))}</div>` };
}
