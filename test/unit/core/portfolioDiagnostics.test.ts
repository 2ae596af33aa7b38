/**
 * The diagnostics of what the portfolio site publishes — document-missing, url-locale,
 * image-alt-missing — on in-memory dossiers, with the exact range underlined, and the new
 * optional keys (profil, veille, attestation, { titre, fichier }) accepted by the schema.
 */
import { strict as assert } from 'node:assert';
import { createLanguageService } from '../../../server/src/core/service';
import type { FileProbe } from '../../../server/src/core/localFiles';
import { marked, NOW, SISR } from '../../support/dossier';

/** Findings of one code, with a folder holding only `present`. */
function found(src: string, code: string, present: string[] = []) {
  const { text, ranges } = marked(src);
  const files: FileProbe = { exists: (p) => present.includes(p) };
  const s = createLanguageService({ now: () => NOW, files: () => files });
  const fs = s.findings(s.parse(text), 'file:///eleves/lea.sio.yaml');
  const mine = fs.filter((f) => f.code === code);
  assert.deepEqual(mine.map((f) => text.slice(f.start, f.end)), ranges.map(([a, b]) => text.slice(a, b)), code);
  for (const f of mine) assert.notEqual(f.message.fr, f.message.en);
  return { mine, all: fs };
}

const withProfil = (profil: string) => SISR.replace('realisations:', `profil:\n${profil}\nrealisations:`);
const withDoc = (doc: string) => SISR.replace('competences: [B1.1, B1.2, B1.3]\n', `competences: [B1.1, B1.2, B1.3]\n    documents:\n      - ${doc}\n`);
const withAttestation = (value: string) => SISR.replace('realisations:', `stages:\n  - organisation: Mairie\n    periode: du 26/05/2025 au 27/06/2025\n    annee: 1\n    attestation: ${value}\nrealisations:`);
const PORTFOLIO_CODES = ['document-missing', 'url-locale', 'image-alt-missing', 'url-invalid'];

