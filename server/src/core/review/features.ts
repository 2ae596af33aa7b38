/**
 * Editor help in a review file, computed from the reviewed dossier: completion of `cible`
 * (réalisation ids and fields, candidat, competences), of levels and statuses, of épreuve codes,
 * graded competences and penalties under `evaluation`; hover on a `cible`; and the edits that keep
 * `cible`s in step when a réalisation id is renamed in the dossier. Offsets only: the LSP edge
 * (handlers/review.ts) converts them.
 */
import type { Catalog } from '../catalog';
import type { DossierModel } from '../model';
import { hasDocument, type ParsedDossier } from '../parse';
import { dossierCatalog, evaluatedEpreuves } from './epreuves';
import { NIVEAU_LABELS, NIVEAUX } from './model';
import type { ParsedReview } from './parse';
import { validationCompletions, validationHover } from './validationEditor';
import { validationRenameEdits } from './validations';
import { keyInfo } from './keys';
import { epreuveBlockSnippets, structureCompletions } from './structure';
import { CANDIDAT_FIELDS, REALISATION_FIELDS, resolveCible } from './targets';
import { valueText } from '../text/valueText';
import type { ReviewCompletion } from './completionItem';

export type { ItemKind, ReviewCompletion } from './completionItem';

interface LineContext {
  /** Keys of the enclosing mappings, innermost first. */
  parents: string[];
  /** Key of the current line when the cursor is in its value, else null. */
  key: string | null;
  /** True when the cursor is on a `- ` list item with no key. */
  item: boolean;
  /** The word before the cursor and where it starts. */
  word: string;
  wordStart: number;
  /** The current line's indentation (a `- ` counts as indentation). */
  indent: number;
}

