/**
 * The portfolio site as a list of files (path → bytes), from a parsed dossier: pure, so the
 * page builders are tested on in-memory dossiers and the same dossier always gives the same
 * bytes (no clock, no random, pages in a fixed order). site/generate.ts writes it to disk.
 */
import { siteContext, type SiteInput } from './context';
import { SITE_CSS } from './css';
import { pageHtml, type NavItem, type PageFrame } from './layout';
import { competencesPage } from './pages/competences';
import { fichesPage, tableauPage } from './pages/forms';
import { homePage } from './pages/home';
import { mentionsPage } from './pages/mentions';
import { parcoursPage } from './pages/parcours';
import { realisationPage } from './pages/realisation';
import { veillePage } from './pages/veille';

export interface BuiltSite {
  /** Site-relative path (`/` separators) → content. */
  files: Map<string, string>;
  pages: string[];
  /** Every external address a page links to, with the pages it appears on. */
  externalLinks: Map<string, string[]>;
}

export function buildSite(input: SiteInput): BuiltSite {
  const ctx = siteContext(input);
  const veille = veillePage(ctx);
  const fiches = fichesPage(ctx);
  const main: PageFrame[] = [homePage(ctx), parcoursPage(ctx), competencesPage(ctx), ...(veille ? [veille] : []), tableauPage(ctx), ...(fiches ? [fiches] : [])];
  const nav: NavItem[] = main.map((p) => ({
    file: p.file,
    label: p.file === 'index.html' ? 'Accueil' : p.file === 'tableau.html' ? 'Tableau de synthèse' : p.title
  }));
  const realisations = ctx.realisations.map((r) => realisationPage(ctx, r));
  const all = [...main, ...realisations, mentionsPage(ctx)];
  const files = new Map<string, string>();
  const externalLinks = new Map<string, string[]>();
  for (const p of all) {
    const html = pageHtml(p, nav, ctx.owner);
    files.set(p.file, html);
    for (const m of html.matchAll(/<a [^>]*href="(https?:[^"]+)"/g)) {
      const url = m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const where = externalLinks.get(url) ?? [];
      if (!where.includes(p.file)) where.push(p.file);
      externalLinks.set(url, where);
    }
  }
  files.set('assets/site.css', SITE_CSS);
  return { files, pages: all.map((p) => p.file), externalLinks };
}
