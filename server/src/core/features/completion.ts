/**
 * Completion in a dossier: keys and enum values from the JSON Schema at the cursor's path,
 * competence ids in `competences:`, snippets for a réalisation, a stage and a period. Works
 * on half-typed lines (see cursorContext.ts); everything offered comes from the schema or the
 * référentiel data.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItem, CompletionItemKind, CompletionList, InsertTextFormat, InsertTextMode, MarkupKind, Range } from 'vscode-languageserver-types';
import type { ParsedDossier } from '../parse';
import { findReferentiel } from '../referentiel';
import { GROUP_TITLES } from '../table/build';
import { MC_SNO_GROUP_TITLES, mcSnoGroup } from '../table/mcSno';
import { kindOf } from '../model';
import { competenceCompletions } from './completionCompetences';
import { periodeSnippets, periodeStops, realisationSnippet, stageSnippet } from './completionSnippets';
import { CursorContext, cursorContext } from './cursorContext';
import type { FeatureOptions } from './options';
import { dossierContext, tr } from './options';
import { enumValues, hasType, ITEM, keyDoc, PathSegment, schemaAt, SchemaNode } from './schemaInfo';

const last = (p: PathSegment[]) => p[p.length - 1];
const isCompetences = (p: PathSegment[]) => p.length === 3 && p[0] === 'realisations' && p[1] === ITEM && p[2] === 'competences';
const same = (p: PathSegment[], ...q: PathSegment[]) => p.length === q.length && p.every((s, i) => s === q[i]);

export function completion(doc: TextDocument, parsed: ParsedDossier, position: { line: number; character: number }, opts: FeatureOptions): CompletionList {
  const offset = doc.offsetAt(position);
  const cc = cursorContext(parsed.text, offset);
  const items = cc ? itemsAt(doc, parsed, cc, offset, opts) : [];
  return { isIncomplete: false, items };
}

function itemsAt(doc: TextDocument, parsed: ParsedDossier, cc: CursorContext, offset: number, opts: FeatureOptions): CompletionItem[] {
  const range: Range = { start: doc.positionAt(cc.start), end: doc.positionAt(cc.end) };
  const ctx = dossierContext(parsed, opts);
  switch (cc.kind) {
    case 'flow-item':
    case 'item': {
      if (isCompetences(cc.path)) return ctx ? competenceCompletions(ctx, parsed, cc, offset, range, opts, false) : [];
      if (cc.kind === 'flow-item') return [];
      const item = schemaAt([...cc.path, ITEM]);
      if (!hasType(item, 'object')) return [];
      const content = cc.column + 2;
      const out = keyItems(item!, new Set(), content, range, opts);
      if (same(cc.path, 'realisations')) out.push(realisationSnippet(parsed.model, content, false, range, opts));
      if (same(cc.path, 'stages')) out.push(stageSnippet(content, false, range, opts));
      return out;
    }
    case 'value': {
      const key = last(cc.path);
      if (isCompetences(cc.path)) return ctx ? competenceCompletions(ctx, parsed, cc, offset, range, opts, true) : [];
      if (key === 'periode' && (same(cc.path, 'realisations', ITEM, 'periode') || same(cc.path, 'stages', ITEM, 'periode'))) {
        return periodeSnippets(range, cc.needsSpace, opts);
      }
      return valueItems(cc, schemaAt(cc.path), range, kindOf(parsed.model));
    }
    case 'key': {
      const node = schemaAt(cc.path);
      if (same(cc.path, 'realisations')) return [realisationSnippet(parsed.model, cc.column, true, range, opts)];
      if (same(cc.path, 'stages')) return [stageSnippet(cc.column, true, range, opts)];
      if (!hasType(node, 'object')) return [];
      return keyItems(node!, cc.siblings, cc.column, range, opts);
    }
  }
}

/** What a chosen key inserts: `key: ` plus the shape of its value, indented for the block style. */
function keySnippet(key: string, node: SchemaNode, column: number, opts: FeatureOptions): string {
  const child = '\n' + ' '.repeat(column + 2);
  const values = enumValues(node);
  if (key === 'competences') return `${key}: [\${1}]`;
  if (key === 'periode') return `${key}: ${periodeStops(1)}`;
  if (values.length) return `${key}: \${1|${values.join(',')}|}`;
  if (hasType(node, 'object')) return `${key}:${child}\${0}`;
  if (hasType(node, 'array')) return `${key}:${child}- \${0}`;
  return `${key}: \${0}`;
}

function keyItems(node: SchemaNode, present: Set<string>, column: number, range: Range, opts: FeatureOptions): CompletionItem[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {})
    .filter(([key]) => !present.has(key))
    .map(([key, resolved], i): CompletionItem => {
      return {
        label: key,
        kind: CompletionItemKind.Property,
        detail: resolved.title,
        labelDetails: required.has(key) ? { description: tr(opts, 'obligatoire', 'required') } : undefined,
        documentation: { kind: MarkupKind.Markdown, value: keyDoc(key, resolved) },
        // Required keys first, then in the order of the schema (the order of the official forms).
        sortText: `${required.has(key) ? 0 : 1}${String(i).padStart(2, '0')}`,
        insertTextFormat: InsertTextFormat.Snippet,
        insertTextMode: InsertTextMode.asIs,
        textEdit: { range, newText: keySnippet(key, resolved, column, opts) }
      };
    });
}

/**
 * A word from the data for each enum value: the option's name as printed, the row group of a
 * cadre (the MC SNO's own: « en formation », « en PFMP », no second year — table/mcSno.ts)…
 */
export function valueDetail(key: string, value: string, kind: 'bts-sio' | 'mc-sno' = 'bts-sio'): string | undefined {
  if (key === 'cadre' && kind === 'mc-sno') {
    const g = value === 'formation' || value === 'stage-1' || value === 'stage-2' ? mcSnoGroup(value) : null;
    return g ? MC_SNO_GROUP_TITLES[g] + (value === 'stage-2' ? ' — la MC SNO n’a pas de seconde année : stage-1 suffit' : '') : undefined;
  }
  if (key === 'cadre') return GROUP_TITLES[value as keyof typeof GROUP_TITLES];
  if (key === 'referentiel') return findReferentiel(value)?.title;
  if (key === 'option') return findReferentiel('bts-sio')?.blocs.find((b) => b.option === value)?.optionTitle;
  return undefined;
}

function valueItems(cc: CursorContext, node: SchemaNode | undefined, range: Range, kind: 'bts-sio' | 'mc-sno'): CompletionItem[] {
  const key = last(cc.path);
  const values = enumValues(node);
  const space = cc.needsSpace ? ' ' : '';
  return values.map((value, i) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    detail: valueDetail(key, value, kind),
    documentation: { kind: MarkupKind.Markdown, value: keyDoc(key, node) },
    sortText: String(i).padStart(2, '0'),
    filterText: value,
    textEdit: { range, newText: space + value }
  }));
}
