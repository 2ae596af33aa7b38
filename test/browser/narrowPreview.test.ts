/**
 * The preview beside the editor (a 700 px panel, half of a 1400 px window): the highlighted
 * row's marks are in view, the first column and the header stay put, the sub-competence lists
 * are folded until clicked, a scrollbar sits above the table; a wide panel, the standalone
 * page and print keep the official layout. And a link never reaches the webview host's own
 * click listener (the second path that opened it without asking).
 */
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parseDossier } from '../../server/src/core/parse';
import { buildSynthese } from '../../server/src/core/table/build';
import { loadModel } from '../support/synthese';
import { openStandalone, openWebview, sendToPage, startHarness, type Harness } from './previewHarness';

const SOURCE = 'file:///dossiers/lea.sio.yaml';
const SHOTS = path.resolve(__dirname, '../../test-output');
/** The MC SNO example's model: nine competence columns in one table. */
const mcSno = () => buildSynthese(parseDossier(readFileSync(path.resolve(__dirname, '../../examples/ines-petit-mc-sno.sio.yaml'), 'utf8')), new Date(2026, 0, 15));

async function narrow(page: Page, width = 700): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Boxes of the highlighted row's marks, the panel's width and the sticky first column's right edge. */
function marksOf(page: Page, id: string) {
  return page.evaluate((rid) => {
    const tr = document.querySelector(`tr.realisation[data-realisation="${rid}"]`)!;
    const first = tr.querySelector('th.intitule')!.getBoundingClientRect();
    return {
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
      firstRight: first.right,
      ticks: Array.from(tr.querySelectorAll('td.is-ticked')).map((td) => td.getBoundingClientRect().toJSON() as DOMRect)
    };
  }, id);
}

const listShown = (page: Page) => page.locator('td.sub-competences ul').first().isVisible();

describe('preview beside the editor (narrow panel)', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => { h = await startHarness(); mkdirSync(SHOTS, { recursive: true }); });
  after(async () => { await h?.close(); });

  it('the highlighted row’s marks are all in view, right of the first column', async () => {
    const { page } = await openWebview(h, loadModel('sisr'), SOURCE, 1);
    await narrow(page);
    await sendToPage(page, { type: 'highlight', source: SOURCE, realisationId: 'vlan' });
    await page.waitForSelector('tr.is-highlighted');
    const m = await marksOf(page, 'vlan');
    assert.ok(m.ticks.length > 0);
    for (const t of m.ticks) {
      assert.ok(t.left >= m.firstRight - 1 && t.right <= m.width + 1, `mark at ${t.left}–${t.right} in a ${m.width} px panel`);
      assert.ok(t.top >= 0 && t.bottom <= m.height + 1, `mark at y ${t.top}–${t.bottom}`);
    }
    await page.screenshot({ path: path.join(SHOTS, 'preview-etroit-sisr.png') });
    await page.close();
  });

  it('nine MC SNO columns: the highlighted row’s marks (far right) are in view beside the first column', async () => {
    const model = mcSno();
    assert.equal(model.columns.length, 9);
    const { page } = await openWebview(h, model, SOURCE, 1);
    await narrow(page, 520);
    // The last réalisation ticks only far-right columns (C2.3, C3.2).
    const row = model.groups.flatMap((g) => g.rows).find((r) => r.id === 'sensibilisation')!;
    await sendToPage(page, { type: 'highlight', source: SOURCE, realisationId: row.id });
    await page.waitForSelector('tr.is-highlighted');
    const m = await marksOf(page, row.id);
    assert.equal(m.ticks.length, 2);
    for (const t of m.ticks) assert.ok(t.left >= m.firstRight - 1 && t.right <= m.width + 1, `mark at ${t.left}–${t.right}, first column ends at ${m.firstRight}, panel ${m.width}`);
    await page.close();
  });

  it('first column and header stay in place while the table scrolls; a scrollbar above the table scrolls it too', async () => {
    const { page } = await openWebview(h, mcSno(), SOURCE, 1);
    await narrow(page, 560);
    // Headless Chromium will not make a window narrower than about 520 px, where the nine
    // columns just fit; a wider table stands for the narrower panels VS Code allows.
    await page.evaluate(() => { document.querySelector<HTMLElement>('.tableau table.synthese')!.style.minWidth = '900px'; window.dispatchEvent(new Event('resize')); });
    const box = page.locator('.tableau').first();
    const at = () => page.evaluate(() => ({
      first: document.querySelector('tbody th.intitule')!.getBoundingClientRect().left,
      head: document.querySelector('table.synthese thead')!.getBoundingClientRect().top,
      box: document.querySelector('.tableau')!.getBoundingClientRect().toJSON() as DOMRect,
      scrollLeft: document.querySelector('.tableau')!.scrollLeft
    }));
    const before = await at();
    await box.evaluate((el) => { el.scrollLeft = 120; el.scrollTop = 150; });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    const after = await at();
    assert.equal(after.scrollLeft, 120, 'the table is wider than the panel and scrolls sideways');
    assert.ok(Math.abs(after.first - before.first) < 1, `first column moved from ${before.first} to ${after.first}`);
    assert.ok(Math.abs(after.head - after.box.top) < 2, `header at ${after.head}, box top at ${after.box.top}`);
    // The top scrollbar: visible, above the table, and it drives the table.
    const bar = page.locator('.hscroll-top').first();
    assert.ok(await bar.isVisible());
    assert.ok((await bar.boundingBox())!.y < after.box.top);
    await bar.evaluate((el) => { el.scrollLeft = 40; el.dispatchEvent(new Event('scroll')); });
    await page.waitForFunction(() => document.querySelector('.tableau')!.scrollLeft === 40);
    await page.close();
  });

  it('sub-competence lists are folded; one click opens them all, another folds them', async () => {
    const { page } = await openWebview(h, loadModel('sisr'), SOURCE, 1);
    await narrow(page);
    assert.equal(await listShown(page), false);
    assert.match(await page.locator('td.sub-competences .sub-toggle').first().innerText(), /^\d+ sous-compétences$/);
    await page.locator('td.sub-competences .sub-toggle').first().click();
    assert.equal(await listShown(page), true);
    assert.equal(await page.locator('td.sub-competences ul').last().isVisible(), true);
    await page.locator('td.sub-competences .sub-toggle').first().click();
    await page.mouse.move(5, 5);
    assert.equal(await listShown(page), false);
    await page.close();
  });

  it('the official layout stays in a wide panel, in the standalone page and in print', async () => {
    const wide = await openWebview(h, loadModel('sisr'), SOURCE, 1);
    assert.equal(await listShown(wide.page), true);
    assert.equal(await wide.page.locator('.sub-toggle').first().isVisible(), false);
    await wide.page.close();
    const standalone = await openStandalone(h, loadModel('sisr'));
    await narrow(standalone.page);
    assert.equal(await listShown(standalone.page), true);
    assert.equal(await standalone.page.locator('.hscroll-top').first().isVisible(), false);
    await standalone.page.close();
    const printed = await openWebview(h, loadModel('sisr'), SOURCE, 1);
    await narrow(printed.page);
    await printed.page.emulateMedia({ media: 'print' });
    assert.equal(await listShown(printed.page), true);
    assert.equal(await printed.page.locator('thead').evaluate((el) => getComputedStyle(el).position), 'static');
    await printed.page.close();
  });
});

