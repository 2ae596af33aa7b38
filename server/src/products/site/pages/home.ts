/** Accueil: who the candidate is (name, option, centre, session), the presentation, photo, CV, contacts. */
import type { SiteContext } from '../context';
import type { PageFrame } from '../layout';
import { facts, fileLink, h, linkOrText, markdownBlock } from './parts';

export function homePage(ctx: SiteContext): PageFrame {
  const s = ctx.synthese;
  const p = ctx.model.profil;
  const diploma = s.referentiel === 'mc-sno'
    ? 'Mention complémentaire Services numériques aux organisations (MC SNO)'
    : 'BTS Services informatiques aux organisations (SIO)';
  const option = s.candidat.option
    ? `${s.candidat.option} — ${s.candidat.option === 'SISR' ? 'Solutions d’infrastructure, systèmes et réseaux' : 'Solutions logicielles et applications métiers'}`
    : undefined;
  const photoHref = ctx.fileHref(p?.photo?.fichier?.value);
  // An image without its alternative text is left out rather than published inaccessible
  // (image-alt-missing tells the student in the editor).
  const alt = p?.photo?.alt?.value.trim() ?? '';
  const photo = photoHref && alt ? `<img class="photo" src="${h(photoHref)}" alt="${h(alt)}" width="160" height="160">` : '';
  const cv = p?.cv?.value.trim()
    ? (/^https?:\/\//i.test(p.cv.value.trim()) ? linkOrText(p.cv.value, 'Mon CV') : fileLink(ctx, p.cv.value, 'Mon CV'))
    : '';
  const liens = (p?.liens ?? []).filter((l) => l.url?.value.trim());
  const contact = cv || liens.length
    ? '<section aria-labelledby="contact"><h2 id="contact">CV et contact</h2><ul class="links">'
      + (cv ? `<li>${cv}</li>` : '')
      + liens.map((l) => `<li>${linkOrText(l.url!.value, l.titre?.value || l.url!.value)}</li>`).join('')
      + '</ul></section>'
    : '';
  const list = ctx.realisations.length
    ? '<section aria-labelledby="realisations"><h2 id="realisations">Mes réalisations professionnelles</h2><ul class="cards">'
      + ctx.realisations.map((r) => `<li><a href="${h(r.file)}">${h(r.src.intitule?.value || r.id)}</a></li>`).join('')
      + '</ul></section>'
    : '';
  const body = `<div class="intro">${photo}`
    + facts([
      ['Diplôme préparé', h(diploma)],
      ['Option', option && h(option)],
      ['Centre de formation', h(s.candidat.centre)],
      ['Session', s.session ? String(s.session) : undefined]
    ])
    + '</div>'
    + (p?.presentation?.value.trim() ? `<section aria-labelledby="presentation"><h2 id="presentation">Présentation</h2>${markdownBlock(p.presentation.value)}</section>` : '')
    + contact
    + list;
  return { file: 'index.html', title: ctx.owner, body };
}
