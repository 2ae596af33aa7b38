/**
 * The « Vue de classe » page in headless Chromium (Debian's /usr/bin/chromium, fresh profile):
 * the overview of test/fixtures/classe rendered by server/src/products/class/html.ts, with a stand-in
 * for `acquireVsCodeApi` that records what the page posts.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { classOverview, type ClassOverview } from '../../server/src/products/class/overview';
import { renderClassPage } from '../../server/src/products/class/html';

const FIXTURES = path.join(__dirname, '../fixtures/classe');
const NOW = new Date(2026, 2, 1, 12, 0, 0);

function fixtureOverview(): ClassOverview {
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.sio.yaml'))
    .map((f) => {
      const review = path.join(FIXTURES, f.replace('.sio.yaml', '.revue.yaml'));
      return { file: `file:///classe/${f}`, text: readFileSync(path.join(FIXTURES, f), 'utf8'), review: existsSync(review) ? readFileSync(review, 'utf8') : null };
    });
  return classOverview(files, { now: NOW });
}

const VSCODE_STUB = `
  window.__posted = [];
  window.acquireVsCodeApi = function () {
    var state;
    return { postMessage: function (m) { window.__posted.push(m); }, getState: function () { return state; }, setState: function (s) { state = s; } };
  };
`;

describe('Vue de classe in a browser', function () {
  let context: BrowserContext;
  let dir: string;
  let page: Page;
  let errors: string[];
  let requests: string[];
  let dialogs: string[];
  const overview = fixtureOverview();

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sio-classe-browser-'));
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 900 }
    });
  });
  after(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    const file = path.join(dir, 'classe.html');
    writeFileSync(file, renderClassPage(overview, { nonce: 'n0nce1234567890' }));
    page = await context.newPage();
    errors = [];
    requests = [];
    dialogs = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript(VSCODE_STUB);
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('table.classe tbody tr');
  });
  afterEach(async () => page?.close());

  const names = () => page.$$eval('tbody tr:not([hidden]) th[scope=row] a', (as) => as.map((a) => a.textContent));

  it('shows one row per dossier, in name order, with the competence columns', async () => {
    const n = await names();
    assert.equal(n.length, 12);
    assert.equal(n[0], 'BERNARD Hugo');
    const heads = await page.$$eval('thead th', (ths) => ths.map((t) => t.textContent));
    assert.ok(heads.includes('B1.1') && heads.includes('C3.3'), 'BTS SIO and MC SNO columns');
    assert.equal(await page.textContent('#count'), '12 dossier(s)');
  });

  it('sorts by a column when its header is clicked, then reverses', async () => {
    const errorsCol = await page.$$eval('thead th', (ths) => ths.findIndex((t) => t.textContent === 'Erreurs'));
    await page.click(`thead th:nth-child(${errorsCol + 1}) button`);
    const asc = await page.$$eval(`tbody tr td:nth-child(${errorsCol + 1})`, (tds) => tds.map((t) => Number(t.textContent)));
    assert.deepEqual(asc, [...asc].sort((a, b) => a - b));
    assert.equal(await page.getAttribute(`thead th:nth-child(${errorsCol + 1})`, 'aria-sort'), 'ascending');
    await page.click(`thead th:nth-child(${errorsCol + 1}) button`);
    const desc = await page.$$eval(`tbody tr td:nth-child(${errorsCol + 1})`, (tds) => tds.map((t) => Number(t.textContent)));
    assert.deepEqual(desc, [...asc].sort((a, b) => b - a));
    assert.ok(desc[0] > 0 && desc[desc.length - 1] === 0);
    // The most errors: Adam THOMAS (five competences that need an option).
    assert.equal((await names())[0], 'THOMAS Adam');
  });

  it('filters rows by words, accents and case ignored', async () => {
    await page.fill('#filter', 'mc sno');
    assert.deepEqual(await names(), ['PETIT Inès']);
    await page.fill('#filter', 'ZOE');
    assert.equal((await names()).length, 1);
    await page.fill('#filter', 'slam');
    assert.deepEqual(await names(), ['BERNARD Hugo']);
    assert.equal(await page.textContent('#count'), '1 dossier(s)');
    await page.fill('#filter', '');
    assert.equal((await names()).length, 12);
  });

  it('a dossier’s HTML is shown as text: no script, no image request, no dialog', async () => {
    const hostile = await page.$$eval('tbody th a', (as) => as.map((a) => a.textContent).find((t) => t!.includes('GARCIA')));
    assert.equal(hostile, 'GARCIA <script>alert(1)</script> Zoé <img src=x onerror=alert(2)>');
    assert.equal(await page.$$eval('tbody script, tbody img', (x) => x.length), 0);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), []);
    assert.equal(requests.length, 1, 'only the page itself was loaded');
  });

  it('clicking a name asks to open that dossier; « Relire » to review it; the buttons ask to export and refresh', async () => {
    await page.click('tbody tr th a:text("PETIT Inès")');
    await page.click('tbody tr:has(th a:text("PETIT Inès")) button.review');
    await page.click('#export');
    await page.click('#refresh');
    const posted = await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);
    const all = await page.$$eval('tbody tr[data-file]', (trs) => trs.map((t) => t.getAttribute('data-file')));
    assert.deepEqual(posted, [
      { type: 'open', file: 'file:///classe/ines-petit-mcsno.sio.yaml' },
      { type: 'review', file: 'file:///classe/ines-petit-mcsno.sio.yaml' },
      { type: 'exportCsv', files: all },
      { type: 'refresh' }
    ]);
    assert.equal(await page.getAttribute('tbody tr:has(th a:text("PETIT Inès")) button.review', 'title'), 'Relire ce dossier : ouvrir ou créer sa revue (nom.revue.yaml)');
  });

  it('the export asks for what the view shows: the filtered rows, in the view’s sort order', async () => {
    await page.evaluate(() => ((window as unknown as { __posted: unknown[] }).__posted.length = 0));
    await page.fill('#filter', 'sisr');
    await page.click('thead th:nth-child(1) button');
    await page.click('thead th:nth-child(1) button');
    const shown = await page.$$eval('tbody tr[data-file]:not([hidden])', (trs) => trs.map((t) => t.getAttribute('data-file')));
    assert.ok(shown.length >= 2 && shown.length < (await page.$$('tbody tr[data-file]')).length, 'the filter keeps some rows');
    const names = await page.$$eval('tbody tr[data-file]:not([hidden]) th a', (as) => as.map((a) => a.textContent!));
    assert.deepEqual(names, [...names].sort((a, b) => b.localeCompare(a, 'fr')), 'sorted by name, descending');
    await page.click('#export');
    const posted = await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);
    assert.deepEqual(posted, [{ type: 'exportCsv', files: shown }]);
    await page.fill('#filter', '');
  });

  it('shows retained / refused / pending claims, coverage of retained claims and « prêt pour le dépôt », sortable', async () => {
    const read = (f: string) => readFileSync(path.join(FIXTURES, f), 'utf8');
    const refus = 'revue: 1\nrelecteur: M. Dupont\nvalidations:\n  glpi: { B1.1: retenue, B1.2.1: retenue, B1.5: retenue }\n  site-bts:\n    B1.3: { decision: refusee, motif: Pas de présence en ligne. }\n    B1.4: retenue\n  veille: { B1.6: retenue }\n';
    const ov = classOverview(
      [
        { file: 'file:///classe/lea.sio.yaml', text: read('lea-martin-sisr.sio.yaml'), review: refus, depot: { ready: false, missing: ['couverture', 'pdf'] } },
        { file: 'file:///classe/hugo.sio.yaml', text: read('hugo-bernard-slam.sio.yaml'), review: null, depot: { ready: true, missing: [] } }
      ],
      { now: NOW }
    );
    const file = path.join(dir, 'validations.html');
    writeFileSync(file, renderClassPage(ov, { nonce: 'n0nce1234567890' }));
    const p = await context.newPage();
    try {
      await p.addInitScript(VSCODE_STUB);
      await p.goto(pathToFileURL(file).href);
      await p.waitForSelector('table.classe tbody tr');
      const heads = await p.$$eval('thead th', (ths) => ths.map((t) => t.textContent));
      const col = (h: string) => heads.indexOf(h) + 1;
      for (const h of ['Retenues', 'Refusées', 'En attente', 'Dépôt']) assert.ok(col(h) > 0, `column ${h}: ${heads.join(' | ')}`);
      const row = async (name: string, h: string) => p.textContent(`tbody tr:has(th a:text("${name}")) td:nth-child(${col(h)})`);
      assert.equal(await row('MARTIN Léa', 'Retenues'), '5');
      assert.equal(await row('MARTIN Léa', 'Refusées'), '1');
      assert.equal(await row('MARTIN Léa', 'En attente'), String(ov.rows.find((r) => r.nom === 'MARTIN')!.pending));
      assert.equal(await row('MARTIN Léa', 'Dépôt'), 'incomplet');
      assert.equal(await p.getAttribute(`tbody tr:has(th a:text("MARTIN Léa")) td:nth-child(${col('Dépôt')})`, 'title'), 'couverture des compétences, PDF du dossier', 'items in French words, not raw ids');
      assert.equal(await row('BERNARD Hugo', 'Dépôt'), 'prêt pour le dépôt');
      // B1.3 refused on site-bts, its only claim: the coverage counts 5 retained competences of 6.
      const cov = `tbody tr:has(th a:text("MARTIN Léa")) td:nth-child(${col('Couverture')})`;
      assert.equal(await p.textContent(cov), '5/6');
      assert.equal(await p.getAttribute(cov, 'title'), 'compétences retenues par l’équipe pédagogique — Retenues : 5/6, Refusées : 1, En attente : 0');
      assert.equal(await row('BERNARD Hugo', 'Couverture'), '6/6');
      await p.click(`thead th:nth-child(${col('Refusées')}) button`);
      await p.click(`thead th:nth-child(${col('Refusées')}) button`);
      assert.equal(await p.textContent('tbody tr:first-child th a'), 'MARTIN Léa', 'most refusals first');
      await p.click(`thead th:nth-child(${col('Dépôt')}) button`);
      assert.equal(await p.textContent('tbody tr:first-child th a'), 'MARTIN Léa', 'not ready sorts before ready');
    } finally {
      await p.close();
    }
  });

  it('keeps its columns inside a narrow panel: only the table scrolls sideways, the candidate column stays', async () => {
    await page.setViewportSize({ width: 700, height: 600 });
    const page_ = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, client: document.scrollingElement!.clientWidth }));
    assert.ok(page_.scroll <= page_.client, `the page itself scrolls sideways: ${page_.scroll} > ${page_.client}`);
    const box = await page.evaluate(() => {
      const b = document.querySelector('.scroll')!;
      return { scroll: b.scrollWidth, client: b.clientWidth };
    });
    assert.ok(box.scroll > box.client, 'the wide table scrolls inside its box');
    // The candidate's name is on one line (it used to wrap).
    const nameHeights = await page.$$eval('tbody th[scope=row] a', (as) => as.map((a) => a.getClientRects().length));
    assert.ok(nameHeights.every((n) => n === 1), `wrapped names: ${nameHeights}`);
    const at = () =>
      page.evaluate(() => {
        const b = document.querySelector('.scroll')!;
        const first = document.querySelector('tbody tr th[scope=row]')!.getBoundingClientRect();
        const last = document.querySelector('tbody tr td:last-child')!.getBoundingClientRect();
        return { box: b.getBoundingClientRect().left, scrolled: b.scrollLeft, first: first.left, last: last.left };
      });
    const before = await at();
    await page.evaluate(() => (document.querySelector('.scroll')!.scrollLeft = 300));
    const after = await at();
    assert.equal(after.scrolled, 300);
    assert.ok(Math.abs(after.first - before.first) < 1, `the candidate column moved: ${before.first} → ${after.first}`);
    assert.ok(Math.abs(before.last - after.last - 300) < 1, `the other columns did not scroll: ${before.last} → ${after.last}`);
  });

  it('comes back with the sort, filter and scroll of before a refresh', async () => {
    const file = path.join(dir, 'refreshed.html');
    writeFileSync(file, renderClassPage(overview, { nonce: 'n0nce1234567890' }));
    const p = await context.newPage();
    try {
      await p.setViewportSize({ width: 700, height: 600 });
      // The state the page saved before VS Code replaced it (webview getState).
      await p.addInitScript(`${VSCODE_STUB}
        var make = window.acquireVsCodeApi;
        window.acquireVsCodeApi = function () { var api = make(); api.setState({ sort: 0, asc: false, filter: 'sisr', x: 150, y: 0 }); return api; };`);
      await p.goto(pathToFileURL(file).href);
      await p.waitForSelector('#count');
      assert.equal(await p.getAttribute('thead th:nth-child(1)', 'aria-sort'), 'descending');
      assert.equal(await p.inputValue('#filter'), 'sisr');
      const shown = await p.$$eval('tbody tr:not([hidden]) th[scope=row] a', (as) => as.map((a) => a.textContent ?? ''));
      assert.ok(shown.length > 1 && shown.every((n, i) => i === 0 || n.localeCompare(shown[i - 1], 'fr') <= 0), `descending: ${shown}`);
      assert.equal(await p.evaluate(() => document.querySelector('.scroll')!.scrollLeft), 150);
    } finally {
      await p.close();
    }
  });

  it('a script without the page’s nonce does not run (CSP)', async () => {
    const file = path.join(dir, 'injected.html');
    const html = renderClassPage(overview, { nonce: 'abc' }).replace('</body>', '<script>window.__injected = true;</script></body>');
    writeFileSync(file, html);
    const p = await context.newPage();
    try {
      await p.addInitScript(VSCODE_STUB);
      await p.goto(pathToFileURL(file).href);
      await p.waitForSelector('#count');
      assert.equal(await p.evaluate(() => (window as unknown as { __injected?: boolean }).__injected), undefined);
      // …while the page's own script did run.
      await p.fill('#filter', 'petit');
      assert.equal(await p.textContent('#count'), '1 dossier(s)');
    } finally {
      await p.close();
    }
  });
});
