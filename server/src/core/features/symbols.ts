/**
 * Outline of a dossier: the top-level keys, the candidate, each stage (named after its
 * organisation) and each réalisation (named after its intitulé, the period as detail) with its
 * competences, documents and fiche as children. Navigating a 200-réalisation dossier is the point.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { isMap, isPair, isScalar, Node, Pair } from 'yaml';
import type { RealisationSrc, StageSrc, Str } from '../model';
import type { ParsedDossier } from '../parse';
import type { FeatureOptions } from './options';
import { tr } from './options';
import { valueText } from '../text/valueText';

type Mk = (name: string, kind: SymbolKind, start: number, end: number, selStart: number, selEnd: number, detail?: string, children?: DocumentSymbol[]) => DocumentSymbol;

export function documentSymbols(doc: TextDocument, parsed: ParsedDossier, opts: FeatureOptions): DocumentSymbol[] {
  const root = parsed.doc?.contents;
  if (!isMap(root)) return [];
  const text = parsed.text;
  /** Node ranges run to the next line: end a symbol at its last character instead. */
  const trimmed = (end: number) => {
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    return end;
  };
  const mk: Mk = (name, kind, start, end, selStart, selEnd, detail, children) => ({
    name: name.trim() || '?',
    kind,
    detail,
    range: { start: doc.positionAt(start), end: doc.positionAt(Math.max(trimmed(end), selEnd)) },
    selectionRange: { start: doc.positionAt(selStart), end: doc.positionAt(selEnd) },
    children
  });
  const out: DocumentSymbol[] = [];
  for (const pair of root.items) {
    if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
    const key = valueText(pair.key.value);
    const [ks, ke] = pair.key.range;
    const end = (pair.value as Node | null)?.range?.[1] ?? ke;
    switch (key) {
      case 'candidat': {
        const c = parsed.model.candidat;
        const who = [c.nom?.value, c.prenom?.value].filter(Boolean).join(' ');
        out.push(mk(key, SymbolKind.Namespace, ks, end, ks, ke, who || undefined, fields(pair, mk)));
        break;
      }
      case 'stages':
        out.push(mk(key, SymbolKind.Array, ks, end, ks, ke, count(parsed.model.stages.length, opts), parsed.model.stages.map((s, i) => stage(s, i, mk, opts))));
        break;
      case 'realisations':
        out.push(mk(key, SymbolKind.Array, ks, end, ks, ke, count(parsed.model.realisations.length, opts), parsed.model.realisations.map((r) => realisation(r, mk, opts))));
        break;
      default: {
        const v = pair.value;
        out.push(mk(key, SymbolKind.Property, ks, end, ks, ke, isScalar(v) && v.value !== null ? valueText(v.value) : undefined));
      }
    }
  }
  return out;
}

function count(n: number, opts: FeatureOptions): string {
  return tr(opts, `${n} élément${n > 1 ? 's' : ''}`, `${n} item${n === 1 ? '' : 's'}`);
}

function fields(pair: Pair, mk: Mk): DocumentSymbol[] {
  if (!isMap(pair.value)) return [];
  const out: DocumentSymbol[] = [];
  for (const p of pair.value.items) {
    if (!isPair(p) || !isScalar(p.key) || !p.key.range) continue;
    const [ks, ke] = p.key.range;
    const v = p.value as Node | null;
    out.push(mk(valueText(p.key.value), SymbolKind.Field, ks, v?.range?.[1] ?? ke, ks, ke, isScalar(v) && v.value !== null ? valueText(v.value) : undefined));
  }
  return out;
}

const sel = (s: Str | undefined) => (s && s.value ? [s.start, s.end] : null);

function stage(s: StageSrc, i: number, mk: Mk, opts: FeatureOptions): DocumentSymbol {
  const [a, b] = sel(s.organisation) ?? [s.start, Math.min(s.end, s.start + 1)];
  return mk(s.organisation?.value || tr(opts, `Stage ${i + 1}`, `Stage ${i + 1}`), SymbolKind.Event, s.start, s.end, a, b, s.periode?.value || undefined);
}

function realisation(r: RealisationSrc, mk: Mk, opts: FeatureOptions): DocumentSymbol {
  const [a, b] = sel(r.intitule) ?? sel(r.id) ?? [r.start, Math.min(r.end, r.start + 1)];
  const name = r.intitule?.value || r.id?.value || tr(opts, `Réalisation ${r.index + 1}`, `Réalisation ${r.index + 1}`);
  const children: DocumentSymbol[] = [];
  const key = (k: string) => r.keys.get(k);
  const comp = key('competences');
  if (comp && r.competences) {
    const last = r.competences[r.competences.length - 1];
    children.push(mk('competences', SymbolKind.Array, comp.start, last?.end ?? comp.end, comp.start, comp.end, r.competences.map((c) => c.value).join(', ') || undefined));
  }
  const docs = key('documents');
  if (docs) {
    const last = r.documents[r.documents.length - 1];
    children.push(mk('documents', SymbolKind.Array, docs.start, last?.end ?? docs.end, docs.start, docs.end, r.documents.length ? String(r.documents.length) : undefined));
  }
  if (r.fiche) {
    const n = r.fiche.numero?.value;
    children.push(mk('fiche', SymbolKind.Struct, r.fiche.keyStart, r.fiche.end, r.fiche.keyStart, r.fiche.keyEnd, n ? tr(opts, `fiche n° ${n}`, `fiche no. ${n}`) : undefined));
  }
  return mk(name, SymbolKind.Object, r.start, r.end, a, b, r.periode?.value || undefined, children);
}
