/**
 * Identity and links: unique réalisation ids (review notes point at them), the portfolio that
 * the bloc-1 épreuve requires (an inaccessible portfolio costs 10 points), valid http(s) links,
 * and text silently cut by a YAML comment.
 */
import type { Finding } from '../finding';
import { text } from '../l10n';
import type { Str } from '../model';
import type { RuleContext } from './context';
import { memoized } from '../text/memo';

/** Whether `value` is a full http(s) address (memoized: the URL parser is the costly part of a keystroke's rules at 2,000 réalisations). */
export const isHttpUrl = memoized(httpUrl);

function httpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname && !/\s/.test(value);
  } catch {
    return false;
  }
}

function looksLikeLink(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-z]:\\/i.test(value) ? true : /^www\./i.test(value);
}

export function realisationRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const ids = new Map<string, Str>();
  for (const r of ctx.model.realisations) {
    const id = r.id;
    if (!id || !id.value) continue;
    const first = ids.get(id.value);
    if (first) {
      out.push({
        code: 'realisation-duplicate-id',
        severity: 'error',
        message: text(
          `L’identifiant « ${id.value} » est déjà utilisé par une autre réalisation : chaque réalisation a un id unique.`,
          `The id "${id.value}" is already used by another réalisation: each réalisation needs a unique id.`
        ),
        start: id.start,
        end: id.end
      });
    } else ids.set(id.value, id);
    // The title of a { titre, fichier } document is not a link, whatever it looks like.
    for (const d of r.documentItems) if (d.kind === 'texte') checkLink(d.value, out, false);
  }
  const c = ctx.model.candidat;
  if (ctx.ref.kind === 'bts-sio') {
    const p = c.portfolio;
    if (!p || !p.value.trim()) {
      const at = p ? { start: p.keyStart ?? p.start, end: p.keyEnd ?? p.end } : c.key ?? { start: 0, end: 0 };
      out.push({
        code: 'portfolio-missing',
        severity: 'warning',
        message: text(
          'Indiquez l’adresse de votre portfolio (candidat.portfolio) : un portfolio absent ou inaccessible le jour de l’épreuve coûte 10 points.',
          'Give your portfolio address (candidat.portfolio): a portfolio missing or inaccessible on the day of the exam costs 10 points.'
        ),
        start: at.start,
        end: at.end
      });
    } else checkLink(p, out, true);
    if (!c.option || !c.option.value) {
      const at = c.key ?? { start: 0, end: 0 };
      out.push({
        code: 'option-missing',
        severity: 'warning',
        message: text(
          'Précisez l’option du BTS (candidat.option : SISR ou SLAM) : le bloc 2 et les fiches descriptives en dépendent.',
          'Set the BTS option (candidat.option: SISR or SLAM): bloc 2 and the fiches descriptives depend on it.'
        ),
        start: at.start,
        end: at.end
      });
    }
  }
  out.push(...commentCuts(ctx));
  return out;
}

function checkLink(s: Str, out: Finding[], mustBeLink: boolean): void {
  const v = s.value.trim();
  if (!mustBeLink && !looksLikeLink(v)) return;
  // A file: link is unreachable rather than malformed: url-locale (rules/portfolio.ts) says so.
  if (!mustBeLink && /^file:/i.test(v)) return;
  if (isHttpUrl(v)) return;
  const fixed = /^www\./i.test(v) ? `https://${v}` : null;
  out.push({
    code: 'url-invalid',
    severity: mustBeLink ? 'error' : 'warning',
    message: text(
      `Lien non valide « ${v} » : seule une adresse http:// ou https:// complète est acceptée (ex. https://exemple.fr/portfolio).`,
      `Invalid link "${v}": only a full http:// or https:// address is accepted (e.g. https://example.org/portfolio).`
    ),
    start: s.start,
    end: s.end,
    data: fixed ? { kind: 'replace', replacements: [{ text: fixed, title: text(`Remplacer par « ${fixed} »`, `Replace with "${fixed}"`) }] } : undefined
  });
}

/** `intitule: Serveur web #2` silently becomes "Serveur web": say so and offer quotes. */
function commentCuts(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const fields: (Str | undefined)[] = [];
  for (const r of ctx.model.realisations) fields.push(r.intitule, r.organisation, r.lieu, ...r.documents);
  for (const s of fields) {
    if (!s || !s.plain) continue;
    // A comment follows a blank: most values end their line, and cost no slice nor regexp.
    const next = ctx.source.charCodeAt(s.end);
    if (next !== 32 && next !== 9) continue;
    const rest = ctx.source.slice(s.end, s.end + 200);
    const m = /^[ \t]+#([^\r\n]*)/.exec(rest);
    if (!m) continue;
    const full = `${s.value} #${m[1]}`.trimEnd();
    out.push({
      code: 'yaml-comment',
      severity: 'warning',
      message: text(
        `Le texte après « # » est lu comme un commentaire et sera perdu (« #${m[1].trim()} »). Mettez la valeur entre guillemets.`,
        `The text after "#" is read as a comment and will be lost ("#${m[1].trim()}"). Put the value in quotes.`
      ),
      start: s.start,
      end: s.end + m[0].length,
      data: { kind: 'replace', replacements: [{ text: JSON.stringify(full), title: text('Mettre le texte entier entre guillemets', 'Quote the whole text') }] }
    });
  }
  return out;
}
