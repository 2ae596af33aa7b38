/**
 * A Markdown text of the dossier (a fiche's descriptif) as pdfmake content, from the tokens the
 * site and the fiche's HTML render (render/markdown.ts: markdown-it, raw HTML off, images off,
 * links to https:// and mailto: only). What a student writes in **gras** or as a list is bold or
 * a list in the printed fiche as on the portfolio, instead of stars and dashes in the PDF.
 * pdfmake draws plain text runs: nothing of the dossier is interpreted beyond this reading.
 */
import type { Content } from 'pdfmake/interfaces';
import { markdownTokens } from '../render/markdown';

type Token = ReturnType<typeof markdownTokens>[number];

interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
  decoration?: 'lineThrough' | 'underline';
  link?: string;
  background?: string;
  color?: string;
}

const CODE_BACKGROUND = '#eeeeee';
const QUOTE_COLOR = '#444444';
const LINK_COLOR = '#1a4d8f';

/** Inline tokens (a paragraph's, a heading's, a table cell's) as text runs. */
function runs(children: Token[] | null): Run[] {
  const out: Run[] = [];
  let bold = 0;
  let italics = 0;
  let strike = 0;
  const links: string[] = [];
  const add = (text: string, extra: Partial<Run> = {}) => {
    if (text === '') return;
    const r: Run = { text };
    if (bold) r.bold = true;
    if (italics) r.italics = true;
    if (strike) r.decoration = 'lineThrough';
    const link = links[links.length - 1];
    if (link) Object.assign(r, { link, color: LINK_COLOR, decoration: 'underline' as const });
    out.push(Object.assign(r, extra));
  };
  for (const t of children ?? []) {
    switch (t.type) {
      case 'text':
        add(t.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        add('\n');
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italics++;
        break;
      case 'em_close':
        italics--;
        break;
      case 's_open':
        strike++;
        break;
      case 's_close':
        strike--;
        break;
      case 'code_inline':
        add(t.content, { background: CODE_BACKGROUND });
        break;
      case 'link_open':
        links.push(t.attrGet('href') ?? '');
        break;
      case 'link_close':
        links.pop();
        break;
      default:
        // html_inline cannot occur (raw HTML is off), images are off: any other token keeps its text.
        if (t.content) add(t.content);
    }
  }
  return out;
}

/** The blocks from tokens[i] until the closing token `until` (or the end); returns them and the index after it. */
function blocks(tokens: Token[], i: number, fontSize: number, until: string | null): [Content[], number] {
  const out: Content[] = [];
  while (i < tokens.length) {
    const t = tokens[i];
    if (until && t.type === until) return [out, i + 1];
    switch (t.type) {
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        // Inside a tight list, markdown-it hides the paragraph: no space under each item.
        out.push({ text: runs(inline.children), margin: t.hidden ? [0, 0, 0, 0] : [0, 0, 0, 4] } as Content);
        i += 3;
        continue;
      }
      case 'heading_open': {
        const level = Number(t.tag.slice(1));
        out.push({ text: runs(tokens[i + 1].children), bold: true, fontSize: fontSize + Math.max(0, 3 - level), margin: [0, 4, 0, 2] });
        i += 3;
        continue;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const items: Content[] = [];
        const close = t.type === 'bullet_list_open' ? 'bullet_list_close' : 'ordered_list_close';
        i++;
        while (i < tokens.length && tokens[i].type !== close) {
          if (tokens[i].type === 'list_item_open') {
            const [inner, next] = blocks(tokens, i + 1, fontSize, 'list_item_close');
            items.push(inner.length === 1 ? inner[0] : { stack: inner });
            i = next;
          } else i++;
        }
        i++;
        if (t.type === 'bullet_list_open') out.push({ ul: items, margin: [0, 0, 0, 4] });
        else out.push({ ol: items, start: Number(t.attrGet('start') ?? 1), margin: [0, 0, 0, 4] });
        continue;
      }
      case 'blockquote_open': {
        const [inner, next] = blocks(tokens, i + 1, fontSize, 'blockquote_close');
        out.push({ stack: inner, italics: true, color: QUOTE_COLOR, margin: [10, 0, 0, 4] });
        i = next;
        continue;
      }
      case 'fence':
      case 'code_block':
        out.push({ text: t.content.replace(/\n$/, ''), preserveLeadingSpaces: true, background: CODE_BACKGROUND, margin: [0, 0, 0, 4] });
        break;
      case 'hr':
        out.push({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.5, lineColor: '#999999' }], margin: [0, 2, 0, 6] });
        break;
      case 'table_open': {
        const [rows, next] = tableRows(tokens, i + 1);
        if (rows.length) {
          const width = Math.max(...rows.map((r) => r.length));
          const body = rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => ({ text: '' }))]);
          out.push({ table: { headerRows: 1, body }, margin: [0, 0, 0, 4] });
        }
        i = next;
        continue;
      }
      default:
        break;
    }
    i++;
  }
  return [out, i];
}

