/**
 * Quick fix for `schema-missing-field`: insert `champ: valeur` in the mapping that lacks it, at
 * the indentation of its keys, after its last entry, with a placeholder that reads as "to fill in"
 * yet keeps the dossier valid where it can (a period of today, an unused id, an unused fiche
 * number). The diagnostic sits on the mapping's own key or on its first key: the schema tells which.
 */
import { Document, isMap, isPair, isScalar, isSeq, Node, YAMLMap } from 'yaml';
import type { ParsedDossier } from '../parse';
import { freeRealisationId } from '../realisationFields';
import { formatDate } from '../periode';
import { todayOf } from '../periode/calendar';
import type { FeatureOptions } from './options';
import { tr } from './options';
import { ITEM, PathSegment, schemaAt } from './schemaInfo';
import { valueText } from '../text/valueText';

interface Found {
  map: YAMLMap;
  path: PathSegment[];
}

/** The mapping lacking `key`, given the offset where the diagnostic starts. */
function targetMap(doc: Document.Parsed, anchor: number, key: string): Found | null {
  let found: Found | null = null;
  let done = false;
  const visit = (node: unknown, path: PathSegment[]): void => {
    if (done) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const name = valueText(pair.key.value);
        if (pair.key.range?.[0] === anchor) {
          const inner = [...path, name];
          const knows = !!schemaAt(inner)?.properties?.[key];
          if (knows && isMap(pair.value)) found = { map: pair.value, path: inner };
          else if (knows && !isMap(pair.value)) found = null;
          else found = { map: node, path };
          done = true;
          return;
        }
        visit(pair.value, [...path, name]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, [...path, ITEM]);
    }
  };
  visit(doc.contents, []);
  return found;
}

function placeholder(key: string, path: PathSegment[], parsed: ParsedDossier, opts: FeatureOptions, indent: string): string {
  const today = formatDate(todayOf(opts.now));
  switch (key) {
    case 'nom':
      return 'NOM';
    case 'prenom':
      return tr(opts, 'Prénom', 'Firstname');
    case 'intitule':
      return tr(opts, 'Intitulé à compléter', 'Title to fill in');
    case 'organisation':
      return tr(opts, 'Organisation à compléter', 'Organisation to fill in');
    case 'periode':
      return `du ${today} au ${today}`;
    case 'competences':
      return '[]';
    case 'realisations':
      return '[]';
    case 'candidat':
      return `\n${indent}  nom: NOM\n${indent}  prenom: ${tr(opts, 'Prénom', 'Firstname')}`;
    case 'id':
      return freeRealisationId(parsed.model);
    case 'numero': {
      if (path[path.length - 1] !== 'fiche') return '""';
      const used = new Set(parsed.model.realisations.map((r) => r.fiche?.numero?.value));
      return used.has('1') && !used.has('2') ? '2' : '1';
    }
    default:
      return '""';
  }
}

export interface Insertion {
  offset: number;
  text: string;
}

/** Where and what to insert so that the mapping at the diagnostic gets `key`; null when unsure. */
export function missingFieldInsertion(parsed: ParsedDossier, anchor: number, key: string, opts: FeatureOptions, given?: string): Insertion | null {
  if (!parsed.doc) return null;
  const found = targetMap(parsed.doc, anchor, key);
  if (!found || found.map.flow || !found.map.items.length) return null;
  const first = found.map.items[0];
  const lastPair = found.map.items[found.map.items.length - 1];
  if (!isPair(first) || !isPair(lastPair)) return null;
  const keyStart = (first.key as Node | null)?.range?.[0];
  if (keyStart === undefined) return null;
  const text = parsed.text;
  const column = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
  const indent = ' '.repeat(column);
  const lastNode = (lastPair.value as Node | null)?.range ? (lastPair.value as Node) : (lastPair.key as Node);
  let end = lastNode.range![1];
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  // A trailing comment on the last line stays on that line.
  const nl = text.indexOf('\n', end);
  const lineRest = text.slice(end, nl === -1 ? text.length : nl);
  if (/^\s+#/.test(lineRest)) end += lineRest.replace(/\r$/, '').length;
  const value = given ?? placeholder(key, found.path, parsed, opts, indent);
  return { offset: end, text: `\n${indent}${key}:${value.startsWith('\n') ? '' : ' '}${value}` };
}
