/**
 * The site's page builders on in-memory dossiers: the pages a visitor finds, what each says,
 * and that the site agrees with the tableau (same réalisations, same periods, same ticks).
 */
import { strict as assert } from 'node:assert';
import { parseDossier } from '../../../server/src/core/parse';
import { buildSynthese } from '../../../server/src/core/table/build';
import { buildSite } from '../../../server/src/products/site/build';
import { NOW, SISR } from '../../support/dossier';

const site = (text: string, fileHref?: (v: string | undefined) => string | null) => buildSite({ parsed: parseDossier(text), now: NOW, fileHref });
const page = (text: string, file: string) => site(text).files.get(file) ?? assert.fail(`${file} absent`);
/** Visible text of a page, tags removed (enough to assert wording). */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('portfolio site pages', () => {
  it('has the pages of the issue, one per réalisation, Veille and Fiches only when the dossier has them', () => {
    const s = site(SISR);
    assert.deepEqual(s.pages, ['index.html', 'parcours.html', 'competences.html', 'tableau.html', 'fiches.html',
      'realisation-glpi.html', 'realisation-projet.html', 'realisation-vlan.html', 'realisation-zabbix.html', 'mentions-legales.html']);
    const noFiche = SISR.replace(/    fiche:\n      numero: \d\n/g, '');
    assert.ok(!site(noFiche).pages.includes('fiches.html'));
    const veille = SISR.replace('realisations:', 'veille:\n  sujet: La supervision\nrealisations:');
    assert.ok(site(veille).pages.includes('veille.html'));
    assert.match(textOf(site(veille).files.get('veille.html')!), /Sujet : La supervision/);
    assert.ok(site(SISR).files.has('assets/site.css'));
  });

  it('every page has lang="fr", one h1, the navigation with the current page marked, and no script', () => {
    for (const [file, html] of site(SISR).files) {
      if (!file.endsWith('.html')) continue;
      assert.match(html, /<html lang="fr">/);
      assert.equal(html.match(/<h1[ >]/g)?.length, 1, file);
      assert.doesNotMatch(html, /<script/i, file);
      assert.match(html, /<nav class="site-nav" aria-label="Navigation principale">/);
      if (!file.startsWith('realisation-') && file !== 'mentions-legales.html') assert.match(html, new RegExp(`href="${file}" aria-current="page"`), file);
    }
  });

  it('a réalisation page gives its cadre, canonical period, competences with titles and links to them', () => {
    const text = SISR.replace('periode: du 09/12/2024 au 20/12/2024', 'periode: 9/12/2024 - 20/12/2024')
      .replace('competences: [B1.1, B1.2, B1.3]', 'competences: [B1.1, B1.2.1, B1.3]\n    organisation: Lycée Exemple\n    modalite: equipe');
    const html = page(text, 'realisation-glpi.html');
    const t = textOf(html);
    assert.match(t, /Cadre Réalisation en cours de formation/);
    // The tableau's own period as it prints it (two-digit years), not the text as typed.
    const row = buildSynthese(parseDossier(text), NOW).groups[0].rows.find((r) => r.id === 'glpi')!;
    assert.ok(t.includes(`Période ${row.periode.printed}`), t);
    assert.match(t, /Période du 09\/12\/24 au 20\/12\/24/);
    assert.match(t, /Modalité En équipe/);
    assert.match(html, /href="competences.html#c-b1-2"><span class="competence-id">B1\.2\.1<\/span> /);
    assert.match(t, /B1\.1 Gérer le patrimoine informatique/);
  });

  it('a réalisation with a fiche links to it and gives its access to the productions', () => {
    const text = SISR.replace('      numero: 1\n', '      numero: 1\n      productions: Dépôt Git et procédure dans le portfolio\n');
    const html = page(text, 'realisation-vlan.html');
    assert.match(html, /<a href="fiches.html#fiche-1">fiche descriptive n° 1<\/a>/);
    assert.match(html, /<h2 id="documents">Documents et productions<\/h2><p class="text-block">Dépôt Git et procédure dans le portfolio<\/p>/);
    assert.match(page(text, 'fiches.html'), /<section class="fiche" id="fiche-1"/);
  });

  it('renders Markdown descriptions without raw HTML, and keeps a single h1', () => {
    const text = SISR.replace('competences: [B1.1, B1.2, B1.3]', 'competences: [B1.1, B1.2, B1.3]\n    description: |\n      # Titre\n      **gras** <script>alert(1)</script> [lien](https://a.example) [x](javascript:alert(1))');
    const html = page(text, 'realisation-glpi.html');
    assert.match(html, /<h3>Titre<\/h3>/);
    assert.match(html, /<strong>gras<\/strong> &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /<a href="https:\/\/a.example">lien<\/a>/);
    assert.doesNotMatch(html, /href="javascript/);
  });

  it('the Compétences page lists every competence with its indicators and the réalisations that mobilise it', () => {
    const html = page(SISR, 'competences.html');
    const b12 = html.slice(html.indexOf('id="c-b1-2"'), html.indexOf('id="c-b1-3"'));
    assert.match(b12, /Indicateurs de performance/);
    assert.match(b12, /href="realisation-glpi.html"/);
    assert.doesNotMatch(b12, /realisation-projet/);
    // Bloc 3 competences are listed too, honestly unmobilised.
    assert.match(html, /id="c-b3-1"[\s\S]*?Aucune réalisation ne mobilise encore cette compétence/);
  });

  it('the Tableau page is the preview\'s renderer: same rows, same ticks, linked, without the webview hooks', () => {
    const html = page(SISR, 'tableau.html');
    const model = buildSynthese(parseDossier(SISR), NOW);
    for (const r of model.groups.flatMap((g) => g.rows)) {
      assert.match(html, new RegExp(`data-realisation="${r.id}"><th scope="row" class="intitule"><a class="intitule-text" href="realisation-${r.id}.html">`));
    }
    assert.equal(html.match(/is-ticked/g)?.length, 6);
    // No webview hook (data-line, data-href, focusable rows); only the scrolling region is focusable.
    assert.doesNotMatch(html, /data-line|<tr[^>]*tabindex="0"|data-href/);
    assert.match(html, /<section class="tableau" aria-label="Tableau de synthèse" tabindex="0">/);
    assert.match(html, /<caption>Tableau de synthèse des réalisations professionnelles<\/caption>/);
  });

  it('links to the exported PDF and spreadsheet only when they were found', () => {
    assert.doesNotMatch(page(SISR, 'tableau.html'), /Le dossier en PDF/);
    const s = buildSite({ parsed: parseDossier(SISR), now: NOW, exports: { pdf: 'telechargements/lea.pdf', tableur: 'telechargements/lea.xlsx' } });
    assert.match(s.files.get('tableau.html')!, /<a href="telechargements\/lea.pdf">Le dossier en PDF<\/a>/);
    assert.match(s.files.get('tableau.html')!, /<a href="telechargements\/lea.xlsx">/);
  });

  it('Parcours lists each stage with its weeks and its attestation when published', () => {
    const text = SISR.replace('realisations:', 'stages:\n  - organisation: Mairie\n    periode: du 02/06/2025 au 27/06/2025\n    annee: 1\n    attestation: pieces/att.pdf\nrealisations:');
    const html = site(text, (v) => (v === 'pieces/att.pdf' ? 'fichiers/pieces/att.pdf' : null)).files.get('parcours.html')!;
    assert.match(textOf(html), /Mairie du 02\/06\/25 au 27\/06\/25 4 Première année/);
    assert.match(html, /<a href="fichiers\/pieces\/att.pdf">Attestation<\/a>/);
    const unpublished = site(text).files.get('parcours.html')!;
    assert.match(unpublished, /Attestation <span class="not-published">\(fichier non publié\)<\/span>/);
  });

  it('the home page shows the photo only with its alternative text, and the CV and contact links', () => {
    const text = SISR.replace('realisations:', 'profil:\n  photo: { fichier: moi.jpg, alt: Portrait de Léa }\n  cv: pieces/cv.pdf\n  liens:\n    - { titre: Mon Git, url: "https://git.example/lea" }\n    - { titre: Piège, url: "javascript:alert(1)" }\nrealisations:');
    const href = (v: string | undefined) => (v ? `fichiers/${v}` : null);
    const html = site(text, href).files.get('index.html')!;
    assert.match(html, /<img class="photo" src="fichiers\/moi.jpg" alt="Portrait de Léa"/);
    assert.match(html, /<a href="fichiers\/pieces\/cv.pdf">Mon CV<\/a>/);
    assert.match(html, /<a href="https:\/\/git.example\/lea">Mon Git<\/a>/);
    assert.doesNotMatch(html, /href="javascript/);
    const noAlt = site(text.replace(', alt: Portrait de Léa', ''), href).files.get('index.html')!;
    assert.doesNotMatch(noAlt, /<img/);
  });

  it('the same dossier gives the same bytes', () => {
    const a = site(SISR);
    const b = site(SISR);
    assert.deepEqual([...a.files], [...b.files]);
  });

  it('collects every external link with the pages it appears on (for --verifier-liens)', () => {
    const text = SISR.replace('competences: [B1.1, B1.2, B1.3]', 'competences: [B1.1, B1.2, B1.3]\n    documents: ["https://git.example/lea/glpi?a=1&b=2"]');
    const links = site(text).externalLinks;
    assert.deepEqual(links.get('https://git.example/lea/glpi?a=1&b=2'), ['tableau.html', 'realisation-glpi.html']);
    assert.deepEqual(links.get('https://lea.github.io/portfolio'), ['tableau.html']);
  });
});
