/**
 * Competence ids inside `competences:` (flow `[B1.1, |]`, block `- |`, or a bare value): the ids
 * of the dossier's référentiel and option, the competences no réalisation mobilises yet first
 * (the tableau de synthèse must cover the whole bloc), each sub-competence right under its
 * competence, the official title beside the id and the indicateurs de performance as documentation.
 */
import { CompletionItem, CompletionItemKind, MarkupKind, Range } from 'vscode-languageserver-types';
import type { CatalogEntry } from '../catalog';
import type { ParsedDossier } from '../parse';
import type { RuleContext } from '../rules/context';
import type { CursorContext } from './cursorContext';
import { blocLine, md } from './competenceDoc';
import type { FeatureOptions } from './options';
import { tr } from './options';

const pad = (n: number) => String(n).padStart(3, '0');

/**
 * What the dossier mobilises already: competences (cited, or through a sub-competence) and
 * sub-competences (cited, or through their competence cited as a whole, as coverage.ts counts).
 */
function citedIn(ctx: RuleContext): { competences: Set<string>; subs: Set<string> } {
  const competences = new Set<string>();
  const subs = new Set<string>();
  for (const r of ctx.model.realisations) {
    for (const c of r.competences ?? []) {
      const entry = ctx.catalog.byId.get(c.value.trim());
      if (!entry) continue;
      competences.add(entry.competence.id);
      if (entry.sub) subs.add(entry.sub.id);
      else for (const s of entry.competence.subCompetences) subs.add(s.id);
    }
  }
  return { competences, subs };
}

/** Short documentation: bloc, then the indicateurs de performance word for word. */
function documentation(entry: CatalogEntry, opts: FeatureOptions): string {
  const c = entry.competence;
  const lines = [`**${entry.id} — ${md(entry.title)}**`, '', blocLine(entry)];
  if (entry.sub) lines.push('', `${tr(opts, 'Sous-compétence de', 'Sub-competence of')} **${c.id}** — ${md(c.title)}`);
  lines.push('', `**${tr(opts, 'Indicateurs de performance', 'Performance indicators')}**`, '');
  if (!c.indicators.length && c.indicatorsNote) lines.push(`_${md(c.indicatorsNote)}_`);
  for (const i of c.indicators) {
    lines.push(`- ${md(i.text)}`);
    for (const item of i.items ?? []) lines.push(`  - ${md(item)}`);
  }
  return lines.join('\n');
}

export function competenceCompletions(
  ctx: RuleContext,
  parsed: ParsedDossier,
  cc: CursorContext,
  offset: number,
  range: Range,
  opts: FeatureOptions,
  wrap: boolean
): CompletionItem[] {
  const cat = ctx.catalog;
  const here = parsed.model.realisations.find((r) => r.start <= offset && offset <= r.end);
  const already = new Set<string>(cc.flowItems);
  for (const c of here?.competences ?? []) if (!(c.start <= offset && offset <= c.end)) already.add(c.value.trim());
  const cited = citedIn(ctx);
  const prefix = cc.prefix.trim().toLowerCase();
  const notYet = tr(opts, 'non encore mobilisée', 'not mobilised yet');

  const items: CompletionItem[] = [];
  cat.blocs.forEach((bloc, b) => {
    bloc.competences.forEach((comp, ci) => {
      const uncovered = !cited.competences.has(comp.id);
      const ids = [comp.id, ...comp.subCompetences.map((s) => s.id)];
      ids.forEach((id, si) => {
        if (already.has(id)) return;
        if (prefix && !id.toLowerCase().startsWith(prefix)) return;
        const entry = cat.byId.get(id);
        if (!entry) return;
        const mark = (entry.sub ? !cited.subs.has(id) : uncovered) ? notYet : undefined;
        items.push({
          label: id,
          // VS Code cuts the end of the row when the widget is narrow (« (non encore mobil… »):
          // the short mark leads the description, the full title is `detail` (the details pane,
          // which wraps) and the documentation.
          labelDetails: { description: mark ? `${mark} · ${entry.title}` : entry.title },
          kind: entry.sub ? CompletionItemKind.Field : CompletionItemKind.Value,
          detail: entry.title,
          documentation: { kind: MarkupKind.Markdown, value: documentation(entry, opts) },
          // Uncovered competences (with their sub-competences) first, then référentiel order.
          sortText: `${uncovered ? 0 : 1}${pad(b)}${pad(ci)}${pad(si)}`,
          filterText: id,
          textEdit: { range, newText: wrap ? `[${id}]` : id }
        });
      });
    });
  });
  return items;
}
