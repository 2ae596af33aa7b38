/**
 * The site's tableau page read on a phone (issue 25), in Debian's Chromium at 390 px and at
 * 1280 px: a compact banner and navigation, the tableau's caption in view (not clipped by the
 * table's width), the table scrolling inside its own region while the page does not, no word
 * of a competence heading, sub-competence or intitulé broken in the middle (« informatiqu/e »),
 * a bare address in a document's text as a link, and axe-core still passing.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { axe, generateInto, startSiteBrowser, visit, type SiteBrowser, type SiteUnderTest } from './siteHarness';

const ROOT = path.resolve(__dirname, '../..');

/** Words split over two lines inside the tableau's text (a break at a hyphen is a break between words). */
const BROKEN_WORDS = `(() => {
  const out = [];
  const scope = document.querySelectorAll('table.synthese caption, table.synthese th.competence, table.synthese td.sub-competences li, table.synthese th.intitule .intitule-text, table.synthese .corner');
  for (const el of scope) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      const re = /[^\\s-]+-?/g;
      let m;
      while ((m = re.exec(text))) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) out.push(m[0]);
      }
    }
  }
  return out;
})()`;

const MEASURES = `(() => {
  const box = (s) => document.querySelector(s).getBoundingClientRect();
  const caption = document.querySelector('table.synthese caption');
  const region = document.querySelector('section.tableau');
  return {
    nav: box('.site-nav').bottom,
    captionTop: caption.getBoundingClientRect().top,
    captionRight: caption.getBoundingClientRect().right,
    captionClipped: caption.scrollWidth > caption.clientWidth + 1,
    pageWidth: document.documentElement.scrollWidth,
    regionScrolls: region.scrollWidth > region.clientWidth,
    regionFocusable: region.tabIndex === 0,
    viewport: innerWidth,
    docLinks: [...document.querySelectorAll('table.synthese .doc-text a.doc-link')].map((a) => a.getAttribute('href'))
  };
})()`;

interface Measures { nav: number; captionTop: number; captionRight: number; captionClipped: boolean; pageWidth: number; regionScrolls: boolean; regionFocusable: boolean; viewport: number; docLinks: string[] }

describe('site: the tableau page on a phone and on a desktop', function () {
  this.timeout(180_000);
  let b: SiteBrowser;
  let site: SiteUnderTest;
  before(async () => {
    b = await startSiteBrowser();
    // The example, with a document written as students write them: words, then the address.
    const dir = mkdtempSync(path.join(b.tmp, 'phone-'));
    const text = readFileSync(path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml'), 'utf8')
      .replace('      - https://git.example/lea/glpi', '      - Dépôt Git https://gitlab.com/lea-martin/glpi');
    assert.match(text, /Dépôt Git https:\/\/gitlab\.com/);
    const file = path.join(dir, 'lea-martin-sisr.sio.yaml');
    writeFileSync(file, text);
    site = await generateInto(dir, file);
  });
  after(async () => { await b?.close(); });

  for (const width of [390, 1280]) {
    it(`${width} px: compact header, caption in view, the table scrolls in its own region, no word cut, links, axe-core`, async () => {
      const ctx = await b.context({ width });
      const { page } = await visit(ctx, pathToFileURL(path.join(site.dir, 'tableau.html')).href);
      const m = await page.evaluate(MEASURES) as Measures;
      // Banner and navigation: at most about four lines of text on a phone (176 px before).
      assert.ok(m.nav <= 160, `banner + navigation end at ${m.nav} px`);
      assert.ok(m.captionTop < 900, `caption at ${m.captionTop} px, below the first screen`);
      assert.ok(m.captionRight <= m.viewport, `caption ends at ${m.captionRight} px in a ${m.viewport} px window`);
      assert.equal(m.captionClipped, false);
      assert.ok(m.pageWidth <= m.viewport, `the page itself scrolls sideways (${m.pageWidth} px)`);
      if (width === 390) assert.equal(m.regionScrolls, true, 'the table scrolls inside its region');
      assert.equal(m.regionFocusable, true, 'a keyboard can reach the scrolling region');
      assert.deepEqual(await page.evaluate(BROKEN_WORDS), []);
      assert.deepEqual(m.docLinks, ['https://gitlab.com/lea-martin/glpi']);
      const bad = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.slice(0, 2))}`), []);
      await ctx.close();
    });
  }
});
