/** Parcours: the formation, then each stage (organisation, period, weeks, attestation). */
import { parsePeriode } from '../../../core/periode';
import { formatWeeks, weeksOf } from '../../../core/periode/calendar';
import type { SiteContext } from '../context';
import type { PageFrame } from '../layout';
import { facts, fileLink, h, periodeText } from './parts';

export function parcoursPage(ctx: SiteContext): PageFrame {
  const s = ctx.synthese;
  const formation = '<section aria-labelledby="formation"><h2 id="formation">Formation</h2>'
    + facts([
      ['Diplôme', h(s.subtitle)],
      ['Option', s.candidat.option ?? undefined],
      ['Centre de formation', h(s.candidat.centre)]
    ])
    + '</section>';
  const stages = ctx.model.stages;
  const word = s.referentiel === 'mc-sno' ? 'Périodes de formation en milieu professionnel' : 'Stages';
  const rows = stages.map((st, i) => {
    const raw = st.periode?.value ?? '';
    const r = raw ? parsePeriode(raw) : null;
    const weeks = r && r.ok ? `${formatWeeks(weeksOf(r.value.start, r.value.end), 'fr')}` : '';
    const year = st.annee?.value === '1' ? 'Première année' : st.annee?.value === '2' ? 'Seconde année' : '';
    const attest = st.attestation?.value.trim() ? fileLink(ctx, st.attestation.value, 'Attestation') : '';
    return `<tr><th scope="row">${h(st.organisation?.value ?? `Stage ${i + 1}`)}</th>`
      + `<td>${h(periodeText(st.periode))}</td><td>${h(weeks)}</td><td>${h(year)}</td><td>${h(st.lieu?.value ?? '')}</td><td>${attest}</td></tr>`;
  });
  const table = stages.length === 0
    ? '<p>Aucun stage n’est encore renseigné.</p>'
    : `<div class="table-scroll" role="region" aria-label="${h(word)}" tabindex="0"><table class="site-table"><caption>${h(word)}</caption>`
      + '<thead><tr><th scope="col">Organisation d’accueil</th><th scope="col">Période</th><th scope="col">Semaines</th>'
      + '<th scope="col">Année</th><th scope="col">Lieu</th><th scope="col">Attestation</th></tr></thead>'
      + `<tbody>${rows.join('')}</tbody></table></div>`
      + '<p class="note">Semaines : jours calendaires divisés par 7, arrondis au dixième.</p>';
  return { file: 'parcours.html', title: 'Parcours', body: formation + `<section aria-labelledby="stages"><h2 id="stages">${h(word)}</h2>${table}</section>` };
}
