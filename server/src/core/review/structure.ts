/**
 * Completion where a review file's *structure* is typed (a key, a new remark, a new épreuve),
 * as opposed to a value (features/completion.ts: `cible`, levels, competence ids, penalties). Keys come from
 * the schema (keys.ts); the review's own snippets are « Nouvelle remarque » and « Évaluation E5 »
 * (one per épreuve the dossier is evaluated on at its session, with the rows of its grid). The
 * dossier's snippets (dossier, fiche, stage) never appear here: a review is not a dossier.
 */
import type { Catalog } from '../catalog';
import type { DossierModel } from '../model';
import { evaluatedEpreuves } from './epreuves';
import type { ReviewCompletion } from './completionItem';
import { keyItems, presentKeys } from './keys';
import { NIVEAUX } from './model';

interface Place {
  /** Enclosing keys, innermost first (lineContext.ts). */
  parents: string[];
  key: string | null;
  item: boolean;
  indent: number;
}

type Span = { start: number; end: number };

/** Only a key (or nothing) typed so far on the line: `  mes`, `  - ci`, ``. */
function atKeyPosition(source: string, offset: number): boolean {
  const lineStart = offset > 0 ? source.lastIndexOf('\n', offset - 1) + 1 : 0;
  return /^\s*(-\s+)?[\w-]*$/.test(source.slice(lineStart, offset));
}

/** True when the line at `offset` continues a list item whose content starts at `indent`. */
function insideItem(source: string, offset: number, indent: number): boolean {
  const lines = source.slice(0, offset).split('\n');
  for (let i = lines.length - 2; i >= 0; i--) {
    const line = lines[i];
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const lead = /^(\s*)(-\s+)?/.exec(line)!;
    if (lead[1].length >= indent) continue;
    return !!lead[2] && lead[0].length === indent;
  }
  return false;
}

const pad = (n: number) => ' '.repeat(n);

/** « Nouvelle remarque » whose keys sit at column `keyCol` (with its `- ` two columns before when `dash`). */
function remarkSnippet(keyCol: number, dash: boolean, span: Span, prefix = ''): ReviewCompletion {
  const inner = pad(keyCol);
  // `message: >-` (a folded block): French typography puts a space before every « : », which
  // unquoted would end the value and break the YAML (issue 24).
  const body = [`cible: \${1}`, `niveau: \${2|avertissement,erreur,info|}`, `message: >-\n${pad(keyCol + 2)}\${3}`].join(`\n${inner}`);
  return {
    label: 'Nouvelle remarque',
    kind: 'snippet',
    detail: 'cible, niveau, message',
    documentation: 'Ajoute une remarque : sa cible (réalisation, champ, candidat ou compétence), son niveau et le message que lira l’étudiant.',
    insert: `${prefix}${dash ? '- ' : ''}${body}`,
    snippet: true,
    // The cible is typed first: its list (réalisations of the dossier…) opens at once.
    triggerSuggest: true,
    sortText: 'z0',
    ...span
  };
}

/** « Évaluation E5 »: the épreuve block with one level per row of its grid, then the appreciation. */
function evaluationSnippets(model: DossierModel, catalog: Catalog, col: number, span: Span, prefix: string, present: Set<string>): ReviewCompletion[] {
  return evaluatedEpreuves(model, catalog)
    .filter((e) => !present.has(e.rule.code))
    .map((e, i) => {
      const p = (n: number) => `\n${pad(col + n)}`;
      let stop = 0;
      const rows = e.rows.map((r) => `${p(4)}${r.id}: \${${++stop}|${NIVEAUX.join(',')}|}`).join('');
      return {
        label: `Évaluation ${e.rule.code}`,
        kind: 'snippet',
        detail: e.rule.title,
        documentation: `Grille d’aide à l’évaluation de l’épreuve ${e.rule.code} (${e.rule.title}) : un niveau de maîtrise par ligne de la grille, puis l’appréciation.`,
        insert: `${prefix}${e.rule.code}:${p(2)}competences:${rows}${p(2)}appreciation: \${${++stop}}`,
        snippet: true,
        sortText: `z1${i}`,
        ...span
      } satisfies ReviewCompletion;
    });
}

/**
 * Items for a structural place, or null when the cursor is on a value (features.ts then answers).
 * `model`/`catalog`: the reviewed dossier, when there is one next to the review.
 */
export function structureCompletions(source: string, offset: number, place: Place, span: Span, model: DossierModel | null, catalog: Catalog | null): ReviewCompletion[] | null {
  if (place.key || !atKeyPosition(source, offset)) return null;
  const path = [...place.parents].reverse();
  const present = presentKeys(source, offset, place.indent);
  const dossier = model && catalog ? { model, catalog } : null;

  if (path.length === 0) {
    const out = keyItems([], present, place.indent, span);
    if (!present.has('remarques')) out.push(remarkSnippet(4, true, span, 'remarques:\n  '));
    if (dossier && !present.has('evaluation')) out.push(...evaluationSnippets(dossier.model, dossier.catalog, 2, span, 'evaluation:\n  ', new Set()));
    return out;
  }
  if (path.length === 1 && path[0] === 'remarques') {
    // On `- ` or inside a remark: its keys (and the rest of a remark); between remarks: a new one.
    if (place.item || insideItem(source, offset, place.indent)) {
      const out = keyItems(['remarques'], present, place.indent, span);
      if (place.item && present.size === 0) out.push(remarkSnippet(place.indent, false, span));
      return out;
    }
    return [remarkSnippet(place.indent + 2, true, span)];
  }
  if (path.length === 1 && path[0] === 'evaluation') {
    // The épreuve codes themselves are features.ts' (they need the dossier): add their blocks.
    return null;
  }
  if (path.length === 2 && path[0] === 'evaluation') return keyItems(path, present, place.indent, span);
  return null;
}

/** « Évaluation E5 » blocks under `evaluation:` (features.ts adds them to the épreuve codes). */
export function epreuveBlockSnippets(source: string, offset: number, place: Place, span: Span, model: DossierModel, catalog: Catalog): ReviewCompletion[] {
  if (place.key || !atKeyPosition(source, offset)) return [];
  return evaluationSnippets(model, catalog, place.indent, span, '', presentKeys(source, offset, place.indent));
}
