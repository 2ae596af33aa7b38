/** Veille technologique: subject, method, sources, articles (only when the dossier has a `veille`). */
import type { SiteContext } from '../context';
import type { PageFrame } from '../layout';
import { h, linkOrText, markdownBlock } from './parts';

export function veillePage(ctx: SiteContext): PageFrame | null {
  const v = ctx.model.veille;
  if (!v) return null;
  const sources = v.sources.length
    ? `<section aria-labelledby="sources"><h2 id="sources">Sources suivies</h2><ul>${v.sources.map((s) => `<li>${linkOrText(s.value)}</li>`).join('')}</ul></section>`
    : '';
  const articles = v.articles.length
    ? '<section aria-labelledby="articles"><h2 id="articles">Articles</h2>' + v.articles.map((a, i) => {
      const title = a.titre?.value || `Article ${i + 1}`;
      return `<article class="article" aria-labelledby="article-${i + 1}"><h3 id="article-${i + 1}">${h(title)}</h3>`
        + (a.date?.value.trim() ? `<p class="article-date">${h(a.date.value)}</p>` : '')
        + markdownBlock(a.resume?.value, 4)
        + (a.lien?.value.trim() ? `<p>Source : ${linkOrText(a.lien.value)}</p>` : '')
        + '</article>';
    }).join('') + '</section>'
    : '';
  const body = (v.sujet?.value.trim() ? `<p class="lead">Sujet : <strong>${h(v.sujet.value)}</strong></p>` : '')
    + (v.methode?.value.trim() ? `<section aria-labelledby="methode"><h2 id="methode">Méthode</h2>${markdownBlock(v.methode.value)}</section>` : '')
    + sources + articles;
  return { file: 'veille.html', title: 'Veille technologique', body };
}
