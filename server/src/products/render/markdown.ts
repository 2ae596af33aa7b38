/**
 * Markdown of the descriptions, the presentation and the veille, rendered with markdown-it for the
 * site and the fiches descriptives (HTML here, PDF in products/pdf/markdownPdf.ts, from the same tokens)
 * (maintained, CommonMark). Raw HTML is off, so `<script>` in a dossier stays visible text;
 * links go only to http(s) and mailto addresses (never javascript:, data:, file: nor a path
 * the site does not contain); images are off (a published file is a `{ titre, fichier }`
 * document, whose alternative is its title). Headings are pushed under the page's own
 * heading, so a « # Titre » in a description keeps one h1 per page and the heading order.
 */
import type MarkdownIt from 'markdown-it';

let parser: MarkdownIt | null = null;

/**
 * markdown-it is loaded on first use, not with the bundle: a fresh `sio-dossier pdf` whose
 * descriptifs are plain text never needs it (products/pdf/markdownPdf.ts reads those itself), and
 * loading it costs ~15 ms of a ~280 ms export.
 */
function md(): MarkdownIt {
  if (parser) return parser;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ctor = require('markdown-it') as typeof MarkdownIt;
  const m = new Ctor({ html: false, linkify: false, typographer: false, breaks: true });
  m.disable(['image']);
  m.validateLink = (url: string) => /^(https?:\/\/|mailto:)/i.test(url.trim());
  m.core.ruler.push('sio-heading-levels', (state) => {
    const base = (state.env as { headingBase?: number }).headingBase ?? 2;
    for (const t of state.tokens) {
      if (t.type === 'heading_open' || t.type === 'heading_close') {
        const level = Math.min(6, Number(t.tag.slice(1)) + base - 1);
        t.tag = `h${level}`;
      }
    }
    return true;
  });
  parser = m;
  return m;
}

/** HTML of a Markdown text; `headingBase` is the level a « # » heading takes (2 under a page's h1). */
export function markdownHtml(text: string, headingBase = 2): string {
  if (text.trim() === '') return '';
  return md().render(text, { headingBase });
}

/** The same reading as tokens (the PDF lays them out: products/pdf/markdownPdf.ts). */
export function markdownTokens(text: string): ReturnType<MarkdownIt['parse']> {
  return md().parse(text, { headingBase: 1 });
}
