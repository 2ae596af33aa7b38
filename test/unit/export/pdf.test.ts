import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { SyntheseModel } from '../../../server/src/protocol/synthese';
import { renderPdf } from '../../../server/src/products/pdf/pdf';
import { periodText } from '../../../server/src/products/pdf/tableau';
import { LARGE_ROWS, largeModel } from '../../fixtures/synthese/large';
import { allPages, fold, outline, pageCount, pageSizes, pdfInfo, tmpPdf } from './pdfText';
import { loadModel } from '../../support/synthese';

const DATE = new Date(Date.UTC(2026, 2, 13, 12, 0, 0));

async function exportFile(model: SyntheseModel, includeEvaluation = false): Promise<{ file: string; bytes: Buffer; warnings: { fr: string; en: string }[] }> {
  const { bytes, warnings } = await renderPdf(model, { creationDate: DATE, includeEvaluation });
  return { file: tmpPdf(bytes), bytes, warnings };
}

const rowsOf = (m: SyntheseModel) => m.groups.flatMap((g) => g.rows);

/** Each group row is on the page of its first réalisation (no orphan group row at a page bottom). */
function assertGroupsKeptWithFirstRow(model: SyntheseModel, pages: string[]): void {
  for (const g of model.groups.filter((x) => x.rows.length > 0)) {
    const groupPage = pages.findIndex((p) => fold(p).includes(fold(g.title)));
    assert.ok(groupPage >= 0, g.title);
    assert.ok(fold(pages[groupPage]).includes(fold(g.rows[0].intitule)), `${g.title} on page ${groupPage + 1} with its first réalisation`);
  }
}

