/**
 * The portfolio site as a visitor meets it, for the three example dossiers and a hostile one:
 * every page from file:// with the network refused (and none attempted), every relative link
 * and anchor resolving, each réalisation on its page, in the tableau and under each competence
 * it mobilises, no script from the dossier running, the same text with JavaScript off, and
 * axe-core without a serious or critical violation in light and dark. Screenshots of the home,
 * a réalisation and the competences pages, desktop and phone, land in test-output/.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDossier } from '../../server/src/core/parse';
import { mobilised } from '../../server/src/core/coverage';
import { siteContext, competenceAnchor } from '../../server/src/site/context';
import { axe, generateInto, startSiteBrowser, visit, type SiteBrowser, type SiteUnderTest } from './siteHarness';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-output');
const DOSSIERS = [
  path.join(ROOT, 'examples', 'lea-martin-sisr.sio.yaml'),
  path.join(ROOT, 'examples', 'hugo-bernard-slam.sio.yaml'),
  path.join(ROOT, 'examples', 'ines-petit-mc-sno.sio.yaml'),
  path.join(ROOT, 'test', 'fixtures', 'site', 'hostile.sio.yaml')
];

describe('portfolio site in Chromium', function () {
  this.timeout(180_000);
  let b: SiteBrowser;
  before(async () => { b = await startSiteBrowser(); });
  after(async () => { await b?.close(); });

  for (const dossier of DOSSIERS) {
    const name = path.basename(dossier, '.sio.yaml');
    describe(name, () => {
      let site: SiteUnderTest;
      before(async () => { site = await generateInto(b.tmp, dossier); });
      const url = (file: string) => pathToFileURL(path.join(site.dir, file)).href;

      it('every page loads from file:// without asking the network, and no dossier script runs', async () => {
        const ctx = await b.context();
        const before = b.blocked.length;
        for (const file of site.result.pages) {
          const { page, requests, dialogs } = await visit(ctx, url(file));
          assert.deepEqual(requests.filter((r) => !r.startsWith('file:')), [], `${file}: requêtes réseau`);
          assert.deepEqual(dialogs, [], `${file}: boîte de dialogue ouverte par un script`);
          assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, `${file}: script du dossier exécuté`);
          assert.equal(await page.locator('script').count(), 0, `${file}: élément script`);
          assert.equal(await page.locator('h1').count(), 1, `${file}: un seul h1`);
          // The stylesheet applied (the CSP lets the site's own CSS in, from file:// too).
          assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position), 'absolute', `${file}: feuille de style`);
          await page.close();
        }
        assert.deepEqual(b.blocked.slice(before), []);
        await ctx.close();
      });

      it('every relative link and anchor resolves', async () => {
        const ctx = await b.context();
        const ids = new Map<string, Set<string>>();
        const links: { from: string; href: string }[] = [];
        for (const file of site.result.pages) {
          const { page } = await visit(ctx, url(file));
          ids.set(file, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
          for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) links.push({ from: file, href });
          await page.close();
        }
        let relative = 0;
        for (const { from, href } of links) {
          if (/^(https?|mailto):/.test(href)) continue;
          assert.ok(href.startsWith('file:'), `${from}: lien ${href}`);
          relative++;
          const u = new URL(href);
          const target = fileURLToPath(u.href.replace(/#.*$/, ''));
          assert.ok(target.startsWith(site.dir + path.sep), `${from}: ${href} sort du site`);
          assert.ok(existsSync(target), `${from}: ${href} introuvable`);
          if (u.hash) {
            const page = path.relative(site.dir, target).split(path.sep).join('/');
            assert.ok(ids.get(page)?.has(decodeURIComponent(u.hash.slice(1))), `${from}: ancre ${u.hash} absente de ${page}`);
          }
        }
        assert.ok(relative > 10, 'liens relatifs vérifiés');
        await ctx.close();
      });

      it('each réalisation has its page, its row in the tableau and a place under each competence it mobilises', async () => {
        const sc = siteContext({ parsed: parseDossier(readFileSync(dossier, 'utf8')), now: new Date('2026-11-26') });
        const ctx = await b.context();
        const { page: tableau } = await visit(ctx, url('tableau.html'));
        const { page: comps } = await visit(ctx, url('competences.html'));
        for (const r of sc.realisations) {
          assert.ok(existsSync(path.join(site.dir, r.file)), r.file);
          const row = tableau.locator(`tr.realisation[data-realisation="${r.id}"]`).first();
          assert.equal(await row.count(), 1, `${r.id} dans le tableau`);
          if (r.id === sc.realisations.find((x) => x.id === r.id)!.src.id?.value || r.id.startsWith('#')) {
            assert.ok((await row.locator('a').first().getAttribute('href'))?.startsWith('realisation-'), `${r.id}: lien vers sa page`);
          }
          for (const c of mobilised(sc.catalog, r.src)) {
            const section = comps.locator(`#${competenceAnchor(c).replace(/\./g, '\\.')}`);
            assert.equal(await section.locator(`a[href="${r.file}"]`).count(), 1, `${r.id} sous ${c}`);
          }
        }
        await ctx.close();
      });

      it('reads the same with JavaScript disabled', async () => {
        const on = await b.context();
        const off = await b.context({ javaScriptEnabled: false });
        for (const file of site.result.pages) {
          const a = await visit(on, url(file));
          const c = await visit(off, url(file));
          assert.equal(await c.page.locator('body').innerText(), await a.page.locator('body').innerText(), file);
        }
        await on.close();
        await off.close();
      });

      for (const scheme of ['light', 'dark'] as const) {
        it(`axe-core: no serious or critical violation on any page (${scheme})`, async () => {
          const ctx = await b.context({ colorScheme: scheme });
          const bad: string[] = [];
          for (const file of site.result.pages) {
            const { page } = await visit(ctx, url(file));
            for (const v of await axe(page)) {
              if (v.impact === 'serious' || v.impact === 'critical') bad.push(`${file}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
            }
            await page.close();
          }
          assert.deepEqual(bad, []);
          await ctx.close();
        });
      }

      if (name === 'lea-martin-sisr') {
        it('screenshots: home, a réalisation, competences — desktop and phone', async () => {
          mkdirSync(OUT, { recursive: true });
          for (const [label, width] of [['bureau', 1280], ['telephone', 375]] as const) {
            const ctx = await b.context({ width });
            for (const file of ['index.html', 'realisation-vlan-clinique.html', 'competences.html']) {
              const { page } = await visit(ctx, url(file));
              // Readable on a phone: nothing but the tableau's own box scrolls sideways (WCAG 1.4.10).
              const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
              assert.ok(overflow <= 1, `${file} à ${width} px déborde de ${overflow} px`);
              await page.screenshot({ path: path.join(OUT, `site-${file.replace('.html', '')}-${label}.png`), fullPage: true });
            }
            await ctx.close();
          }
        });
      }
    });
  }
});
