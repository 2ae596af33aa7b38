/**
 * One page per réalisation: intitulé, cadre, période, organisation, lieu, modalité, the
 * competences with their titles (linked to the Compétences page), the description (Markdown),
 * documents and productions. The période is the tableau row's own, printed the same way.
 */
import { competenceOf } from '../../../core/catalog';
import type { TableRow } from '../../../protocol/synthese';
import { competenceAnchor, type SiteContext, type SiteRealisation } from '../context';
import type { PageFrame } from '../layout';
import { cadreLabel, documentsList, facts, h, markdownBlock } from './parts';

function rowOf(ctx: SiteContext, id: string): TableRow | undefined {
  const rows = [...ctx.synthese.groups.flatMap((g) => g.rows), ...ctx.synthese.grids.flatMap((g) => g.rows)];
  return rows.find((r) => r.id === id);
}

export function realisationPage(ctx: SiteContext, r: SiteRealisation): PageFrame {
  const src = r.src;
  const row = rowOf(ctx, r.id);
  // As the tableau and the PDF print it (two-digit years, core/periode/printed.ts).
  const periode = row ? row.periode.printed || row.periode.text : src.periode?.value ?? '';
  const modalite = src.modalite?.value === 'seul' ? 'Seul(e)' : src.modalite?.value === 'equipe' ? 'En équipe' : '';
  const comps = (src.competences ?? []).map((c) => {
    const id = c.value.trim();
    const entry = ctx.catalog.byId.get(id);
    if (!entry) return `<li><span class="competence-id">${h(id)}</span> <span class="note">(hors référentiel)</span></li>`;
    const parent = competenceOf(ctx.catalog, id) ?? id;
    return `<li><a href="competences.html#${competenceAnchor(parent)}"><span class="competence-id">${h(id)}</span> ${h(entry.title)}</a></li>`;
  });
  const fiche = ctx.synthese.fiches.find((f) => f.realisationId === src.id?.value && src.fiche);
  const body = facts([
    ['Cadre', h(cadreLabel(src.cadre?.value))],
    ['Période', h(periode)],
    ['Organisation', h(src.organisation?.value ?? '')],
    ['Lieu', h(src.lieu?.value ?? '')],
    ['Modalité', h(modalite)]
  ])
    + `<section aria-labelledby="competences"><h2 id="competences">Compétences mobilisées</h2>`
    + (comps.length ? `<ul class="competence-list">${comps.join('')}</ul>` : '<p class="note">Aucune compétence indiquée.</p>') + '</section>'
    + (src.description?.value.trim() ? `<section aria-labelledby="description"><h2 id="description">Description</h2>${markdownBlock(src.description.value)}</section>` : '')
    + (src.documentItems.length || fiche?.productions.trim()
      ? '<section aria-labelledby="documents"><h2 id="documents">Documents et productions</h2>'
        + documentsList(ctx, src.documentItems)
        // The fiche's « Modalités d'accès aux productions », as the student wrote them.
        + (fiche?.productions.trim() ? `<p class="text-block">${h(fiche.productions.trim())}</p>` : '')
        + '</section>'
      : '')
    + (fiche ? `<p class="see-also">Cette réalisation est présentée dans la <a href="fiches.html#fiche-${h(fiche.numero)}">fiche descriptive n° ${h(fiche.numero)}</a>.</p>` : '')
    + '<p class="see-also"><a href="tableau.html">Voir le tableau de synthèse</a></p>';
  return { file: r.file, title: src.intitule?.value || `Réalisation ${r.id}`, body };
}