describe('nine MC SNO columns on the standalone page', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => { h = await startHarness(); mkdirSync(SHOTS, { recursive: true }); });
  after(async () => { await h?.close(); });

  it('the whole tableau fits the page width: no column runs off the right edge', async () => {
    const { page } = await openStandalone(h, mcSno());
    const fit = await page.evaluate(() => {
      const t = document.querySelector('.tableau table.synthese')!.getBoundingClientRect();
      const last = Array.from(document.querySelectorAll('.tableau th.competence')).pop()!.getBoundingClientRect();
      return { right: t.right, last: last.right, width: document.documentElement.clientWidth, scroll: document.querySelector('.tableau')!.scrollWidth - document.querySelector('.tableau')!.clientWidth };
    });
    assert.ok(fit.right <= fit.width && fit.last <= fit.width, JSON.stringify(fit));
    assert.equal(fit.scroll, 0, 'no sideways scroll');
    await page.screenshot({ path: path.join(SHOTS, 'preview-ines-petit-mc-sno.png'), fullPage: true });
    await page.close();
  });
});

describe('links in the webview', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h?.close(); });

  it('a click never reaches the host’s window listener and never navigates; the extension is asked once', async () => {
    const { page } = await openWebview(h, loadModel('sisr'), SOURCE, 1);
    const tabs = h.context.pages().length;
    // VS Code's webview host listens for clicks on the page's window and opens any <a href>
    // it sees (did-click-link), whatever the page decided: it must never see ours.
    await page.evaluate(() => {
      (window as unknown as { __hostSaw: string[] }).__hostSaw = [];
      window.addEventListener('click', (e) => {
        const a = (e.target as Element).closest('a');
        if (a) (window as unknown as { __hostSaw: string[] }).__hostSaw.push(a.href);
      });
    });
    await page.locator('tr.realisation[data-realisation="glpi"] a.doc-link').click();
    await page.locator('tr.realisation[data-realisation="glpi"] a.doc-link').click({ button: 'middle' });
    const seen = await page.evaluate(() => (window as unknown as { __hostSaw: string[] }).__hostSaw);
    const posted = await page.evaluate(() => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'openLink'));
    assert.deepEqual(seen, []);
    assert.equal(posted.length, 1);
    assert.ok(page.url().startsWith('file:'), page.url());
    assert.equal(h.context.pages().length, tabs, 'no new tab');
    await page.close();
  });
});
