/**
 * Completion in a review file, computed from the reviewed dossier: `cible` (réalisation ids and
 * fields, candidat, competences), levels and statuses, épreuve codes, graded competences and
 * penalties under `evaluation`, keys and snippets (structure.ts), decisions (validationEditor.ts).
 * `reviewCompletions` works in offsets; `completion` is the LSP result the service gives.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItem, CompletionItemKind, CompletionList, InsertTextFormat, InsertTextMode, MarkupKind, Position, TextEdit } from 'vscode-languageserver-types';
import type { Catalog } from '../../catalog';
import type { DossierModel } from '../../model';
import { hasDocument, type ParsedDossier } from '../../parse';
import { dossierCatalog, evaluatedEpreuves } from '../epreuves';
import { NIVEAU_LABELS, NIVEAUX } from '../model';
import type { ParsedReview } from '../parse';
import { validationCompletions } from '../validationEditor';
import { epreuveBlockSnippets, structureCompletions } from '../structure';
import { CANDIDAT_FIELDS, REALISATION_FIELDS } from '../targets';
import type { ItemKind, ReviewCompletion } from '../completionItem';
import { lineContext, wordEnd } from '../lineContext';

export type { ItemKind, ReviewCompletion } from '../completionItem';

const ITEM_KINDS: Record<ItemKind, CompletionItemKind> = {
  reference: CompletionItemKind.Reference,
  field: CompletionItemKind.Field,
  competence: CompletionItemKind.Constant,
  value: CompletionItemKind.EnumMember,
  epreuve: CompletionItemKind.Module,
  penalty: CompletionItemKind.Value,
  key: CompletionItemKind.Property,
  snippet: CompletionItemKind.Snippet
};

/** The LSP completion list at `pos` in a review file. */
export function completion(doc: TextDocument, review: ParsedReview, dossier: ParsedDossier | null, pos: Position): CompletionList {
  const items = reviewCompletions(review, dossier, doc.offsetAt(pos));
  return {
    isIncomplete: false,
    items: items.map(
      (i): CompletionItem => ({
        label: i.label,
        kind: ITEM_KINDS[i.kind],
        detail: i.detail,
        documentation: i.documentation,
        sortText: i.sortText,
        filterText: i.label,
        textEdit: TextEdit.replace({ start: doc.positionAt(i.start), end: doc.positionAt(i.end) }, i.insert ?? i.label),
        ...completionExtras(i)
      })
    )
  };
}

/**
 * LSP fields beyond label and edit: snippets (tab stops, indentation already computed by the
 * core, so the editor must not add its own), markdown documentation from the schema, and a new
 * completion right after insertion where the next value has its own list.
 */
function completionExtras(i: ReviewCompletion): Partial<CompletionItem> {
  const out: Partial<CompletionItem> = {};
  if (i.snippet) out.insertTextFormat = InsertTextFormat.Snippet;
  if (i.snippet || i.insert?.includes('\n')) out.insertTextMode = InsertTextMode.asIs;
  if (i.documentation && (i.kind === 'key' || i.kind === 'snippet')) out.documentation = { kind: MarkupKind.Markdown, value: i.documentation };
  if (i.triggerSuggest) out.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
  return out;
}

