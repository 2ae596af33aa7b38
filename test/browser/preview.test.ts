/**
 * What a student sees in the preview, in a real (headless) Chromium: the tableau de
 * synthèse laid out from the model, nothing from the dossier ever runs, live updates keep
 * the reader's place, and clicks reach the extension as typed messages.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { SyntheseModel } from '../../server/src/protocol/synthese';
import { loadModel, replaced } from '../support/synthese';
import { openStandalone, openWebview, sendToPage, startHarness, type Harness } from './previewHarness';

const SOURCE = 'file:///dossiers/lea.sio.yaml';

describe('preview in a browser', function () {
  this.timeout(60_000);
  let h: Harness;

  before(async () => { h = await startHarness(); });
  after(async () => { await h?.close(); });

  describe('the SISR dossier looks like the official form', () => {
    const model = loadModel('sisr');

    it('one row per réalisation in each group, under its group title', async () => {
      const { page } = await openStandalone(h, model);
      for (const group of model.groups) {
        const body = page.locator(`tbody.group-body[data-cadre="${group.cadre}"]`);
        assert.equal(await body.locator('tr.group th').innerText(), group.title);
        assert.deepEqual(
          await body.locator('tr.realisation').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.realisation)),
          group.rows.map((r) => r.id)
        );
      }
      await page.close();
    });

    it('the competence columns, with their sub-competences as bullets', async () => {
      const { page } = await openStandalone(h, model);
      const heads = await page.locator('table.synthese th.competence').allInnerTexts();
      assert.deepEqual(heads.map((t) => t.replace(/\s+/g, ' ').trim()), model.columns.map((c) => `${c.id} ${c.title}`));
      const bullets = await page.locator('table.synthese td.sub-competences').evaluateAll(
        (cells) => cells.map((c) => Array.from(c.querySelectorAll('li'), (li) => li.textContent)));
      assert.deepEqual(bullets, model.columns.map((c) => c.subCompetences.map((s) => s.title)));
      assert.match(await page.locator('th.corner').innerText(), /Réalisations professionnelles \(intitulé et liste des documents et productions associés\)/);
      await page.close();
    });

    it('an X exactly where the model ticks a competence, nowhere else', async () => {
      const { page } = await openStandalone(h, model);
      const shown = await page.locator('table.synthese tr.realisation').evaluateAll((rows) => rows.map((r) => ({
        id: (r as HTMLElement).dataset.realisation,
        ticks: Array.from(r.querySelectorAll<HTMLElement>('td.tick'), (td) => [td.dataset.competence, td.textContent === 'X'])
      })));
      const expected = model.groups.flatMap((g) => g.rows).map((r) => ({
        id: r.id, ticks: model.columns.map((c) => [c.id, r.ticks[c.id] === true])
      }));
      assert.deepEqual(shown, expected);
      await page.close();
    });

    it('the coverage row says plainly which competence is missing', async () => {
      const { page } = await openStandalone(h, model);
      const missing = await page.locator('tfoot td.coverage.is-missing').evaluateAll(
        (cells) => cells.map((c) => (c as HTMLElement).dataset.competence));
      assert.deepEqual(missing, model.missing);
      assert.ok(model.missing.length > 0, 'the fixture leaves a competence uncovered');
      const summary = await page.locator('.coverage-summary').innerText();
      for (const id of model.missing) assert.match(summary, new RegExp(id.replace('.', '\\.')));
      await page.close();
    });

    it('header fields: name, number, centre, option SISR boxed ☒, portfolio link', async () => {
      const { page } = await openStandalone(h, model);
      assert.match(await page.locator('.field-nom').innerText(), /NOM et prénom : MARTIN Léa/);
      assert.match(await page.locator('.field-numero').innerText(), /02468135790/);
      assert.equal((await page.locator('.field-option').innerText()).replace(/\s+/g, ' ').trim(), 'Option : ☒ SISR ☐ SLAM');
      assert.equal(await page.locator('.field-portfolio a').getAttribute('href'), model.candidat.portfolio);
      await page.close();
    });

    it('both fiches descriptives, with ☒ on the modalité and the bloc-2 competences worked', async () => {
      const { page } = await openStandalone(h, model);
      const fiches = page.locator('section.fiche');
      assert.equal(await fiches.count(), model.fiches.length);
      for (const [i, fiche] of model.fiches.entries()) {
        const f = fiches.nth(i);
        assert.equal(await f.getAttribute('data-realisation'), fiche.realisationId);
        assert.match(await f.locator('.fiche-numero').innerText(), new RegExp(`N° réalisation : ${fiche.numero}`));
        const boxes = await f.locator('ul.checklist li').allInnerTexts();
        assert.deepEqual(boxes.map((t) => t.trim()), fiche.competences.map((c) => `${c.checked ? '☒' : '☐'} ${c.title}`));
        const modalite = (await f.locator('.fiche-modalite td').innerText()).replace(/\s+/g, ' ').trim();
        assert.equal(modalite, fiche.modalite === 'seul' ? '☒ Seul(e) ☐ En équipe' : '☐ Seul(e) ☒ En équipe');
      }
      await page.close();
    });

    it('screenshot for a person to compare with the official form', async () => {
      const { page, errors } = await openStandalone(h, model);
      const out = path.resolve(__dirname, '..', '..', 'test-output');
      mkdirSync(out, { recursive: true });
      await page.screenshot({ path: path.join(out, 'preview-sisr.png'), fullPage: true });
      assert.deepEqual(errors, []);
      await page.close();
    });
  });

  it('SLAM: an empty group says so, and the evaluation grid shows when asked for', async () => {
    const model = loadModel('slam');
    const { page } = await openStandalone(h, model);
    assert.equal(await page.locator('tbody[data-cadre="stage-1"] tr.empty-group').innerText(), 'Aucune réalisation');
    assert.match(await page.locator('.coverage-summary').innerText(), /Toutes les compétences du bloc sont mobilisées/);
    assert.equal(await page.locator('section.evaluation tr[data-competence]').count(), model.evaluation!.epreuves[0].rows.length);
    await page.close();
  });

  it('MC SNO: one grid per bloc with its traces, no BTS option boxes', async () => {
    const model = loadModel('mcsno');
    const { page } = await openStandalone(h, model);
    assert.deepEqual(await page.locator('section.grid').evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.bloc)),
      model.grids.map((g) => g.bloc.id));
    assert.equal(await page.locator('section.grid tr.realisation').count(), model.grids.reduce((n, g) => n + g.rows.length, 0));
    assert.equal(await page.locator('.field-option').count(), 0);
    await page.close();
  });

  describe('a hostile dossier: nothing it contains runs or loads', () => {
    const model = loadModel('hostile');

    it('markup and javascript: documents are shown as text, and no script runs', async () => {
      const { page, requests, errors } = await openStandalone(h, model);
      // Give every would-be handler its chance: hover and click the hostile row and texts.
      const row = page.locator('tr.realisation').first();
      await row.hover();
      await row.click();
      await page.locator('section.fiche').first().click();
      assert.equal(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), undefined);
      assert.equal(await page.locator('tr.realisation .intitule-text').first().innerText(), '<script>window.__pwned=1</script>Inventaire');
      const docs = await row.locator('ul.documents li').allInnerTexts();
      assert.ok(docs.includes('javascript:window.__pwned=1'));
      assert.ok(docs.includes('<img src=x onerror="window.__pwned=1">'));
      assert.equal(await page.locator('a[href]:not([href^="https:"]):not([href^="http:"])').count(), 0);
      assert.equal(await page.locator('img, iframe, svg, object, embed').count(), 0);
      // The name is the dossier's, markup included, shown as text in the header field.
      assert.match(await page.locator('.field-nom').innerText(), /NOM et prénom : <\/td><script>window\.__pwned=1<\/script> Léa/i);
      assert.equal(await page.title(), model.title);
      // The only script is the page's own, with this render's nonce.
      const scripts = await page.locator('script').evaluateAll((s) => s.map((e) => e.getAttribute('nonce')));
      assert.equal(scripts.length, 1);
      assert.match(scripts[0] ?? '', /^[0-9a-f]{32}$/);
      assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), []);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('an update carrying hostile text is escaped too', async () => {
      const { page, requests } = await openStandalone(h, loadModel('sisr'), SOURCE);
      await sendToPage(page, { type: 'update', source: SOURCE, version: 1, model });
      await page.waitForFunction(() => document.querySelector('.intitule-text')?.textContent?.includes('<script>'));
      assert.equal(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), undefined);
      assert.equal(await page.locator('script').count(), 1);
      assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), []);
      await page.close();
    });
  });

  describe('live updates', () => {
    /** The model after the student renamed the stage-2 réalisation (vlan) in the dossier. */
    function renamed(title: string): SyntheseModel {
      return loadModel('sisr', replaced('intitule: Segmentation du réseau en VLAN et supervision', `intitule: ${title}`));
    }
    const lastTitle = (page: import('playwright-core').Page) =>
      page.locator('tbody[data-cadre="stage-2"] .intitule-text').innerText();

    it('an update patches the page in place and keeps the scroll position', async () => {
      const { page } = await openWebview(h, loadModel('sisr'), SOURCE, 3);
      await page.evaluate(() => window.scrollTo(0, 640));
      const before = await page.evaluate(() => window.scrollY);
      assert.equal(before, 640);
      await page.evaluate(() => { (window as { __marker?: number }).__marker = 1; });
      await sendToPage(page, { type: 'update', source: SOURCE, version: 4, model: renamed('Supervision avec Zabbix') });
      await page.waitForFunction(() => document.getElementById('sio-preview')?.dataset.version === '4');
      assert.equal(await lastTitle(page), 'Supervision avec Zabbix');
      assert.equal(await page.evaluate(() => window.scrollY), before);
      assert.equal(await page.evaluate(() => (window as { __marker?: number }).__marker), 1, 'same page, not reloaded');
      await page.close();
    });

    it('an update older than the one shown is ignored', async () => {
      const { page } = await openWebview(h, loadModel('sisr'), SOURCE, 3);
      await sendToPage(page, { type: 'update', source: SOURCE, version: 5, model: renamed('Version 5') });
      await sendToPage(page, { type: 'update', source: SOURCE, version: 4, model: renamed('Version 4') });
      // Messages are handled in order: once this highlight shows, the stale update was seen.
      await sendToPage(page, { type: 'highlight', source: SOURCE, realisationId: 'vlan' });
      await page.waitForSelector('tr.realisation.is-highlighted[data-realisation="vlan"]');
      assert.equal(await lastTitle(page), 'Version 5');
      assert.equal(await page.locator('#sio-preview').getAttribute('data-version'), '5');
      await page.close();
    });

    it('highlight marks the réalisation’s row and fiche, and survives an update', async () => {
      const { page } = await openWebview(h, loadModel('sisr'), SOURCE, 1);
      await sendToPage(page, { type: 'highlight', source: SOURCE, realisationId: 'glpi' });
      await page.waitForSelector('tr.is-highlighted');
      const marked = () => page.locator('.is-highlighted').evaluateAll((els) => els.map((e) => `${e.tagName}:${(e as HTMLElement).dataset.realisation}`));
      assert.deepEqual(await marked(), ['TR:glpi', 'SECTION:glpi']);
      await sendToPage(page, { type: 'update', source: SOURCE, version: 2, model: renamed('Après mise à jour') });
      await page.waitForFunction(() => document.getElementById('sio-preview')?.dataset.version === '2');
      assert.deepEqual(await marked(), ['TR:glpi', 'SECTION:glpi']);
      await sendToPage(page, { type: 'highlight', source: 'file:///autre.sio.yaml', realisationId: 'vlan' });
      await sendToPage(page, { type: 'highlight', source: SOURCE, realisationId: null });
      await page.waitForFunction(() => document.querySelectorAll('.is-highlighted').length === 0);
      await page.close();
    });
  });

  describe('clicks reach the extension as messages', () => {
    it('a row asks to reveal its line, a link to open its URL, the toolbar to export', async () => {
      const model = loadModel('sisr');
      const { page } = await openWebview(h, model, SOURCE, 1);
      await page.locator('tr.realisation[data-realisation="sauvegardes"] td.periode').click();
      await page.locator('tr.realisation[data-realisation="glpi"] a.doc-link').click();
      await page.locator('button[data-command="exportPdf"]').click();
      await page.locator('button[data-command="exportTableur"]').click();
      const posted = await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);
      const row = model.groups[0].rows[1];
      assert.deepEqual(posted, [
        { type: 'reveal', source: SOURCE, realisationId: 'sauvegardes', line: row.lines.start },
        { type: 'openLink', source: SOURCE, href: 'https://git.example.fr/lea/glpi-deploiement' },
        { type: 'exportPdf', source: SOURCE },
        { type: 'exportTableur', source: SOURCE }
      ]);
      assert.equal(page.url().startsWith('file:'), true, 'the link did not navigate the page');
      await page.close();
    });

    it('a fiche’s Markdown descriptif shows in bold and as a list, and its link asks to open its URL', async () => {
      // The student writes the first fiche's descriptif in Markdown (glpi's comes first in the file).
      const model = loadModel('sisr', replaced(
        "    description: |\n      Contexte : l'organisation souhaite moderniser son infrastructure.\n      Étapes : analyse de l'existant, maquettage, déploiement, recette.\n      Bilan : service en production.\n",
        '    description: |\n      **Contexte** : sauvegardes.\n\n      - une étape\n      - une autre\n\n      Voir [la procédure](https://git.example.fr/lea/procedure).\n'
      ));
      assert.equal(model.fiches[0].realisationId, 'glpi');
      const { page } = await openWebview(h, model, SOURCE, 1);
      const cell = page.locator('.fiche').first().locator('.fiche-description td');
      assert.equal(await cell.locator('strong').first().innerText(), 'Contexte');
      assert.equal(await cell.locator('li').count(), 2);
      assert.ok(!(await cell.innerText()).includes('**'), 'no stars shown');
      await cell.locator('a', { hasText: 'la procédure' }).click();
      const posted = await page.evaluate(() => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'openLink'));
      assert.deepEqual(posted, [{ type: 'openLink', source: SOURCE, href: 'https://git.example.fr/lea/procedure' }]);
      assert.equal(page.url().startsWith('file:'), true, 'the link did not navigate the page');
      await page.close();
    });

    it('the document and scroll position are saved for the panel serializer', async () => {
      const { page } = await openWebview(h, loadModel('sisr'), SOURCE, 1);
      await page.evaluate(() => window.scrollTo(0, 300));
      await page.waitForFunction(() => (window as unknown as { __state?: { scrollY: number } }).__state?.scrollY === 300);
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __state: unknown }).__state), { source: SOURCE, scrollY: 300 });
      await page.close();
    });
  });
});
