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
import { siteContext, competenceAnchor } from '../../server/src/products/site/context';
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

      /** One visit per page with JavaScript on (light, then dark), one with it off: what each test asserts on. */
      interface PageVisit { file: string; requests: string[]; dialogs: string[]; pwned: unknown; scripts: number; h1: number; styled: string;
        ids: Set<string>; hrefs: string[]; text: string; textNoJs?: string; axe: { light: string[]; dark: string[] } }
      let visits: PageVisit[];
      let blocked: string[];
      before(async () => {
        const ctx = await b.context();
        const offCtx = await b.context({ javaScriptEnabled: false });
        const before = b.blocked.length;
        visits = [];
        for (const file of site.result.pages) {
          const { page, requests, dialogs } = await visit(ctx, url(file));
          const serious = async () => (await axe(page))
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${file}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          const v: PageVisit = {
            file, requests, dialogs,
            pwned: await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
            scripts: await page.locator('script').count(),
            h1: await page.locator('h1').count(),
            styled: await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position),
            ids: new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))),
            hrefs: await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
            text: await page.locator('body').innerText(),
            axe: { light: await serious(), dark: [] }
          };
          await page.emulateMedia({ colorScheme: 'dark' });
          v.axe.dark = await serious();
          await page.close();
          const off = await visit(offCtx, url(file));
          v.textNoJs = await off.page.locator('body').innerText();
          await off.page.close();
          visits.push(v);
        }
        blocked = b.blocked.slice(before);
        await ctx.close();
        await offCtx.close();
      });

      it('every page loads from file:// without asking the network, and no dossier script runs', () => {
        assert.equal(visits.length, site.result.pages.length);
        for (const v of visits) {
          assert.deepEqual(v.requests.filter((r) => !r.startsWith('file:')), [], `${v.file}: requêtes réseau`);
          assert.deepEqual(v.dialogs, [], `${v.file}: boîte de dialogue ouverte par un script`);
          assert.equal(v.pwned, undefined, `${v.file}: script du dossier exécuté`);
          assert.equal(v.scripts, 0, `${v.file}: élément script`);
          assert.equal(v.h1, 1, `${v.file}: un seul h1`);
          // The stylesheet applied (the CSP lets the site's own CSS in, from file:// too).
          assert.equal(v.styled, 'absolute', `${v.file}: feuille de style`);
        }
        assert.deepEqual(blocked, []);
      });

      it('every relative link and anchor resolves', () => {
        const ids = new Map(visits.map((v) => [v.file, v.ids]));
        let relative = 0;
        for (const { file: from, hrefs } of visits) {
          for (const href of hrefs) {
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
        }
        assert.ok(relative > 10, 'liens relatifs vérifiés');
      });

      it('each réalisation has its page, its row in the tableau and a place under each competence it mobilises', async () => {
        const sc = siteContext({ parsed: parseDossier(readFileSync(dossier, 'utf8')), now: new Date('2026-11-26') });
        const ctx = await b.context();
        const { page: tableau } = await visit(ctx, url('tableau.html'));
        const { page: comps } = await visit(ctx, url('competences.html'));
        for (const r of sc.realisations) {
          assert.ok(existsSync(path.join(site.dir, r.file)), r.file);
          const row = tableau.locator(`tr.realisation[data-realisation="${r.id}"]`);
          assert.ok(await row.count() >= 1, `${r.id} dans le tableau`);
          // Repeated ids (an error the editor reports) share the first réalisation's page.
          const first = sc.realisations.find((x) => x.id === r.id)!;
          assert.ok(await row.locator(`a[href="${first.file}"]`).count() >= 1, `${r.id}: lien vers sa page`);
          for (const c of mobilised(sc.catalog, r.src)) {
            const section = comps.locator(`#${competenceAnchor(c)}`);
            assert.equal(await section.locator(`a[href="${r.file}"]`).count(), 1, `${r.id} sous ${c}`);
          }
        }
        await ctx.close();
      });

      it('reads the same with JavaScript disabled', () => {
        for (const v of visits) assert.equal(v.textNoJs, v.text, v.file);
      });

      it('axe-core: no serious or critical violation on any page, light and dark', () => {
        assert.deepEqual(visits.flatMap((v) => v.axe.light), []);
        assert.deepEqual(visits.flatMap((v) => v.axe.dark), []);
      });

      if (name === 'lea-martin-sisr') {
        it('screenshots: home, a réalisation, competences — desktop and phone; keyboard focus and print', async () => {
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
          // Keyboard: the first Tab shows the skip link with a visible focus ring (WCAG 2.4.1, 2.4.7);
          // print: no navigation, black on white.
          const kb = await b.context();
          const { page: home } = await visit(kb, url('index.html'));
          await home.keyboard.press('Tab');
          const focus = await home.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const cs = getComputedStyle(el);
            return { text: el.textContent, top: el.getBoundingClientRect().top, outline: cs.outlineStyle, width: cs.outlineWidth };
          });
          assert.deepEqual(focus.text, 'Aller au contenu');
          assert.ok(focus.top >= 0, 'lien d’évitement visible');
          assert.deepEqual([focus.outline, focus.width], ['solid', '3px']);
          await home.emulateMedia({ media: 'print' });
          assert.equal(await home.evaluate(() => getComputedStyle(document.querySelector('.site-nav')!).display), 'none');
          assert.equal(await home.evaluate(() => getComputedStyle(document.body).color), 'rgb(0, 0, 0)');
          await kb.close();
          const dark = await b.context({ colorScheme: 'dark' });
          const { page } = await visit(dark, url('index.html'));
          await page.screenshot({ path: path.join(OUT, 'site-index-bureau-sombre.png'), fullPage: true });
          await dark.close();
        });
      }
    });
  }
});
