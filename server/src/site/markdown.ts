/**
 * Markdown of the descriptions, the presentation and the veille, rendered with markdown-it
 * (maintained, CommonMark). Raw HTML is off, so `<script>` in a dossier stays visible text;
 * links go only to http(s) and mailto addresses (never javascript:, data:, file: nor a path
 * the site does not contain); images are off (a published file is a `{ titre, fichier }`
 * document, whose alternative is its title). Headings are pushed under the page's own
 * heading, so a « # Titre » in a description keeps one h1 per page and the heading order.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });
md.disable(['image']);
md.validateLink = (url: string) => /^(https?:\/\/|mailto:)/i.test(url.trim());

md.core.ruler.push('sio-heading-levels', (state) => {
  const base = (state.env as { headingBase?: number }).headingBase ?? 2;
  for (const t of state.tokens) {
    if (t.type === 'heading_open' || t.type === 'heading_close') {
      const level = Math.min(6, Number(t.tag.slice(1)) + base - 1);
      t.tag = `h${level}`;
    }
  }
  return true;
});

/** HTML of a Markdown text; `headingBase` is the level a « # » heading takes (2 under a page's h1). */
export function markdownHtml(text: string, headingBase = 2): string {
  if (text.trim() === '') return '';
  return md.render(text, { headingBase });
}
