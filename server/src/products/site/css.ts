/**
 * The site's one stylesheet, shipped as `assets/site.css`. Kept in code (not read from disk
 * beside a bundle) so the CLI, the extension and the tests produce the same bytes.
 * WCAG 2.1 AA: every text colour below is at least 4.5:1 on the background it sits on, in
 * light and in dark (`prefers-color-scheme`); focus is a 3 px outline (2.4.7); text reflows
 * on a 320 px phone (1.4.10), the wide tableau scrolls inside its own box; print is black
 * on white without the navigation. The form classes (table.synthese, .fiche…) are those of
 * render/*, drawn like the preview's paper look.
 */
export const SITE_CSS = `:root {
  color-scheme: light dark;
  --fg: #1a1a1a; --bg: #ffffff; --muted: #4d4d4d; --link: #0645ad; --link-visited: #5a2d8c;
  --border: #595959; --head-bg: #efefef; --group-bg: #dedede; --missing: #a3001b; --focus: #0645ad;
  --band: #f5f7fa;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #ececec; --bg: #121212; --muted: #bdbdbd; --link: #8ab4f8; --link-visited: #d0a8ff;
    --border: #8c8c8c; --head-bg: #242424; --group-bg: #333333; --missing: #ff8a80; --focus: #ffd54f;
    --band: #1c1f24;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0; font-family: "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif; font-size: 1rem; line-height: 1.5; background: var(--bg); color: var(--fg); }
a { color: var(--link); text-underline-offset: 0.15em; }
a:visited { color: var(--link-visited); }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
main:focus { outline: none; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 1rem; background: var(--bg); color: var(--link); border: 2px solid var(--focus); z-index: 10; }
.skip-link:focus { top: 0.5rem; }
.site-header, .site-nav, main, .site-footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
.site-header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 1rem; padding-top: 1rem; }
.site-name { margin: 0; font-size: 1.25rem; font-weight: bold; }
.site-name a { color: var(--fg); text-decoration: none; }
.site-tagline { margin: 0; color: var(--muted); }
.site-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0.5rem 0 0; padding: 0.5rem 0; border-bottom: 2px solid var(--border); }
.site-nav a { display: inline-block; padding: 0.25rem 0; }
.site-nav a[aria-current="page"] { color: var(--fg); font-weight: bold; text-decoration: underline; text-decoration-thickness: 3px; }
main { padding-top: 1rem; padding-bottom: 2rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
.note, .not-published, .article-date { color: var(--muted); }
.intro { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.photo { width: 160px; height: 160px; object-fit: cover; border-radius: 50%; border: 1px solid var(--border); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.25rem; margin: 0 0 1rem; }
dl.facts > div { display: contents; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
ul.cards, ul.realisation-links, ul.competence-list, ul.links, ul.downloads { padding-left: 1.25rem; }
ul.cards li, ul.competence-list li { margin: 0.25rem 0; }
.toc ul { padding-left: 1.25rem; }
section.bloc { margin-top: 1.5rem; }
section.competence { border-left: 4px solid var(--border); padding: 0.25rem 0 0.5rem 1rem; margin: 1.25rem 0; background: var(--band); }
.competence-id { font-weight: bold; white-space: nowrap; }
.prose { max-width: 48rem; }
.prose pre, .prose code { font-family: "DejaVu Sans Mono", monospace; font-size: 0.95em; }
.prose pre { overflow-x: auto; padding: 0.5rem; background: var(--band); }
.table-scroll, .tableau, .grid { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid var(--border); padding: 0.35rem 0.5rem; vertical-align: top; text-align: left; overflow-wrap: break-word; }
thead th { background: var(--head-bg); }
.form { font-size: 0.92rem; }
.form-session, .form-epreuve { color: var(--muted); margin: 0.25rem 0; }
.form table { table-layout: fixed; }
table.synthese { min-width: 1040px; margin-bottom: 0.5rem; }
table.synthese.is-wide { min-width: 1500px; }
col.col-intitule { width: 26%; }
col.col-periode { width: 11%; }
table.is-wide col.col-intitule { width: 20%; }
table.is-wide col.col-periode { width: 9%; }
th.corner, .periode-head, td.sub-competences, tfoot th, tfoot td { background: var(--head-bg); }
.corner-top, .corner-bottom { display: block; }
.corner-top { font-style: italic; font-weight: normal; }
.corner-bottom { margin-top: 0.75rem; }
th.competence { text-align: center; vertical-align: middle; }
td.sub-competences { font-size: 0.85em; }
td.sub-competences ul { margin: 0; padding-left: 1.1em; }
tr.group th { background: var(--group-bg); font-style: italic; }
tr.empty-group td { color: var(--muted); font-style: italic; }
tr.realisation th.intitule { font-weight: normal; }
.intitule-text { font-weight: bold; }
.realisation-id { color: var(--muted); font-size: 0.9em; }
ul.documents { margin: 0.25rem 0 0; padding-left: 1.2em; }
td.periode.is-unreadable, td.coverage.is-missing, .coverage-summary.is-incomplete, .cadre-missing { color: var(--missing); font-weight: bold; }
.cadre-missing { display: block; }
td.tick { text-align: center; vertical-align: middle; font-weight: bold; }
tfoot th { text-align: right; }
table.candidat .field-label { font-weight: bold; }
.option, .modalite { margin-right: 1.2em; white-space: nowrap; }
section.fiche { margin: 0 0 2rem; }
table.fiche-form th[scope="row"] { width: 24%; background: var(--head-bg); }
tr.fiche-title th, td.fiche-numero { background: var(--group-bg); }
ul.checklist { list-style: none; margin: 0; padding: 0; }
.text-block { white-space: pre-line; }
.form-note { color: var(--muted); font-style: italic; }
.site-footer { border-top: 1px solid var(--border); padding-top: 0.75rem; padding-bottom: 2rem; color: var(--muted); font-size: 0.9rem; }
/* The tableau read on a phone (issue 25): words wrap between words, never inside one (the
   columns take the longest word's width); a long address breaks anywhere rather than widen its
   column; the caption stays in view while the table scrolls inside its own region. */
.form table.synthese { table-layout: auto; }
th.competence, td.sub-competences, th.corner, .periode-head, tr.realisation th.intitule, td.periode { overflow-wrap: normal; word-break: normal; }
.doc-link, .doc-text { overflow-wrap: anywhere; }
.sub-toggle { display: none; }
.tableau > table > caption, .grid > table > caption { position: sticky; left: 0; max-width: calc(100vw - 2rem); }
@media (max-width: 40rem) {
  .site-header { padding-top: 0.5rem; }
  .site-name { font-size: 1.1rem; }
  .site-nav ul { gap: 0 0.9rem; margin-top: 0.25rem; padding: 0.25rem 0; }
  h1 { font-size: 1.3rem; margin: 0.25rem 0 0.5rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: 0.5rem; }
}
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #333; --link: #000; --link-visited: #000; --border: #000; --head-bg: #fff; --group-bg: #fff; --band: #fff; }
  .skip-link, .site-nav, .site-footer { display: none; }
  .table-scroll, .tableau, .grid { overflow: visible; }
  table.synthese, table.synthese.is-wide { min-width: 0; }
  tr.realisation, section.competence { break-inside: avoid; }
  section.fiche { break-before: page; }
}
`;
