/**
 * The frame every page of the site shares: `lang="fr"`, a skip link, one banner, one
 * navigation (the current page marked with aria-current), one main holding the page's
 * single h1, one footer with the mentions légales. No script at all, and a CSP that forbids
 * one (defence in depth: dossier text is escaped or rendered by markdown-it without HTML).
 */
import { escapeHtml } from '../render/escape';

export interface NavItem {
  file: string;
  label: string;
}

export interface PageFrame {
  file: string;
  /** The h1 and the <title> prefix. */
  title: string;
  /** The page's content after its h1. */
  body: string;
  /** Nav entry this page belongs to (a réalisation belongs to none). */
  navFile?: string;
}

const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

export function pageHtml(page: PageFrame, nav: NavItem[], owner: string): string {
  const current = page.navFile ?? page.file;
  const items = nav
    .map((n) => `<li><a href="${escapeHtml(n.file)}"${n.file === current ? ' aria-current="page"' : ''}>${escapeHtml(n.label)}</a></li>`)
    .join('');
  return '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
    + `<meta http-equiv="Content-Security-Policy" content="${CSP}">\n`
    + '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    + '<meta name="generator" content="Dossier SIO">\n'
    + `<title>${escapeHtml(page.title)} — ${escapeHtml(owner)}</title>\n`
    + '<link rel="stylesheet" href="assets/site.css">\n</head>\n<body>\n'
    + '<a class="skip-link" href="#contenu">Aller au contenu</a>\n'
    + `<header class="site-header"><p class="site-name"><a href="index.html">${escapeHtml(owner)}</a></p>`
    + '<p class="site-tagline">Portfolio</p></header>\n'
    + `<nav class="site-nav" aria-label="Navigation principale"><ul>${items}</ul></nav>\n`
    + `<main id="contenu" tabindex="-1">\n<h1>${escapeHtml(page.title)}</h1>\n${page.body}\n</main>\n`
    + '<footer class="site-footer"><p><a href="mentions-legales.html"'
    + `${current === 'mentions-legales.html' ? ' aria-current="page"' : ''}>Mentions légales</a>`
    + ' · Site généré par Dossier SIO depuis le dossier du candidat.</p></footer>\n'
    + '</body>\n</html>\n';
}
