/**
 * A competence as the référentiel prints it, in Markdown: bloc, title, sub-competences, then
 * (for the hover) where the dossier mobilises it, then the indicateurs de performance word for
 * word (nested items kept as sub-bullets) and the savoirs associés, each folded in a <details>
 * block: what a student comes for is visible without scrolling (issue 12), the long texts one
 * click away. The wording is the product: nothing is rephrased, only
 * the headings are translated for an English UI.
 */
import type { Catalog, CatalogEntry } from '../catalog';
import { blocLabel } from '../coverage';
import type { Competence } from '../referentiel/types';
import type { FeatureOptions } from './options';
import { tr } from './options';

/** Markdown-escape référentiel text (it contains no markup, but "*" or "_" must not turn into emphasis). */
export function md(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function blocLine(entry: CatalogEntry): string {
  return `${blocLabel(entry.bloc)} — ${md(entry.bloc.title)}${entry.bloc.option ? ` (${entry.bloc.option})` : ''}`;
}

function indicators(c: Competence, opts: FeatureOptions, folded: boolean): string[] {
  const heading = tr(opts, 'Indicateurs de performance', 'Performance indicators');
  const out = folded ? ['<details>', `<summary>${heading} (${c.indicators.length})</summary>`, ''] : [`**${heading}**`, ''];
  if (!c.indicators.length) {
    out.push(c.indicatorsNote ? `_${md(c.indicatorsNote)}_` : `_${tr(opts, 'Le référentiel ne donne pas d’indicateur pour cette compétence.', 'The référentiel gives no indicator for this competence.')}_`);
  }
  for (const i of c.indicators) {
    out.push(`- ${md(i.text)}`);
    for (const item of i.items ?? []) out.push(`  - ${md(item)}`);
  }
  if (folded) out.push('', '</details>');
  return out;
}

/** Savoirs associés, following `knowledgeFrom` when the référentiel prints one cell for several competences. */
function knowledge(c: Competence, cat: Catalog, opts: FeatureOptions): string[] {
  const owner = c.knowledgeFrom ? cat.byId.get(c.knowledgeFrom)?.competence ?? c : c;
  if (!owner.knowledge.length) return [];
  const summary = tr(opts, 'Savoirs associés', 'Associated knowledge') + (owner !== c ? ` (${tr(opts, 'communs avec', 'shared with')} ${owner.id})` : '');
  const out = ['<details>', `<summary>${summary}</summary>`, ''];
  for (const g of owner.knowledge) {
    out.push(`**${md(g.heading)}**`, '');
    for (const item of g.items) out.push(`- ${md(item)}`);
    out.push('');
  }
  out.push('</details>');
  return out;
}

/**
 * `middle`: lines placed right after the sub-competences (the hover's « Mobilisée dans … »);
 * `fold`: indicators in a <details> block too (the hover; the completion's side pane shows them open).
 */
export function competenceMarkdown(entry: CatalogEntry, cat: Catalog, opts: FeatureOptions, more: { middle?: string[]; fold?: boolean } = {}): string {
  const c = entry.competence;
  const lines: string[] = [`**${entry.id} — ${md(entry.title)}**`, '', blocLine(entry), ''];
  if (entry.sub) {
    lines.push(`${tr(opts, 'Sous-compétence de', 'Sub-competence of')} **${c.id}** — ${md(c.title)}`, '');
  } else if (c.subCompetences.length) {
    lines.push(`**${tr(opts, 'Sous-compétences', 'Sub-competences')}**`, '');
    for (const s of c.subCompetences) lines.push(`- ${s.id} ${md(s.title)}`);
    lines.push('');
  }
  if (more.middle?.length) lines.push(...more.middle, '');
  lines.push(...indicators(c, opts, !!more.fold), '');
  const k = knowledge(c, cat, opts);
  if (k.length) lines.push(...k, '');
  return lines.join('\n').trimEnd();
}
