/**
 * The fiche descriptive de réalisation professionnelle, laid out like the official model
 * (épreuve E5, annexe 9-1-A SISR / 9-1-B SLAM): « DESCRIPTION D'UNE RÉALISATION
 * PROFESSIONNELLE », N° réalisation, Nom prénom / N° candidat, organisation support,
 * intitulé, période and lieu, modalité (seul / en équipe), compétences travaillées as
 * boxes, conditions de réalisation, modalités d'accès aux productions (recto), then the
 * descriptif (verso).
 */
import type { EpreuveInfo, FicheModel, SyntheseModel } from '../../protocol/synthese';
import { annexLabel, candidateName } from '../../core/table/officialForm';
import { captionHtml, checkbox, dataAttrs, documentHtml, escapeHtml, textBlock, type FormOptions } from './escape';
import { markdownHtml } from './markdown';

export { annexLabel } from '../../core/table/officialForm';

/** "Épreuve E5 - Administration des systèmes et des réseaux (option SISR)" as on the form. */
export function epreuveLine(epreuve: EpreuveInfo | null, option: string | null): string {
  if (!epreuve) return '';
  const opt = option ? ` (option ${option})` : '';
  return `Épreuve ${epreuve.code} - ${epreuve.title}${opt}`;
}

function row(label: string, value: string, cls: string): string {
  return `<tr class="${cls}"><th scope="row">${label}</th><td colspan="3">${value}</td></tr>`;
}

/**
 * The descriptif in Markdown, as the site's réalisation page and the PDF read it (render/markdown.ts);
 * a « # » heading is an h4, under the fiche's own headings.
 */
function descriptionHtml(text: string): string {
  const html = markdownHtml(text, 4);
  return html ? `<div class="prose">${html}</div>` : textBlock(text);
}

function ficheHtml(model: SyntheseModel, fiche: FicheModel, form: FormOptions): string {
  const c = model.candidat;
  const name = candidateName(c);
  const annex = annexLabel(model.epreuveFiches?.annexFiche);
  const head = annex ? `${annex} : Fiche descriptive de réalisation professionnelle` : 'Fiche descriptive de réalisation professionnelle';
  const epreuve = epreuveLine(model.epreuveFiches, c.option);
  const periode = fiche.periode.display || fiche.periode.text;
  const modalite = `<span class="modalite">${checkbox(fiche.modalite === 'seul')} Seul(e)</span> `
    + `<span class="modalite">${checkbox(fiche.modalite === 'equipe')} En équipe</span>`;
  const competences = fiche.competences.length === 0
    ? ''
    : '<ul class="checklist">' + fiche.competences
      .map((k) => `<li class="${k.checked ? 'is-checked' : ''}"${dataAttrs({ competence: k.id })}>${checkbox(k.checked)} ${escapeHtml(k.title)}</li>`)
      .join('') + '</ul>';
  const docs = fiche.documents.length === 0
    ? ''
    : `<ul class="documents">${fiche.documents.map((d) => `<li>${documentHtml(d, form)}</li>`).join('')}</ul>`;
  const interactive = form.interactive !== false;
  // The site links each fiche from its réalisation's page: a stable anchor per numéro.
  const anchor = interactive ? '' : ` id="fiche-${escapeHtml(fiche.numero)}"`;
  return `<section class="fiche"${anchor}${dataAttrs({ realisation: fiche.realisationId, line: interactive ? fiche.lines.start : undefined, numero: fiche.numero })}>`
    + (model.subtitle ? `<p class="form-session">${escapeHtml(model.subtitle)}</p>` : '')
    + `<p class="form-annex">${escapeHtml(head)}</p>`
    + (epreuve ? `<p class="form-epreuve">${escapeHtml(epreuve)}</p>` : '')
    + `<table class="fiche-form">${captionHtml(form, `Fiche descriptive n° ${fiche.numero} : ${fiche.intitule}`)}`
    + `<tr class="fiche-title"><th colspan="3">DESCRIPTION D’UNE RÉALISATION PROFESSIONNELLE</th>`
    + `<td class="fiche-numero">N° réalisation : <strong>${escapeHtml(fiche.numero)}</strong></td></tr>`
    + `<tr><th scope="row">Nom, prénom</th><td>${escapeHtml(name)}</td><th scope="row">N° candidat</th><td>${escapeHtml(c.numero)}</td></tr>`
    // The form's two boxes, ticked from candidat.epreuve (none without it, as on the paper form).
    + row('Forme de l’épreuve', `<span class="modalite">${checkbox(c.epreuve === 'ponctuelle')} Épreuve ponctuelle</span> <span class="modalite">${checkbox(c.epreuve === 'ccf')} Contrôle en cours de formation</span>`, 'fiche-epreuve')
    + row('Organisation support de la réalisation professionnelle', escapeHtml(fiche.organisation), 'fiche-organisation')
    + row('Intitulé de la réalisation professionnelle', `<strong>${escapeHtml(fiche.intitule)}</strong>`, 'fiche-intitule')
    + `<tr><th scope="row">Période de réalisation</th><td class="periode">${escapeHtml(periode)}</td>`
    + `<th scope="row">Lieu</th><td>${escapeHtml(fiche.lieu)}</td></tr>`
    + row('Modalité', modalite, 'fiche-modalite')
    + row('Compétences travaillées', competences, 'fiche-competences')
    + row('Conditions de réalisation (ressources fournies, résultats attendus)', textBlock(fiche.conditions), 'fiche-conditions')
    + row('Modalités d’accès aux productions et à leur documentation', textBlock(fiche.productions) + docs, 'fiche-productions')
    + row('Descriptif de la réalisation professionnelle, y compris les productions réalisées et schémas explicatifs',
      descriptionHtml(fiche.description), 'fiche-description')
    + '</table></section>';
}

export function fichesHtml(model: SyntheseModel, form: FormOptions = {}): string {
  if (model.fiches.length === 0) return '';
  return '<section class="fiches" aria-label="Fiches descriptives">'
    + model.fiches.map((f) => ficheHtml(model, f, form)).join('')
    + '</section>';
}
