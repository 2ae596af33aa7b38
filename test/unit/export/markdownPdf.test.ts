/**
 * The descriptif of a fiche, written in Markdown, reads the same in the printed fiche as on the
 * portfolio site: bold, lists and links laid out by pdfmake from markdown-it's tokens, never
 * the stars and dashes; nothing of the text is interpreted beyond that reading.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import type { Content } from 'pdfmake/interfaces';
import fc from 'fast-check';
import { isPlain, markdownPdf, markdownPdfParsed } from '../../../server/src/products/pdf/markdownPdf';
import { renderPdf } from '../../../server/src/products/pdf/pdf';
import { markdownHtml } from '../../../server/src/products/render/markdown';
import { fichesHtml } from '../../../server/src/products/render/ficheHtml';
import { allPages, fold, tmpPdf } from './pdfText';
import { loadModel } from '../../support/synthese';

const DESCRIPTIF = [
  '**Contexte** : le lycée perdait ses sauvegardes.',
  '',
  'Étapes :',
  '',
  '- installation de *Bacula* ;',
  '- essai de restauration ;',
  '',
  '1. premier point',
  '2. second point',
  '',
  'Voir [la procédure](https://git.example/lea/procedure) et [ceci](javascript:alert(1)), `rsync -a`.',
  '',
  '<script>alert(1)</script>'
].join('\n');

/** Every text run of pdfmake content, with its styles, in order. */
function runs(c: Content | Content[] | string, inherited: { bold?: boolean; italics?: boolean } = {}): { text: string; bold: boolean; italics: boolean; link?: string }[] {
  if (typeof c === 'string') return [{ text: c, bold: !!inherited.bold, italics: !!inherited.italics }];
  if (Array.isArray(c)) return c.flatMap((x) => runs(x, inherited));
  const o = c as unknown as Record<string, unknown>;
  const style = { bold: (o.bold as boolean | undefined) ?? inherited.bold, italics: (o.italics as boolean | undefined) ?? inherited.italics };
  for (const k of ['stack', 'ul', 'ol']) if (Array.isArray(o[k])) return runs(o[k] as Content[], style);
  if (o.text === undefined) return [];
  if (typeof o.text === 'string') return [{ text: o.text, bold: !!style.bold, italics: !!style.italics, link: o.link as string | undefined }];
  return runs(o.text as Content[], style);
}

describe('Markdown of a fiche’s descriptif in the PDF', () => {
  it('lays out bold, italics, lists, links and code as the site shows them', () => {
    const content = markdownPdf(DESCRIPTIF, 9, '#777') as { stack: Content[] };
    const all = runs(content);
    const text = all.map((r) => r.text).join('');
    assert.ok(!text.includes('**') && !text.includes('- installation'), `no Markdown marks left: ${text}`);
    assert.deepEqual(all.find((r) => r.text === 'Contexte'), { text: 'Contexte', bold: true, italics: false, link: undefined });
    assert.ok(all.some((r) => r.text === 'Bacula' && r.italics));
    const lists = content.stack.filter((b) => 'ul' in (b as object) || 'ol' in (b as object)) as ({ ul: Content[] } | { ol: Content[] })[];
    assert.equal(lists.length, 2, 'a bullet list and a numbered list');
    assert.equal(('ul' in lists[0] ? lists[0].ul : []).length, 2);
    assert.equal(('ol' in lists[1] ? lists[1].ol : []).length, 2);
    assert.equal(all.find((r) => r.text === 'la procédure')?.link, 'https://git.example/lea/procedure', 'an https link is a link');
    assert.ok(!all.some((r) => r.link?.startsWith('javascript')), 'a javascript: link is not');
    assert.ok(text.includes('rsync -a'));
    assert.ok(text.includes('<script>alert(1)</script>'), 'raw HTML stays visible text, as on the site');
    // The same words as the site's reading of the same text.
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    const site = markdownHtml(DESCRIPTIF).replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.deepEqual(words(all.map((r) => r.text).join(' ')), words(site));
  });

  it('prints an em dash for an empty descriptif', () => {
    assert.deepEqual(markdownPdf('  \n', 9, '#777'), { text: '—', color: '#777', fontSize: 9 });
  });

  it('prints the descriptif in bold and as a list in the exported fiche, as the fiche preview shows it', async () => {
    const model = loadModel('typique');
    model.fiches[0].description = DESCRIPTIF;
    const { bytes } = await renderPdf(model, { creationDate: new Date(Date.UTC(2026, 2, 13)) });
    const file = tmpPdf(bytes);
    const text = fold(allPages(file).join('\n'));
    assert.ok(text.includes('Contexte : le lycée perdait ses sauvegardes.'), 'the sentence without its stars');
    assert.ok(!text.includes('**Contexte**'));
    assert.ok(text.includes('installation de Bacula ;') && text.includes('essai de restauration ;'));
    const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', file], { encoding: 'utf8' });
    assert.match(xml, /<b>Contexte<\/b>/, 'drawn in the bold face');
    const html = fichesHtml(model);
    assert.match(html, /<strong>Contexte<\/strong>/);
    assert.match(html, /<li>installation de <em>Bacula<\/em> ;<\/li>/);
    assert.ok(!html.includes('<script>'), 'raw HTML escaped in the preview too');
  });
});

describe('plain-text descriptifs, read without loading markdown-it', () => {
  it('read exactly as markdown-it reads them, on random prose', () => {
    const piece = fc.constantFrom('Installation', 'd’un', 'serveur', 'GLPI', 'é', 'x', ' ', ' ', '  ', '   ', '\n', '\n', '\n\n', '\n  \n', '\u00a0', '\u202f', ':', ';', ',', '.', '(', ')', '«', '»', '—', '%', '@', '$', '{', '}', '^', '/', '"', "'", '?', '-', '3', '2025', 'https://exemple.fr', ' - ', '1.', '*', '_', '#', '    ', '\t', '[x]', '&amp;');
    let plain = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        if (!isPlain(text)) return;
        plain++;
        assert.deepEqual(markdownPdf(text, 9, '#777'), markdownPdfParsed(text, 9, '#777'), JSON.stringify(text));
      }),
      { seed: 20261202, numRuns: 3000 }
    );
    assert.ok(plain > 500, `${plain} plain texts compared`);
  });

  it('the examples’ descriptifs are plain text; Markdown syntax is not', () => {
    assert.ok(isPlain('Installation d’un serveur GLPI sous Debian, inventaire automatique des postes\navec l’agent GLPI.\n'));
    for (const md of ['**gras**', '- liste', '1. liste', 'titre\n---', '# titre', '[lien](https://x.fr)', 'a\n    code', '`code`', '&amp;', '> citation', 'a_b_']) assert.ok(!isPlain(md), md);
  });
});
