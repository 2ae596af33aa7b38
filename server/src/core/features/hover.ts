/**
 * Hover: on a competence id, its title, sub-competences and the réalisations of this dossier that
 * mobilise it, then the référentiel's indicators and savoirs folded (competenceDoc.ts); on a period, its length and the school year of the session
 * it falls in; on a key (or a value with no more specific help), the schema's title and description.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Hover, MarkupKind } from 'vscode-languageserver-types';
import { kindOf, type RealisationSrc } from '../model';
import type { ParsedDossier } from '../parse';
import { parsePeriode, periodeInfo } from '../periode';
import { formatWeeks } from '../periode/calendar';
import { EXPLANATION } from '../periode/messages';
import type { RuleContext } from '../rules/context';
import { competenceMarkdown, md } from './competenceDoc';
import { valueDetail } from './completion';
import { nodeAt } from './nodeAt';
import type { FeatureOptions } from './options';
import { dossierContext, say, tr } from './options';
import { ITEM, keyDoc, schemaAt } from './schemaInfo';
import { citationsOf, competenceAt } from './usages';
import { valueText } from '../text/valueText';

/** Beyond this many réalisations, the list is cut ("… and 12 more"). */
const MAX_LISTED = 15;

export function hover(doc: TextDocument, parsed: ParsedDossier, position: { line: number; character: number }, opts: FeatureOptions): Hover | null {
  const ctx = dossierContext(parsed, opts);
  if (!ctx) return null;
  const offset = doc.offsetAt(position);
  const range = (start: number, end: number) => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
  const md = (value: string, start: number, end: number): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range: range(start, end) });

  const cited = competenceAt(ctx.model, offset);
  if (cited) {
    const value = competenceHover(ctx, cited.str.value.trim(), opts);
    return value ? md(value, cited.str.start, cited.str.end) : null;
  }
  const n = nodeAt(parsed.doc, offset);
  if (!n) return null;
  const key = n.path[n.path.length - 1];
  if (!n.onKey && key === 'periode' && n.path.length === 3 && n.path[1] === ITEM) {
    const value = periodeHover(valueText((n.node as { value?: unknown }).value), ctx, opts);
    if (value) return md(value, n.start, n.end);
  }
  const schema = schemaAt(n.path);
  if (!schema?.title || key === ITEM) return null;
  // On a closed value (`option: SISR`), say what the value names, in the référentiel's words.
  const detail = n.onKey ? undefined : valueDetail(key, valueText((n.node as { value?: unknown }).value), kindOf(parsed.model));
  return md((detail ? `\`${valueText((n.node as { value?: unknown }).value)}\` — ${detail}\n\n---\n\n` : '') + keyDoc(key, schema), n.start, n.end);
}

function realisationLine(r: RealisationSrc): string {
  const name = r.intitule?.value ? ` — ${md(r.intitule.value)}` : '';
  const when = r.periode?.value ? ` (${md(r.periode.value)})` : '';
  return `- \`${r.id?.value || `#${r.index + 1}`}\`${name}${when}`;
}

export function competenceHover(ctx: RuleContext, id: string, opts: FeatureOptions): string | null {
  const entry = ctx.catalog.byId.get(id);
  if (!entry) return null;
  const users: RealisationSrc[] = [];
  for (const c of citationsOf(ctx.catalog, ctx.model, id)) if (!users.includes(c.realisation)) users.push(c.realisation);
  // The id under the cursor is itself a citation, so the list is never empty.
  const lines = [`**${tr(opts, `Mobilisée dans ${users.length} réalisation${users.length > 1 ? 's' : ''}`, `Mobilised in ${users.length} réalisation${users.length > 1 ? 's' : ''}`)}**`, ''];
  for (const r of users.slice(0, MAX_LISTED)) lines.push(realisationLine(r));
  if (users.length > MAX_LISTED) lines.push(`- ${tr(opts, `… et ${users.length - MAX_LISTED} autres`, `… and ${users.length - MAX_LISTED} more`)}`);
  // Sub-competences and this dossier's uses first; indicators and savoirs folded below.
  return competenceMarkdown(entry, ctx.catalog, opts, { middle: lines, fold: true });
}

function periodeHover(value: string, ctx: RuleContext, opts: FeatureOptions): string | null {
  const r = parsePeriode(value);
  // Badly written: the long explanation the one-line diagnostic leaves out (docs/periodes.md).
  const badly = !r.ok && r.findings.some((f) => f.code === 'date-format');
  const explain = `**${tr(opts, 'Période mal écrite', 'Badly written period')}** — ${say(opts, EXPLANATION)}`;
  if (!r.ok) return badly ? explain : null;
  const info = periodeInfo(r.value, ctx.session);
  const days = tr(opts, `${info.days} jour${info.days > 1 ? 's' : ''}`, `${info.days} day${info.days > 1 ? 's' : ''}`);
  const weeks = formatWeeks(info.weeks, opts.locale);
  const w = tr(opts, `${weeks} semaine${info.weeks >= 2 ? 's' : ''}`, `${weeks} week${info.weeks === 1 ? '' : 's'}`);
  return [`**${tr(opts, 'Période', 'Period')}** ${r.value.canonical}`, '', `${tr(opts, 'Durée :', 'Length:')} ${days} (${w})`, '', capitalise(say(opts, info.schoolYear))].join('\n');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
