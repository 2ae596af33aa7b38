/** Small pieces the site's pages share: definition lists, documents, periods, cadres. */
import type { DocumentItemSrc, Str } from '../../../core/model';
import { parsePeriode, printedPeriode } from '../../../core/periode';
import { GROUP_TITLES } from '../../../core/table/build';
import { escapeHtml, httpUrl } from '../../render/escape';
import type { SiteContext } from '../context';
import { markdownHtml } from '../../render/markdown';

export const h = escapeHtml;

/** `<dl>` of the non-empty fields, in order. */
export function facts(rows: [string, string | undefined][]): string {
  const shown = rows.filter(([, v]) => v !== undefined && v.trim() !== '');
  if (shown.length === 0) return '';
  return '<dl class="facts">' + shown.map(([k, v]) => `<div><dt>${h(k)}</dt><dd>${v}</dd></div>`).join('') + '</dl>';
}

/** A period as the tableau prints it (`du JJ/MM/AA au JJ/MM/AA`) when readable, else as typed. */
export function periodeText(s: Str | undefined): string {
  const raw = s?.value ?? '';
  const r = raw ? parsePeriode(raw) : null;
  return r && r.ok ? printedPeriode(r.value) : raw;
}

export function cadreLabel(value: string | undefined): string {
  return value === 'formation' || value === 'stage-1' || value === 'stage-2' ? GROUP_TITLES[value] : '';
}

/** An http(s) or mailto address as a link, anything else as text. */
export function linkOrText(value: string, label?: string): string {
  const v = value.trim();
  const href = httpUrl(v) ?? (/^mailto:[^\s<>"]+@[^\s<>"]+$/i.test(v) ? v : null);
  return href ? `<a href="${h(href)}">${h(label ?? v)}</a>` : h(label ?? v);
}

/** A local file: a link into the site when it was published, else its name and why not. */
export function fileLink(ctx: SiteContext, value: string | undefined, label: string): string {
  const href = ctx.fileHref(value);
  if (href) return `<a href="${h(href)}">${h(label)}</a>`;
  return `${h(label)} <span class="not-published">(fichier non publié)</span>`;
}

export function documentsList(ctx: SiteContext, items: DocumentItemSrc[]): string {
  if (items.length === 0) return '';
  const li = items.map((d) => {
    if (d.kind === 'texte') return `<li>${linkOrText(d.value.value)}</li>`;
    const label = d.titre?.value || d.fichier?.value || 'Document';
    return `<li>${fileLink(ctx, d.fichier?.value, label)}</li>`;
  });
  return `<ul class="documents">${li.join('')}</ul>`;
}

export function markdownBlock(text: string | undefined, headingBase = 3): string {
  const html = markdownHtml(text ?? '', headingBase);
  return html ? `<div class="prose">${html}</div>` : '';
}
