/**
 * Compétences: per bloc, each competence with its official title and indicateurs de
 * performance word for word (the référentiel's wording is the product), then the réalisations
 * that mobilise it, linked. « Mobilise » is the tableau's own rule (core/coverage.ts: citing
 * B1.2.1 counts for B1.2), so a competence listed here is one the tableau ticks.
 */
import { blocLabel, mobilised } from '../../../core/coverage';
import type { Competence } from '../../../core/referentiel/types';
import { competenceAnchor, type SiteContext } from '../context';
import type { PageFrame } from '../layout';
import { h } from './parts';

function indicators(c: Competence): string {
  if (c.indicators.length === 0) {
    return `<p class="note">${h(c.indicatorsNote ?? 'Le référentiel ne donne pas d’indicateur de performance pour cette compétence.')}</p>`;
  }
  return '<ul class="indicators">' + c.indicators
    .map((i) => `<li>${h(i.text)}${i.items?.length ? `<ul>${i.items.map((x) => `<li>${h(x)}</li>`).join('')}</ul>` : ''}</li>`)
    .join('') + '</ul>';
}

export function competencesPage(ctx: SiteContext): PageFrame {
  const byCompetence = new Map<string, typeof ctx.realisations>();
  for (const r of ctx.realisations) {
    for (const id of mobilised(ctx.catalog, r.src)) byCompetence.set(id, [...(byCompetence.get(id) ?? []), r]);
  }
  const blocs = ctx.catalog.blocs.map((b) => {
    const hid = `bloc-${b.id.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
    const comps = b.competences.map((c) => {
      const rs = byCompetence.get(c.id) ?? [];
      const list = rs.length
        ? '<ul class="realisation-links">' + rs.map((r) => `<li><a href="${h(r.file)}">${h(r.src.intitule?.value || r.id)}</a></li>`).join('') + '</ul>'
        : '<p class="note">Aucune réalisation ne mobilise encore cette compétence.</p>';
      return `<section class="competence" id="${competenceAnchor(c.id)}" aria-labelledby="${competenceAnchor(c.id)}-t">`
        + `<h3 id="${competenceAnchor(c.id)}-t"><span class="competence-id">${h(c.id)}</span> ${h(c.title)}</h3>`
        + (c.subCompetences.length ? `<ul class="sub-competences">${c.subCompetences.map((s) => `<li>${h(s.title)}</li>`).join('')}</ul>` : '')
        + '<h4>Indicateurs de performance</h4>' + indicators(c)
        + `<h4>Réalisations qui la mobilisent</h4>${list}</section>`;
    }).join('');
    const option = b.option ? ` (option ${b.option})` : '';
    return `<section class="bloc" aria-labelledby="${hid}"><h2 id="${hid}">${h(blocLabel(b))} — ${h(b.title)}${h(option)}</h2>${comps}</section>`;
  }).join('');
  const toc = '<nav class="toc" aria-label="Blocs de compétences"><ul>'
    + ctx.catalog.blocs.map((b) => `<li><a href="#bloc-${b.id.toLowerCase().replace(/[^a-z0-9]/g, '')}">${h(blocLabel(b))} — ${h(b.title)}</a></li>`).join('')
    + '</ul></nav>';
  return { file: 'competences.html', title: 'Compétences', body: toc + blocs };
}