const KEY_LINE = /^(\s*)(-\s+)?([^\s:#"'-][^:#]*?)\s*:(?:\s|$)/;

/** The YAML context at `offset`, read from the indentation (the line may be half typed). */
export function lineContext(source: string, offset: number): LineContext {
  const lineStart = offset > 0 ? source.lastIndexOf('\n', offset - 1) + 1 : 0;
  const prefix = source.slice(lineStart, offset);
  const word = /[^\s:"'\[\],{}]*$/.exec(prefix)![0];
  const kv = /^\s*(?:-\s+)?([^\s:#"'-][^:#]*?)\s*:\s*["']?[^"']*$/.exec(prefix);
  const key = kv ? kv[1].trim() : null;
  const lead = /^(\s*)(-\s+)?/.exec(prefix)!;
  const item = !!lead[2];
  // The column under which parents are searched: a list item's dash, else the line's indentation.
  let limit = lead[1].length;
  const parents: string[] = [];
  let end = lineStart - 1;
  while (end >= 0 && limit > 0) {
    // end === 0: the first line is empty. lastIndexOf with a negative index searches from 0 and
    // would find that very '\n' again, looping forever (the server froze).
    const start = end > 0 ? source.lastIndexOf('\n', end - 1) + 1 : 0;
    const line = source.slice(start, end);
    end = start - 1;
    if (line.trim() && !/^\s*#/.test(line)) {
      const ind = /^(\s*)/.exec(line)![1].length;
      if (ind < limit) {
        const m = KEY_LINE.exec(line);
        const dash = /^\s*-(\s|$)/.test(line);
        // A `- key: value` line above is the enclosing list item: its dash column is the new
        // limit, its key a sibling of ours rather than a parent.
        if (m && !dash) parents.push(m[3].trim());
        limit = ind;
      }
    }
    if (start === 0) break;
  }
  return { parents, key, item: item && !key, word, wordStart: offset - word.length, indent: lead[0].length };
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

function wordEnd(source: string, offset: number): number {
  const m = /^[^\s:"'\[\],{}]*/.exec(source.slice(offset))!;
  return offset + m[0].length;
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

/** Markdown for the `cible` under the cursor, or null. */
export function reviewHover(review: ParsedReview, dossier: ParsedDossier | null, offset: number): { markdown: string; start: number; end: number } | null {
  const r = review.model.remarques.find((x) => x.cible && x.cible.start <= offset && offset <= x.cible.end && x.cible.end > x.cible.start);
  if (!r || !r.cible) return validationHover(review, dossier, offset) ?? keyHover(review.text, offset);
  const at = { start: r.cible.start, end: r.cible.end };
  if (!dossier || dossier.refused || !hasDocument(dossier)) return { markdown: 'Aucun dossier relu trouvé à côté de cette revue.', ...at };
  const catalog = dossierCatalog(dossier.model);
  const res = resolveCible(r.cible.value, dossier.model, catalog);
  if (!res.ok) return { markdown: `**Cible introuvable** — ${res.message.fr}`, ...at };
  const t = res.target;
  const md = (s: string) => s.replace(/([\\`*_{}\[\]()#+!|<>])/g, '\\$1');
  switch (t.kind) {
    case 'realisation': {
      const x = t.realisation;
      const lines = [`**${md(x.intitule?.value || x.id?.value || '')}**${t.field ? ` — champ \`${t.field}\`` : ''}`, ''];
      if (x.periode?.value) lines.push(`Période : ${md(x.periode.value)}`, '');
      if (x.cadre?.value) lines.push(`Cadre : ${md(x.cadre.value)}`, '');
      const comps = (x.competences ?? []).map((c) => c.value);
      lines.push(`Compétences : ${comps.length ? comps.map((c) => `\`${c}\``).join(', ') : '(aucune)'}`);
      return { markdown: lines.join('\n'), ...at };
    }
    case 'candidat': {
      const c = dossier.model.candidat;
      const name = [c.prenom?.value, c.nom?.value].filter(Boolean).join(' ');
      const field = t.field ? `\n\n\`${t.field}\` : ${md(valueText((c as Record<string, { value?: unknown } | undefined>)[t.field]?.value ?? '(absent)'))}` : '';
      return { markdown: `**Candidat** : ${md(name || '(sans nom)')}${c.option?.value ? ` — option ${md(c.option.value)}` : ''}${field}`, ...at };
    }
    case 'competence': {
      const e = catalog.byId.get(t.id)!;
      const by = dossier.model.realisations
        .filter((x) => (x.competences ?? []).some((c) => c.value.trim() === t.id || (!e.sub && catalog.byId.get(c.value.trim())?.competence.id === t.id)))
        .map((x) => `\`${x.id?.value ?? `#${x.index + 1}`}\``);
      return { markdown: `**${t.id}** ${md(e.title)}\n\nMobilisée par : ${by.length ? by.join(', ') : '(aucune réalisation)'}`, ...at };
    }
  }
}

/** The schema's documentation of the key under the cursor (`relecteur:`, `niveau:`…), or null. */
function keyHover(source: string, offset: number): { markdown: string; start: number; end: number } | null {
  const lineStart = offset > 0 ? source.lastIndexOf('\n', offset - 1) + 1 : 0;
  const nl = source.indexOf('\n', offset);
  const line = source.slice(lineStart, nl < 0 ? source.length : nl);
  const m = /^(\s*(?:-\s+)?)([\w-]+)\s*:/.exec(line);
  if (!m) return null;
  const start = lineStart + m[1].length;
  const end = start + m[2].length;
  if (offset < start || offset > end) return null;
  const markdown = keyInfo([...lineContext(source, start).parents].reverse(), m[2]);
  return markdown ? { markdown, start, end } : null;
}

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * Edits of a review file when réalisation `oldId` becomes `newId` in the dossier: each `cible`
 * naming it, alone or with a field (`glpi` → `glpi-parc`, `glpi.periode` → `glpi-parc.periode`).
 */
export function renameEdits(review: ParsedReview, oldId: string, newId: string): OffsetEdit[] {
  const out: OffsetEdit[] = validationRenameEdits(review.text, review.model.validations, oldId, newId);
  for (const r of review.model.remarques) {
    const c = r.cible;
    if (!c || c.notString) continue;
    const v = c.value.trim();
    const rest = v === oldId ? '' : v.startsWith(`${oldId}.`) ? v.slice(oldId.length + 1) : null;
    if (rest === null || (rest !== '' && !(REALISATION_FIELDS as readonly string[]).includes(rest))) continue;
    const raw = review.text.slice(c.start, c.end);
    const at = raw.indexOf(oldId);
    if (at < 0) continue;
    out.push({ start: c.start + at, end: c.start + at + oldId.length, newText: newId });
  }
  return out;
}
