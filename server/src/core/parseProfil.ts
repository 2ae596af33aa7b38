/**
 * The parts of a dossier that only the portfolio site reads: `profil`, `veille`, the
 * `{ titre, fichier }` documents and the stages' attestations. Same best-effort reading as
 * parse.ts: every value keeps its source span, so `document-missing`, `url-locale` and
 * `image-alt-missing` land on the offending value.
 */
import { isMap, isScalar, isSeq, Node, YAMLMap } from 'yaml';
import type { ArticleSrc, DocumentItemSrc, ImageSrc, LinkSrc, ProfilSrc, Span, Str, VeilleSrc } from './model';
import { entries, scalarStr, span } from './yamlNodes';

function fields<K extends string>(map: YAMLMap, keys: readonly K[]): Partial<Record<K, Str>> {
  const out: Partial<Record<K, Str>> = {};
  for (const e of entries(map)) {
    if ((keys as readonly string[]).includes(e.key)) out[e.key as K] = scalarStr(e.value, e.keyNode);
  }
  return out;
}

const spanOr = (node: Node | null | undefined, fallback: Span): Span => span(node) ?? fallback;

function strItems(value: unknown): Str[] {
  if (!isSeq(value)) return [];
  return value.items.map((i) => scalarStr(i)).filter((s): s is Str => !!s && s.value !== '');
}

/** `documents:` as written: strings stay text or links; a mapping is a local file. */
export function documentItems(value: unknown): DocumentItemSrc[] {
  if (!isSeq(value)) return [];
  const out: DocumentItemSrc[] = [];
  for (const item of value.items) {
    if (isMap(item)) {
      const f = fields(item, ['titre', 'fichier'] as const);
      out.push({ kind: 'fichier', ...spanOr(item, { start: 0, end: 0 }), ...f });
      continue;
    }
    const s = scalarStr(item);
    if (s && s.value !== '') out.push({ kind: 'texte', value: s });
  }
  return out;
}

/** What the tableau lists for each document: the text, or the title of a file. */
export function documentLabels(items: DocumentItemSrc[]): Str[] {
  return items.flatMap((d) => (d.kind === 'texte' ? [d.value] : d.titre?.value ? [d.titre] : d.fichier?.value ? [d.fichier] : []));
}

function image(value: unknown, keyNode: Node): ImageSrc {
  const key = span(keyNode)!;
  if (isMap(value)) return { ...spanOr(value, key), key, ...fields(value, ['fichier', 'alt'] as const) };
  // `photo: moi.jpg` is accepted; its missing alternative text is then diagnosed.
  const fichier = isScalar(value) ? scalarStr(value, keyNode) : undefined;
  return { ...(fichier ?? key), key, fichier };
}

function links(value: unknown): LinkSrc[] {
  if (!isSeq(value)) return [];
  return value.items.filter(isMap).map((m) => ({ ...spanOr(m, { start: 0, end: 0 }), ...fields(m, ['titre', 'url'] as const) }));
}

export function buildProfil(value: unknown, keyNode: Node): ProfilSrc {
  const p: ProfilSrc = { key: span(keyNode)!, liens: [] };
  if (!isMap(value)) return p;
  for (const e of entries(value)) {
    if (e.key === 'presentation' || e.key === 'cv') p[e.key] = scalarStr(e.value, e.keyNode);
    else if (e.key === 'photo') p.photo = image(e.value, e.keyNode);
    else if (e.key === 'liens') p.liens = links(e.value);
  }
  return p;
}

function articles(value: unknown): ArticleSrc[] {
  if (!isSeq(value)) return [];
  return value.items.filter(isMap).map((m) => ({ ...spanOr(m, { start: 0, end: 0 }), ...fields(m, ['titre', 'date', 'lien', 'resume'] as const) }));
}

export function buildVeille(value: unknown, keyNode: Node): VeilleSrc {
  const v: VeilleSrc = { key: span(keyNode)!, sources: [], articles: [] };
  if (!isMap(value)) return v;
  for (const e of entries(value)) {
    if (e.key === 'sujet' || e.key === 'methode') v[e.key] = scalarStr(e.value, e.keyNode);
    else if (e.key === 'sources') v.sources = strItems(e.value);
    else if (e.key === 'articles') v.articles = articles(e.value);
  }
  return v;
}