describe('PDF export of a typical SISR dossier', () => {
  const model = loadModel('typique');
  let file = '';
  let bytes: Buffer;
  let raw: string[] = [];
  let layout: string[] = [];

  before(async () => {
    ({ file, bytes } = await exportFile(model));
    raw = allPages(file, '-raw');
    layout = allPages(file, '-layout');
  });

  it('prints every réalisation title, with its accents, œ, ’, « », ✓ and narrow spaces intact', () => {
    const text = fold(raw.join('\n'));
    assert.equal(rowsOf(model).length, 12);
    for (const r of rowsOf(model)) assert.ok(text.includes(fold(r.intitule)), `missing title: ${r.intitule}`);
    for (const s of ['œ', '’', '«', '»', '✓', 'Œ']) assert.ok(text.includes(s), `missing ${s}`);
    assert.ok(!text.includes('?'), 'no character was replaced');
  });

  it('keeps U+202F as a real character of the font (its ToUnicode entry is in the file)', () => {
    // pdftotext prints U+202F as a space, so look at the font's ToUnicode CMap instead.
    const zlib = require('node:zlib') as typeof import('node:zlib');
    const cmaps: string[] = [];
    const s = bytes.toString('latin1');
    for (let i = s.indexOf('stream\n'); i >= 0; i = s.indexOf('stream\n', i + 1)) {
      const end = s.indexOf('endstream', i);
      try {
        const d = zlib.inflateSync(bytes.subarray(i + 7, end)).toString('latin1');
        if (d.includes('beginbf')) cmaps.push(d.toLowerCase());
      } catch {
        // not a deflated stream
      }
    }
    assert.ok(cmaps.some((c) => c.includes('<202f>')), 'U+202F mapped in a ToUnicode CMap');
  });

  it('prints every period as the form asks: du JJ/MM/AA au JJ/MM/AA', () => {
    const text = fold(raw.join('\n'));
    for (const r of rowsOf(model)) {
      assert.match(periodText(r), /^du \d{2}\/\d{2}\/\d{2} au \d{2}\/\d{2}\/\d{2}$/);
      assert.ok(text.includes(fold(periodText(r))), `missing period ${periodText(r)}`);
    }
  });

  it('fills the header fields of the form: name, candidate number, centre, option ticked, portfolio', () => {
    const p1 = fold(raw[0]);
    assert.ok(p1.includes('NOM et prénom : DUPONT-LEFÈVRE Jérôme'));
    assert.ok(p1.includes('N° candidat : 0212345678'));
    assert.ok(p1.includes('Centre de formation : Lycée Jean-Moulin — Lyon'));
    assert.ok(p1.includes('☒ SISR'), 'SISR ticked');
    assert.ok(p1.includes('☐ SLAM'), 'SLAM not ticked');
    assert.ok(p1.includes('https://jdupont.example.org/portfolio'));
    // The épreuve and annex of the dossier's session, as the référentiel names them (E5, Annexe VI-1 in 2026).
    const { code, annexTableau } = model.epreuve!;
    assert.ok(p1.includes(`Épreuve ${code}`) && p1.includes(annexTableau!), `${code} ${annexTableau}`);
    assert.ok(p1.includes('Tableau de synthèse des réalisations professionnelles'));
    assert.ok(p1.includes('Session 2026'));
  });

  it('prints the diploma and session once on each page (in the page header), not twice', () => {
    for (const [i, page] of raw.entries()) {
      const n = page.split('BTS Services informatiques aux organisations — Session 2026').length - 1;
      assert.equal(n, 1, `page ${i + 1}: ${n} times`);
    }
  });

  it('lays the tableau out in landscape and the fiches in portrait, with "Page x / N" on each page', () => {
    const sizes = pageSizes(file);
    const n = pageCount(file);
    assert.equal(sizes.length, n);
    assert.ok(sizes[0].width > sizes[0].height, 'tableau landscape');
    assert.ok(sizes[n - 1].width < sizes[n - 1].height, 'fiche portrait');
    layout.forEach((t, i) => assert.ok(t.includes(`Page ${i + 1} / ${n}`), `footer of page ${i + 1}`));
  });

  it('keeps each group row on the page of its first réalisation', () => {
    // In this dossier the "première année" group row falls at the bottom of page 1.
    assertGroupsKeptWithFirstRow(model, raw);
  });

  it('prints the group rows and the coverage row', () => {
    const text = fold(raw.join('\n'));
    for (const g of model.groups) assert.ok(text.includes(fold(g.title)), g.title);
    assert.ok(text.includes('Nombre de réalisations mobilisant la compétence'));
    assert.ok(text.includes('Toutes les compétences du bloc sont mobilisées'));
  });

  it('prints both fiches descriptives with the recto fields and the verso descriptif', () => {
    const text = fold(raw.join('\n'));
    for (const f of model.fiches) {
      assert.ok(text.includes(`N° réalisation : ${f.numero}`));
      assert.ok(text.includes(fold(f.organisation)));
      assert.ok(text.includes(fold(f.lieu)));
    }
    const fiches = model.epreuveFiches!;
    assert.ok(text.includes(`${fiches.annexFiche!.toUpperCase()} : Fiche descriptive de réalisation professionnelle (recto)`), fiches.annexFiche);
    assert.ok(text.includes('(verso, éventuellement pages suivantes)'));
    assert.ok(text.includes(`Épreuve ${fiches.code} — Administration des systèmes et des réseaux`), fiches.code);
    assert.ok(text.includes('☒ Seul(e) ☐ En équipe'), 'fiche 1 made alone');
    assert.ok(text.includes('☐ Seul(e) ☒ En équipe'), 'fiche 2 made in a team');
    assert.ok(text.includes('☒ Installer, tester et déployer une solution d’infrastructure réseau'));
    assert.ok(text.includes('☐ Concevoir une solution d’infrastructure réseau'));
    assert.ok(text.includes('Conditions de réalisation1 (ressources fournies, résultats attendus)'));
    assert.ok(text.includes('J’ai mis en œuvre la règle « 3-2-1 »'));
  });

  it('leaves the evaluation grid out unless asked, and prints it when asked', async () => {
    assert.ok(!fold(raw.join('\n')).includes('Grille d’évaluation'));
    const withEval = await exportFile(model, true);
    const text = fold(allPages(withEval.file).join('\n'));
    assert.ok(text.includes('Grille d’évaluation'));
    assert.ok(text.includes('Mme Œillet'));
    assert.ok(text.includes('Bonne maîtrise'));
  });

  it('is byte-identical for the same model and date, and differs when the date changes', async () => {
    const again = await renderPdf(model, { creationDate: DATE });
    assert.ok(again.bytes.equals(bytes), 'same bytes');
    const later = await renderPdf(model, { creationDate: new Date(DATE.getTime() + 86_400_000) });
    assert.ok(!later.bytes.equals(bytes), 'date is part of the file');
  });

  it('records title, author, subject, dates and the French language', () => {
    const info = pdfInfo(file);
    assert.equal(info.Title, 'Tableau de synthèse des réalisations professionnelles — DUPONT-LEFÈVRE Jérôme');
    assert.equal(info.Author, 'DUPONT-LEFÈVRE Jérôme');
    assert.ok(info.Subject.includes(`Épreuve ${model.epreuve!.code}`) && info.Subject.includes('Session 2026'), info.Subject);
    assert.match(info.CreationDate, /Mar 13 12:00:00 2026/);
    assert.ok(bytes.includes(Buffer.from('/Lang (fr-FR)')), 'catalog /Lang');
  });

  it('has bookmarks for the tableau and each fiche', () => {
    const o = outline(file);
    assert.deepEqual(
      o.map((x) => x.title),
      ['Tableau de synthèse', ...model.fiches.map((f) => `Fiche descriptive n° ${f.numero} — ${f.intitule}`)]
    );
    assert.equal(o[0].page, 1);
    assert.ok(o[1].page > 1 && o[2].page > o[1].page);
  });

  it('renders page 1 as an image for visual review (test-output/pdf-tableau-p1.png)', () => {
    const out = path.join(__dirname, '../../../test-output');
    mkdirSync(out, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', file, path.join(out, 'pdf-tableau-p1')]);
    const png = path.join(out, 'pdf-tableau-p1.png');
    assert.ok(existsSync(png) && statSync(png).size > 10_000, 'a non-trivial image');
  });
});

describe('PDF export of a 200-row tableau', () => {
  const model = largeModel();
  let file = '';
  let raw: string[] = [];
  let layout: string[] = [];
  let tableauPages: number[] = [];

  before(async () => {
    ({ file } = await exportFile(model));
    raw = allPages(file, '-raw').map(fold);
    layout = allPages(file, '-layout');
    const sizes = pageSizes(file);
    // The tableau is the run of landscape pages at the start.
    tableauPages = [];
    for (let i = 0; i < sizes.length && sizes[i].width > sizes[i].height; i++) tableauPages.push(i);
  });

  it('spreads over several pages and repeats the header row on every tableau page', () => {
    assert.ok(tableauPages.length >= 5, `pages: ${tableauPages.length}`);
    for (const i of tableauPages) {
      assert.ok(raw[i].includes('Réalisations professionnelles (intitulé et liste des documents et productions associés)'), `header on page ${i + 1}`);
      assert.ok(raw[i].includes('Gérer le patrimoine informatique'), `competence header on page ${i + 1}`);
      // The narrow column wraps the label: compare without spaces.
      assert.ok(raw[i].replace(/\s/g, '').includes('Période(souslaformeduJJ/MM/AAauJJ/MM/AA)'), `period header on page ${i + 1}`);
    }
  });

  it('never splits a row: each title is whole on one page, with its period', () => {
    const rows = rowsOf(model);
    assert.equal(rows.length, LARGE_ROWS);
    for (const r of rows) {
      const pages = tableauPages.filter((i) => raw[i].includes(fold(r.intitule)));
      assert.equal(pages.length, 1, `${r.id} whole on exactly one page (found on ${pages.map((p) => p + 1).join(',') || 'none'})`);
      assert.ok(raw[pages[0]].includes(fold(`${r.intitule} ${r.documents[0] ?? ''}`).trim()) || r.documents.length === 0);
      assert.ok(raw[pages[0]].includes(fold(periodText(r))), `${r.id} period on the same page`);
    }
  });

  it('never leaves a group row alone at the bottom of a page', () => {
    assertGroupsKeptWithFirstRow(model, tableauPages.map((i) => raw[i]));
  });

  it('numbers pages "Page 1 / N" and shows the uncovered competence plainly', () => {
    const n = pageCount(file);
    assert.ok(layout[0].includes(`Page 1 / ${n}`));
    const text = raw.join(' ');
    assert.deepEqual(model.missing, ['B1.3']);
    assert.ok(text.includes('NON COUVERTE'));
    assert.ok(text.includes('Compétence(s) mobilisée(s) par aucune réalisation (1) : B1.3 Développer la présence en ligne de l’organisation'));
  });
});

describe('PDF export of an MC SNO dossier', () => {
  const model = loadModel('mcsno');
  let file = '';
  let text = '';

  before(async () => {
    ({ file } = await exportFile(model));
    text = fold(allPages(file).join('\n'));
  });

  it('prints one traces × competences grid per bloc, titled as a synthesis', () => {
    for (const g of model.grids) {
      assert.ok(text.includes(fold(`Tableau de bord de suivi individuel — Bloc ${g.bloc.id} : ${g.bloc.title}`)), g.bloc.title);
      for (const r of g.rows) assert.ok(text.includes(fold(r.intitule)), r.intitule);
      for (const c of g.columns) assert.ok(text.includes(c.id), c.id);
    }
    assert.ok(text.includes('ce n’est pas un formulaire officiel'));
    assert.ok(!/annexe/i.test(text), 'no official annex named');
    assert.ok(!text.includes('SISR'), 'no BTS option box');
  });

  it('heads the overall table with traces, not the BTS form wording', () => {
    assert.ok(text.includes('Traces et réalisations (intitulé et documents associés)'));
    assert.ok(!text.includes('Réalisations professionnelles (intitulé et liste'));
  });

  it('bookmarks the overall table and each grid', () => {
    assert.deepEqual(outline(file).map((o) => o.title), ['Tableau de bord', ...model.grids.map((g) => `Tableau de bord — Bloc ${g.bloc.id}`)]);
  });
});

describe('PDF export of characters DejaVu Sans lacks', () => {
  it('replaces them by "?" and names them in a warning', async () => {
    const model = loadModel('typique');
    model.groups[0].rows[0].intitule = 'Documentation traduite en 中文';
    const { file, warnings } = await exportFile(model);
    assert.equal(warnings.length, 1);
    assert.ok(warnings[0].fr.includes('« 中 » (U+4E2D)') && warnings[0].fr.includes('« 文 »'), warnings[0].fr);
    assert.ok(warnings[0].en.includes('U+6587'));
    assert.ok(fold(allPages(file).join('\n')).includes('Documentation traduite en ??'));
  });
});
