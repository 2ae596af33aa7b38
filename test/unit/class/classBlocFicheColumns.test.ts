/**
 * Issue 24: the class exports give the teacher the review's decisions bloc by bloc (« B1
 * retenues / refusées / en attente ») and, for fiche descriptive n° 1 and n° 2, the réalisation
 * it presents and whether it is complete — not only one status for the pair. Read as a teacher
 * reads the CSV: its header and a student's row.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../../../server/src/products/class/csv';
import { classOverview } from '../../../server/src/products/class/overview';

const lea = readFileSync(join(__dirname, '../../fixtures/classe/lea-martin-sisr.sio.yaml'), 'utf8');
const NOW = new Date(2026, 2, 1, 12, 0, 0);
const REFUS = 'revue: 1\nrelecteur: M. Dupont\nvalidations:\n  site-bts:\n    B1.3: { decision: refusee, motif: Pas de présence en ligne. }\n    B1.4: retenue\n  glpi:\n    B1.5: a-revoir\n';
// Students' mistakes: fiche n° 2's réalisation lost its description (an empty verso); another
// student put only one fiche.
const noDescription = lea.replace(/    description: \|\n      Mise en place de Zabbix[^\n]*\n[^\n]*\n/, '');
// The two fiches together miss B2.1 (the student moved it to a réalisation without fiche).
const uncovered = lea.replace('competences: [B1.5, B2.1, B2.2]', 'competences: [B1.5, B2.2]');
const oneFiche = lea.replace(/    fiche:\n      numero: 2\n(?: {6,}[^\n]*\n)*/, '');

function csv(files: { file: string; text: string; review?: string | null }[]) {
  const lines = toCsv(classOverview(files, { now: NOW })).split('\r\n').filter(Boolean);
  const head = lines[0].replace(/^\uFEFF/, '').split(';').map((h) => h.slice(1, -1));
  const row = (file: string) => {
    const cells = lines.find((l) => l.startsWith(`"${file}"`))!.split(';').map((c) => c.slice(1, -1));
    return (h: string) => {
      assert.ok(head.includes(h), `colonne « ${h} » absente : ${head.join(' | ')}`);
      return cells[head.indexOf(h)];
    };
  };
  return { head, row };
}

describe('class CSV: decisions per bloc and the two fiches', () => {
  it('B1 retenues / refusées / en attente count the bloc’s competences as the review decides them', () => {
    const { row } = csv([{ file: 'lea.sio.yaml', text: lea, review: REFUS }, { file: 'sans-revue.sio.yaml', text: lea }]);
    const decided = row('lea.sio.yaml');
    // B1.4 retained, B1.3 refused (its only claim), the four others pending (B1.5 « à revoir »).
    assert.deepEqual([decided('B1 retenues'), decided('B1 refusées'), decided('B1 en attente')], ['1', '1', '4']);
    const undecided = row('sans-revue.sio.yaml');
    assert.deepEqual([undecided('B1 retenues'), undecided('B1 refusées'), undecided('B1 en attente')], ['', '', ''], 'nothing decided, nothing counted');
  });

  it('an MC SNO dossier, whose épreuves evaluate three blocs, gets a triple per bloc', () => {
    const ines = readFileSync(join(__dirname, '../../fixtures/classe/ines-petit-mcsno.sio.yaml'), 'utf8');
    const review = 'revue: 1\nrelecteur: M. Dupont\nvalidations:\n  site-agence:\n    C1.1: retenue\n    C1.2: refusee\n  parc-logiciel:\n    C2.1: retenue\n';
    const { head, row } = csv([{ file: 'ines.sio.yaml', text: ines, review }]);
    const r = row('ines.sio.yaml');
    assert.deepEqual(head.filter((h) => /^B\d /.test(h)).map((h) => `${h}=${r(h)}`), [
      'B1 retenues=1', 'B1 refusées=1', 'B1 en attente=1',
      'B2 retenues=1', 'B2 refusées=0', 'B2 en attente=2',
      'B3 retenues=0', 'B3 refusées=0', 'B3 en attente=3'
    ]);
  });

  it('each fiche names its réalisation and says which one to fix', () => {
    const { row } = csv([
      { file: 'complet.sio.yaml', text: lea },
      { file: 'sans-description.sio.yaml', text: noDescription },
      { file: 'une-fiche.sio.yaml', text: oneFiche },
      { file: 'bloc2-incomplet.sio.yaml', text: uncovered }
    ]);
    const ok = row('complet.sio.yaml');
    assert.equal(ok('Fiche 1 réalisation'), 'vlan-clinique — Segmentation du réseau de la clinique en VLAN');
    assert.equal(ok('Fiche 2 réalisation'), 'supervision — Supervision des serveurs avec Zabbix');
    assert.deepEqual([ok('Fiche 1 état'), ok('Fiche 2 état')], ['complète', 'complète']);
    const empty = row('sans-description.sio.yaml');
    assert.deepEqual([empty('Fiche 1 état'), empty('Fiche 2 état')], ['complète', 'à revoir'], 'only fiche n° 2 has an empty verso');
    assert.equal(empty('Fiches descriptives'), 'à revoir');
    const one = row('une-fiche.sio.yaml');
    assert.equal(one('Fiche 1 réalisation'), 'vlan-clinique — Segmentation du réseau de la clinique en VLAN');
    assert.deepEqual([one('Fiche 2 réalisation'), one('Fiche 2 état')], ['', 'manquante']);
    const pair = row('bloc2-incomplet.sio.yaml');
    assert.deepEqual([pair('Fiche 1 état'), pair('Fiche 2 état')], ['à revoir', 'à revoir'], 'together they must cover bloc 2: both to fix');
  });

  it('an MC SNO class has no fiche columns', () => {
    const ines = readFileSync(join(__dirname, '../../fixtures/classe/ines-petit-mcsno.sio.yaml'), 'utf8');
    const { head } = csv([{ file: 'ines.sio.yaml', text: ines }]);
    assert.ok(head.includes('Fiches descriptives'));
    assert.ok(!head.some((h) => h.startsWith('Fiche 1')), head.join(' | '));
  });
});
