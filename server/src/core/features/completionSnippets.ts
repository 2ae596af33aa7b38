/**
 * Snippets that write a whole block the way the format wants it: a new réalisation under
 * `realisations:` (its period as JJ/MM/AAAA tab stops), a new stage, and a period in the only
 * form the official tableau de synthèse accepts, « du JJ/MM/AAAA au JJ/MM/AAAA ». No snippet
 * prefills today's date: a date left as written looked real and stayed (issue 25); the JJ, MM,
 * AAAA stops stay a `date-format` error until each is typed.
 */
import { CompletionItem, CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, Range } from 'vscode-languageserver-types';
import type { DossierModel } from '../model';
import { formatDate } from '../periode';
import { freeRealisationId, REALISATION_FIELDS, type RealisationField } from '../realisationFields';
import { todayOf } from '../periode/calendar';
import type { FeatureOptions } from './options';
import { tr } from './options';

/**
 * Snippet placeholders as plain text, for the documentation preview: a choice shows its first
 * value, a placeholder its default, an empty tab stop (`${6}`, `$0`) nothing.
 */
export function plain(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}/g, '')
    .replace(/\$\d+/g, '');
}

function snippetItem(label: string, body: string[], indent: number, dash: boolean, range: Range, sortText: string, doc: string): CompletionItem {
  const pad = ' '.repeat(indent + (dash ? 2 : 0));
  const text = (dash ? '- ' : '') + body.join('\n' + pad);
  return {
    label,
    kind: CompletionItemKind.Snippet,
    insertTextFormat: InsertTextFormat.Snippet,
    // Indentation is computed here; the editor must not add its own.
    insertTextMode: InsertTextMode.asIs,
    textEdit: { range, newText: text },
    filterText: label,
    sortText,
    documentation: { kind: MarkupKind.Markdown, value: `${doc}\n\n\`\`\`yaml\n${plain(text)}\n\`\`\`` }
  };
}

export function today(opts: FeatureOptions): string {
  return formatDate(todayOf(opts.now));
}

/**
 * `indent`: column of the item's content (after `- ` when `dash` is false, of the dash otherwise).
 * The period is « du JJ/MM/AAAA au JJ/MM/AAAA » with a tab stop on each day, month and year: a
 * prefilled date (today at both ends) was taken for a real one and raised date warnings. The last
 * stop is inside `competences: []`, where the client opens the competence list (client/src/competenceSuggest.ts).
 */
export function realisationSnippet(model: DossierModel, indent: number, dash: boolean, range: Range, opts: FeatureOptions): CompletionItem {
  // The snippet's fields and their order come from the one table of réalisation fields.
  let stop = 0;
  const t = () => ++stop;
  const body = REALISATION_FIELDS.filter((f) => 'snippet' in f).map((f: RealisationField) => {
    if (f.key === 'id') return `id: \${${t()}:${freeRealisationId(model, model.realisations.length + 1)}}`;
    if (f.key === 'periode') return `periode: du \${${t()}:JJ}/\${${t()}:MM}/\${${t()}:AAAA} au \${${t()}:JJ}/\${${t()}:MM}/\${${t()}:AAAA}`;
    if (f.values) return `${f.key}: \${${t()}|${f.values.join(',')}|}`;
    if (f.kind === 'list') return `${f.key}: [\${${t()}}]`;
    const ph = f.snippet?.placeholder;
    return ph ? `${f.key}: \${${t()}:${tr(opts, ph.fr, ph.en)}}` : `${f.key}: \${${t()}}`;
  });
  return snippetItem(
    tr(opts, 'Nouvelle réalisation', 'New réalisation'),
    body,
    indent,
    dash,
    range,
    '0',
    tr(opts, 'Ajoute une réalisation professionnelle avec ses champs obligatoires.', 'Adds a réalisation professionnelle with its required fields.')
  );
}

/** « du JJ/MM/AAAA au JJ/MM/AAAA » with a tab stop on each part, numbered from `first`. */
export function periodeStops(first: number): string {
  const n = (k: number) => first + k;
  return `du \${${n(0)}:JJ}/\${${n(1)}:MM}/\${${n(2)}:AAAA} au \${${n(3)}:JJ}/\${${n(4)}:MM}/\${${n(5)}:AAAA}`;
}

export function stageSnippet(indent: number, dash: boolean, range: Range, opts: FeatureOptions): CompletionItem {
  return snippetItem(
    tr(opts, 'Nouveau stage', 'New stage'),
    [`organisation: \${1:${tr(opts, 'Organisation d’accueil', 'Host organisation')}}`, `periode: ${periodeStops(2)}`, `annee: \${8|1,2|}`],
    indent,
    dash,
    range,
    '0',
    tr(opts, 'Ajoute un stage (période en milieu professionnel).', 'Adds a stage (work placement period).')
  );
}

export function periodeSnippets(range: Range, space: boolean, opts: FeatureOptions): CompletionItem[] {
  const s = space ? ' ' : '';
  const mk = (label: string, body: string, sortText: string, doc: string): CompletionItem => ({
    label,
    kind: CompletionItemKind.Snippet,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: s + body },
    filterText: plain(body),
    sortText,
    documentation: { kind: MarkupKind.Markdown, value: doc }
  });
  return [
    mk(
      'du JJ/MM/AAAA au JJ/MM/AAAA',
      periodeStops(1),
      '0',
      tr(opts, 'Période sous la forme du tableau de synthèse : « du JJ/MM/AAAA au JJ/MM/AAAA ».', 'Period in the form of the tableau de synthèse: "du JJ/MM/AAAA au JJ/MM/AAAA".')
    ),
    mk('le JJ/MM/AAAA', 'le ${1:JJ}/${2:MM}/${3:AAAA}', '1', tr(opts, 'Réalisation d’une seule journée.', 'A one-day réalisation.'))
  ];
}
