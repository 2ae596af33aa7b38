/**
 * The site agrees with the PDF of the same dossier, read back as a jury reads it (pdftotext):
 * every réalisation page's intitulé and période are printed in the PDF, and the site's
 * Tableau page offers that very PDF when it was exported next to the dossier.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { allPages, fold } from '../export/pdfText';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const unescape = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('portfolio site and PDF of the same dossier', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sio-site-pdf-'));
    cpSync(path.join(ROOT, 'examples'), dir, { recursive: true, filter: (f) => !/[/\\]out([/\\]|$)|-site([/\\]|$)/.test(f) });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints every réalisation and période of the site in the PDF, and the Tableau page links the PDF', () => {
    const dossier = path.join(dir, 'lea-martin-sisr.sio.yaml');
    assert.equal(spawnSync(process.execPath, [CLI, 'pdf', dossier], { encoding: 'utf8' }).status, 0);
    const site = spawnSync(process.execPath, [CLI, 'site', dossier], { encoding: 'utf8' });
    assert.equal(site.status, 0, site.stderr);
    const out = path.join(dir, 'lea-martin-sisr-site');
    const pdf = fold(allPages(path.join(dir, 'lea-martin-sisr.pdf'), '-raw').join('\n'));
    const pages = readdirSync(out).filter((f) => f.startsWith('realisation-'));
    assert.equal(pages.length, 6);
    for (const file of pages) {
      const html = readFileSync(path.join(out, file), 'utf8');
      const title = unescape(/<h1>([^<]*)<\/h1>/.exec(html)![1]);
      const periode = unescape(/<dt>Période<\/dt><dd>([^<]*)<\/dd>/.exec(html)![1]);
      assert.ok(pdf.includes(fold(title)), `${file}: « ${title} » absent du PDF`);
      assert.ok(pdf.includes(fold(periode)), `${file}: période « ${periode} » absente du PDF`);
    }
    assert.match(readFileSync(path.join(out, 'tableau.html'), 'utf8'), /<a href="telechargements\/lea-martin-sisr.pdf">Le dossier en PDF<\/a>/);
    assert.ok(existsSync(path.join(out, 'telechargements', 'lea-martin-sisr.pdf')));
  });
});