/** A table's rows of cells (the header row bold), and the index after `table_close`. */
function tableRows(tokens: Token[], i: number): [Content[][], number] {
  const rows: Content[][] = [];
  let row: Content[] | null = null;
  for (; i < tokens.length && tokens[i].type !== 'table_close'; i++) {
    const t = tokens[i];
    if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) rows.push(row);
    else if ((t.type === 'th_open' || t.type === 'td_open') && row) {
      row.push({ text: runs(tokens[i + 1].children), bold: t.type === 'th_open' });
      i += 2;
    }
  }
  return [rows, i + 1];
}

/** The text as pdfmake blocks; an empty text is an em dash (nothing written), as on the form. */
export function markdownPdf(text: string, fontSize: number, emptyColor: string): Content {
  if (text.trim() === '') return laidOut([], fontSize, emptyColor);
  return isPlain(text) ? laidOut(plainBlocks(text), fontSize, emptyColor) : markdownPdfParsed(text, fontSize, emptyColor);
}

/** The same through markdown-it whatever the text (the reference of the plain-text path's test). */
export function markdownPdfParsed(text: string, fontSize: number, emptyColor: string): Content {
  return laidOut(text.trim() === '' ? [] : blocks(markdownTokens(text), 0, fontSize, null)[0], fontSize, emptyColor);
}

function laidOut(content: Content[], fontSize: number, emptyColor: string): Content {
  if (content.length === 0) return { text: '—', color: emptyColor, fontSize };
  return { stack: content, fontSize };
}

/**
 * A text in which markdown-it would find no syntax at all: no character that starts an inline
 * or block construct, no line that opens a list, a heading underline or indented code. Most
 * descriptifs are such prose; they are read here as markdown-it reads them (paragraphs between
 * blank lines, a line break at each line end, the spaces around it dropped), so that a fresh
 * `sio-dossier pdf` does not load markdown-it for them (test: markdownPdf.test.ts compares both
 * readings on random texts).
 */
const SYNTAX_CHAR = /[\\`*_[\]<>#!&|~=+\t\r\0]/;
const SYNTAX_LINE = /^ {0,3}(?:[-+*]|\d{1,9}[.)])|^ {4}/m;

export function isPlain(text: string): boolean {
  return !SYNTAX_CHAR.test(text) && !SYNTAX_LINE.test(text);
}

function plainBlocks(text: string): Content[] {
  const out: Content[] = [];
  for (const para of text.split(/\n(?:[ ]*\n)+/)) {
    // Only the ASCII space counts as blank, as in markdown-it: a no-break space is text.
    const content = para.replace(/^[ \n]+|[ \n]+$/g, '');
    if (content === '') continue;
    const runs: Run[] = [];
    const lines = content.split('\n');
    lines.forEach((line, k) => {
      const seg = (k > 0 ? line.replace(/^ +/, '') : line).replace(/ +$/, '');
      if (seg !== '') runs.push({ text: seg });
      if (k < lines.length - 1) runs.push({ text: '\n' });
    });
    out.push({ text: runs, margin: [0, 0, 0, 4] } as Content);
  }
  return out;
}
