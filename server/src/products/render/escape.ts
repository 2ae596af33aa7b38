/**
 * The only two gates between a student's dossier and the preview's HTML.
 * Everything a dossier says (titles, documents, names…) is text: it goes through
 * `escapeHtml` before it reaches markup, in element content and in attribute values alike.
 * A document becomes a link only when `httpUrl` accepts it, so `javascript:`, `data:`,
 * `file:` or `vscode:` addresses stay plain text.
 */
import { valueText } from '../../core/text/valueText';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
};

/** Escapes the five characters that can end a text node or a quoted attribute value. */
export function escapeHtml(value: unknown): string {
  const s = valueText(value, Infinity);
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * The canonical form of an http(s) address, or null for anything else (including
 * text that merely contains an address, or one with spaces or control characters that
 * browsers would silently strip).
 */
export function httpUrl(text: string): string | null {
  const s = text.trim();
  // Browsers drop tabs/newlines inside URLs ("java\tscript:"): refuse them rather than guess.
  if (s === '' || /[\s\u0000-\u001f\u007f]/.test(s)) return null;
  if (!/^https?:\/\//i.test(s)) return null;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '') return null;
  return url.href;
}

/**
 * How the form is drawn for its host. The webview (default) marks rows and links for its page
 * script (tabindex, data-line, data-href); a published page (the portfolio site) has no script,
 * so it gets plain markup, and may link each réalisation to its own page.
 */
export interface FormOptions {
  /** False for a page without the preview's script: no data-line, data-href nor tabindex. */
  interactive?: boolean;
  /** The page of a réalisation (site), from its id; the intitulé becomes a link. */
  realisationHref?: (id: string) => string | null;
  /** A <caption> on each table (a page read on its own; the webview shows the form's look only). */
  captions?: boolean;
}

/** The table's <caption> when the host asks for one. */
export function captionHtml(form: FormOptions, label: string): string {
  return form.captions ? `<caption>${escapeHtml(label)}</caption>` : '';
}

/** A document of the dossier: a link when it is an http(s) address, text otherwise. */
export function documentHtml(doc: string, opts: FormOptions = {}): string {
  const href = httpUrl(doc);
  if (href === null) return `<span class="doc-text">${textWithLinks(doc, opts)}</span>`;
  return link(href, doc.trim(), opts);
}

function link(href: string, label: string, opts: FormOptions): string {
  const h = escapeHtml(href);
  const data = opts.interactive === false ? '' : ` data-href="${h}"`;
  return `<a class="doc-link" href="${h}"${data}>${escapeHtml(label)}</a>`;
}

/**
 * « Dépôt Git https://… »: the address inside a document's text is a link too (issue 25), the
 * rest stays text. A closing punctuation mark after the address is not part of it.
 */
function textWithLinks(doc: string, opts: FormOptions): string {
  let out = '';
  let last = 0;
  for (const m of doc.matchAll(/https?:\/\/[^\s<>"«»]+/gi)) {
    const raw = m[0].replace(/[.,;:!?)\]}'’]+$/, '');
    const href = httpUrl(raw);
    if (!href) continue;
    out += escapeHtml(doc.slice(last, m.index)) + link(href, raw, opts);
    last = m.index! + raw.length;
  }
  return out + escapeHtml(doc.slice(last));
}

/** `name="value"` pairs for data-* attributes, each value escaped. */
export function dataAttrs(attrs: Record<string, string | number | undefined>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`)
    .join('');
}

/** ☒ / ☐ as printed on the official forms, with a screen-reader wording. */
export function checkbox(checked: boolean): string {
  return checked
    ? '<span class="box is-checked" role="img" aria-label="coché">☒</span>'
    : '<span class="box" role="img" aria-label="non coché">☐</span>';
}

/** Multi-line text of the dossier (newlines kept by CSS `white-space: pre-line`). */
export function textBlock(text: string, cls = 'text-block'): string {
  return `<div class="${cls}">${escapeHtml(text)}</div>`;
}