export function reviewCompletions(review: ParsedReview, dossier: ParsedDossier | null, offset: number): ReviewCompletion[] {
  const source = review.text;
  const ctx = lineContext(source, offset);
  const span = { start: ctx.wordStart, end: wordEnd(source, offset) };
  const parents = ctx.parents;
  const top = parents[parents.length - 1];
  const model = dossier && !dossier.refused && hasDocument(dossier) ? dossier.model : null;
  const catalog = model ? dossierCatalog(model) : null;
  // Keys and the review's own snippets (structure.ts); null when the cursor is on a value.
  const structural = structureCompletions(source, offset, ctx, span, model, catalog);
  if (structural) return structural;

  if (top === 'validations') return validationCompletions(review, dossier, ctx, span);
  if (top === 'remarques' || (ctx.key && ['cible', 'niveau', 'statut'].includes(ctx.key) && parents.length === 0)) {
    if (ctx.key === 'cible') return model && catalog ? cibleItems(model, catalog, ctx.word, span) : [];
    if (ctx.key === 'niveau') return values(['erreur', 'avertissement', 'info'], ['Erreur', 'Avertissement', 'Information'], span);
    if (ctx.key === 'statut') return values(['ouverte', 'resolue'], ['Affichée dans le dossier', 'Conservée, plus affichée'], span);
    return [];
  }
  if (top === 'evaluation' && model && catalog) {
    const epreuves = evaluatedEpreuves(model, catalog);
    if (parents.length === 1 && !ctx.key) {
      const codes = epreuves.map((e, i) => ({ label: e.rule.code, detail: e.rule.title, kind: 'epreuve' as const, insert: `${e.rule.code}:`, sortText: String(i), ...span }));
      return [...codes, ...epreuveBlockSnippets(source, offset, ctx, span, model, catalog)];
    }
    const code = parents[parents.length - 2];
    const ep = epreuves.find((e) => e.rule.code === code);
    if (!ep) return [];
    const inner = parents[parents.length - 3];
    if (inner === 'competences') {
      if (ctx.key) {
        const labels = NIVEAU_LABELS[ep.rule.support === 'realisations' ? 'realisations' : 'portfolio'];
        return values([...NIVEAUX], NIVEAUX.map((n) => labels[n]), span);
      }
      return [...ep.ids].map((id, i) => ({
        label: id,
        detail: catalog.byId.get(id)?.title,
        kind: 'competence' as const,
        insert: `${id}: `,
        sortText: String(i).padStart(3, '0'),
        ...span
      }));
    }
    if (inner === 'penalites' && (ctx.item || ctx.key === 'id')) {
      return ep.rule.penalties.map((p) => ({
        label: p.id,
        detail: `${p.label} (${p.upTo ? 'jusqu’à ' : ''}${p.points} points)`,
        kind: 'penalty' as const,
        ...span
      }));
    }
  }
  return [];
}

function values(vals: string[], details: string[], span: { start: number; end: number }): ReviewCompletion[] {
  return vals.map((v, i) => ({ label: v, detail: details[i], kind: 'value' as const, sortText: String(i), ...span }));
}

function cibleItems(model: DossierModel, catalog: Catalog, word: string, span: { start: number; end: number }): ReviewCompletion[] {
  const out: ReviewCompletion[] = [];
  const dot = word.lastIndexOf('.');
  const realisation = dot > 0 ? model.realisations.find((r) => r.id?.value === word.slice(0, dot)) : undefined;
  if (realisation) {
    // After `glpi.`: the fields of that réalisation.
    for (const f of REALISATION_FIELDS) {
      out.push({ label: `${word.slice(0, dot)}.${f}`, kind: 'field', detail: realisation.keys.has(f) ? 'champ présent' : 'champ absent', sortText: `0${realisation.keys.has(f) ? 0 : 1}${f}`, ...span });
    }
    return out;
  }
  for (const r of model.realisations) {
    if (!r.id?.value) continue;
    out.push({
      label: r.id.value,
      kind: 'reference',
      detail: r.intitule?.value ?? '',
      documentation: [r.periode?.value, (r.competences ?? []).map((c) => c.value).join(', ')].filter(Boolean).join(' — '),
      sortText: `0${String(r.index).padStart(3, '0')}`,
      ...span
    });
  }
  out.push({ label: 'candidat', kind: 'reference', detail: 'Identité du candidat', sortText: '1', ...span });
  for (const f of CANDIDAT_FIELDS) out.push({ label: `candidat.${f}`, kind: 'field', sortText: `1${f}`, ...span });
  const cited = new Set(model.realisations.flatMap((r) => (r.competences ?? []).map((c) => c.value.trim())));
  catalog.ids.forEach((id, i) => {
    out.push({
      label: id,
      kind: 'competence',
      detail: catalog.byId.get(id)!.title,
      documentation: cited.has(id) ? 'citée dans le dossier' : undefined,
      sortText: `2${cited.has(id) ? 0 : 1}${String(i).padStart(3, '0')}`,
      ...span
    });
  });
  return out;
}