describe('portfolio diagnostics', () => {
  it('accepts the new optional sections without any diagnostic when the files exist', () => {
    const src = withProfil('  presentation: "**Bonjour**"\n  photo: { fichier: moi.jpg, alt: Portrait de Léa }\n  cv: pieces/cv.pdf\n  liens:\n    - { titre: Git, url: "https://git.example/lea" }')
      .replace('realisations:', 'veille:\n  sujet: Supervision\n  sources: [https://zabbix.com/blog]\n  articles:\n    - { titre: Zabbix 7, date: 15/03/2025, lien: "https://zabbix.com/a", resume: Court }\nrealisations:')
      .replace('competences: [B1.1, B1.2, B1.3]\n', 'competences: [B1.1, B1.2, B1.3]\n    documents:\n      - { titre: Procédure, fichier: pieces/proc.pdf }\n      - Texte\n');
    const ok = found(src, 'document-missing', ['moi.jpg', 'pieces/cv.pdf', 'pieces/proc.pdf']);
    assert.deepEqual(ok.all, []);
    const missing = found(src.replace('{ titre: Procédure, fichier: pieces/proc.pdf }', '{ titre: Procédure, fichier: ⟦pieces/proc.pdf⟧ }'), 'document-missing', ['moi.jpg', 'pieces/cv.pdf']);
    assert.equal(missing.mine.length, 1);
    const stage = found(withAttestation('pieces/attestation-1.pdf'), 'document-missing', ['pieces/attestation-1.pdf']);
    assert.deepEqual(stage.all.filter((f) => f.code.startsWith('schema') || PORTFOLIO_CODES.includes(f.code)), []);
  });

  it('document-missing: a local file that does not exist, on its path', () => {
    found(withDoc('{ titre: Procédure, fichier: ⟦pieces/absente.pdf⟧ }'), 'document-missing', []);
  });

  it('document-missing: a path leaving the dossier folder is an error, even if the file exists', () => {
    const { mine } = found(withDoc('{ titre: Mots de passe, fichier: ⟦../../etc/passwd⟧ }'), 'document-missing', ['../../etc/passwd']);
    assert.equal(mine[0].severity, 'error');
    assert.match(mine[0].message.fr, /hors du dossier/);
    found(withProfil('  cv: ⟦/home/lea/cv.pdf⟧'), 'document-missing', ['/home/lea/cv.pdf']);
    found(withProfil('  cv: ⟦C:\\Users\\lea\\cv.pdf⟧'), 'document-missing');
    found(withAttestation('⟦pieces/../../attestation.pdf⟧'), 'document-missing');
  });

  it('document-missing: an address written as a file says to write it as a link instead', () => {
    const { mine } = found(withDoc('{ titre: Dépôt, fichier: ⟦"https://git.example/lea"⟧ }'), 'document-missing');
    assert.match(mine[0].message.fr, /est une adresse, pas un fichier/);
  });

  it('document-missing is not guessed without a folder to look in (unsaved document)', () => {
    const s = createLanguageService({ now: () => NOW });
    const text = withDoc('{ titre: Procédure, fichier: pieces/absente.pdf }');
    assert.deepEqual(s.findings(s.parse(text)).filter((f) => f.code === 'document-missing'), []);
  });

  it('a CV given as an address is a link, not a file', () => {
    found(withProfil('  cv: https://cv.example/lea.pdf'), 'document-missing');
  });

  it('url-locale: localhost, private addresses, names without a domain and file: links', () => {
    found(withDoc('⟦http://localhost:8080/glpi⟧'), 'url-locale');
    found(withDoc('⟦http://192.168.1.20/⟧'), 'url-locale');
    found(withDoc('⟦http://172.20.0.5/wiki⟧'), 'url-locale');
    found(withDoc('⟦https://127.0.0.1/⟧'), 'url-locale');
    found(withDoc('⟦http://[::1]:3000/⟧'), 'url-locale');
    found(withDoc('⟦http://intranet/projet⟧'), 'url-locale');
    const { mine } = found(withDoc('⟦"file:///home/lea/rapport.pdf"⟧'), 'url-locale');
    assert.match(mine[0].message.fr, /ordinateur/);
    found(withProfil('  liens:\n    - { titre: Démo, url: ⟦"http://glpi.local/"⟧ }'), 'url-locale');
    found(SISR.replace('realisations:', 'veille:\n  articles:\n    - { titre: A, lien: ⟦"http://10.0.0.1/a"⟧ }\nrealisations:'), 'url-locale');
  });

  it('url-locale leaves public addresses alone (172.32.x is public, so is a dotted name)', () => {
    found(withDoc('http://172.32.0.1/'), 'url-locale');
    found(withDoc('https://git.example/lea'), 'url-locale');
  });

  it('the title of a file document is never read as a link', () => {
    const { all } = found(withDoc('{ titre: "Note: procédure", fichier: pieces/p.pdf }'), 'url-invalid', ['pieces/p.pdf']);
    assert.deepEqual(all.map((f) => f.code), []);
  });

  it('a file: document is no longer reported as an invalid URL as well', () => {
    const { all } = found(withDoc('⟦"file:///home/lea/rapport.pdf"⟧'), 'url-locale');
    assert.equal(all.filter((f) => f.code === 'url-invalid').length, 0);
  });

  it('image-alt-missing: on the photo key when alt is absent, on alt when it is empty', () => {
    found(withProfil('  ⟦photo⟧: moi.jpg'), 'image-alt-missing', ['moi.jpg']);
    found(withProfil('  ⟦photo⟧: { fichier: moi.jpg }'), 'image-alt-missing', ['moi.jpg']);
    found(withProfil('  photo: { fichier: moi.jpg, ⟦alt⟧: "" }'), 'image-alt-missing', ['moi.jpg']);
    found(withProfil('  photo: { fichier: moi.jpg, alt: Portrait }'), 'image-alt-missing', ['moi.jpg']);
  });

  it('a { titre, fichier } document missing its fichier is a schema error on the item', () => {
    const { all } = found(withDoc('{ titre: Procédure }'), 'none');
    assert.ok(all.some((f) => f.code === 'schema-missing-field' && /fichier/.test(f.message.fr)));
  });
});
