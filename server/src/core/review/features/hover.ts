/**
 * Hover in a review file: the dossier's réalisation, candidat or competence a `cible` names, a
 * decision's claim (validationEditor.ts), else the schema's documentation of the key. Also the
 * other way round: on a citation of the *dossier*, the teaching team's decision on that claim,
 * after the competence's own doc.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Hover, MarkupKind, Position } from 'vscode-languageserver-types';
import { hasDocument, type ParsedDossier } from '../../parse';
import { valueText } from '../../text/valueText';
import { dossierCatalog } from '../epreuves';
import { keyInfo } from '../keys';
import { lineContext } from '../lineContext';
import type { ParsedReview } from '../parse';
import { resolveCible } from '../targets';
import { validationHover } from '../validationEditor';
import { decisionHover } from '../validationFindings';

/** The LSP hover at `pos` in a review file, or null. */
export function hover(doc: TextDocument, review: ParsedReview, dossier: ParsedDossier | null, pos: Position): Hover | null {
  const h = reviewHover(review, dossier, doc.offsetAt(pos));
  if (!h) return null;
  return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: { start: doc.positionAt(h.start), end: doc.positionAt(h.end) } };
}

/** A dossier's hover (`base`, maybe null) followed by the review's decision on the citation under `pos`. */
export function withDecision(base: Hover | null, doc: TextDocument, parsed: ParsedDossier, review: ParsedReview | null, pos: Position): Hover | null {
  if (!review) return base;
  const offset = doc.offsetAt(pos);
  const line = decisionHover(parsed, review, offset);
  if (!line) return base;
  if (!base) {
    const c = parsed.model.realisations.flatMap((r) => r.competences ?? []).find((x) => x.start <= offset && offset <= x.end)!;
    return { contents: { kind: MarkupKind.Markdown, value: line }, range: { start: doc.positionAt(c.start), end: doc.positionAt(c.end) } };
  }
  const contents = base.contents;
  const value = typeof contents === 'object' && 'kind' in contents ? contents.value : String(contents);
  return { ...base, contents: { kind: MarkupKind.Markdown, value: `${value}\n\n---\n\n${line}` } };
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

