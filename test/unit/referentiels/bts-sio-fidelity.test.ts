/**
 * The BTS SIO référentiel data must say exactly what Annexe I.B of the official text says:
 * students copy these words into their dossiers and examiners read them against the text.
 * The seed (docs/sources/bts-sio-referentiel-2019.txt) is read at test time; see test/support/seedAnnexeIB.ts.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  checkCompleteness,
  checkFidelity,
  checkOrderedPresence,
  checkStructure,
  type BlocsData,
} from '../../support/referentielFidelity';
import { normalise, parseAnnexeIB, readSeedLines, synthesisTitles } from '../../support/seedAnnexeIB';

const dataFile = path.resolve(__dirname, '../../../schemas/referentiels/bts-sio-2019.json');
const data: BlocsData = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
const lines = readSeedLines();
const competences = (d: BlocsData) => d.blocs.flatMap((b) => b.competences);
const clone = (): BlocsData => structuredClone(data);

describe('BTS SIO 2019: the référentiel data is word for word Annexe I.B', () => {
  it('every sub-competence, indicator, nested item and savoir is a line of its competence’s section, in order', () => {
    assert.deepStrictEqual(checkOrderedPresence(data, lines), []);
  });

  it('every competence, sub-competence, indicator, item and savoir of the text is in the data', () => {
    assert.deepStrictEqual(checkCompleteness(data, lines), []);
  });

  it('ids are unique per option, sub-competences are numbered <competence>.<n>, each competence has indicators', () => {
    assert.deepStrictEqual(checkStructure(data), []);
  });

  it('the independent reading of the text finds every competence of the tableau de synthèse, with indicators', () => {
    const sections = parseAnnexeIB(lines);
    const titles = [...synthesisTitles(lines).keys()];
    assert.ok(titles.length > 0, 'no competence title read from the tableau de synthèse');
    for (const t of titles) assert.ok(sections.some((s) => s.title === t), `no Annexe I.B section for « ${t} »`);
    for (const s of sections) assert.ok(s.indicators.length > 0, `no indicator read for « ${s.title} »`);
  });
});

describe('BTS SIO 2019: the fidelity check catches a damaged copy of the data', () => {
  it('reports every single indicator line dropped, whichever it is', () => {
    competences(data).forEach((c, ci) => {
      c.indicators.forEach((ind, ii) => {
        const copy = clone();
        competences(copy)[ci].indicators.splice(ii, 1);
        const problems = checkFidelity(copy, lines);
        assert.ok(problems.some((p) => p.includes(`indicator missing from the data: « ${normalise(ind.text)} »`)), `dropping « ${ind.text} » of ${c.id} went unnoticed`);
      });
    });
  });

  it('reports every single sub-competence dropped', () => {
    competences(data).forEach((c, ci) => {
      c.subCompetences.forEach((sub, si) => {
        const copy = clone();
        competences(copy)[ci].subCompetences.splice(si, 1);
        const problems = checkFidelity(copy, lines);
        assert.ok(problems.some((p) => p.includes(`sub-competence missing from the data: « ${normalise(sub.title)} »`)), `dropping ${c.id}.${si + 1} went unnoticed`);
      });
    });
  });

  it('reports a nested item dropped from « La veille est régulière et vise à : »', () => {
    const copy = clone();
    const veille = competences(copy).find((c) => c.id === 'B1.6')!.indicators.find((i) => i.text.startsWith('La veille'))!;
    const dropped = normalise(veille.items!.pop()!);
    const problems = checkCompleteness(copy, lines);
    assert.ok(problems.some((p) => p.includes('item missing') && p.includes(dropped)), problems.join('\n'));
  });

  it('reports an indicator reworded by one word, and two indicators swapped', () => {
    const reworded = clone();
    const ind = competences(reworded)[0].indicators[0];
    ind.text = ind.text.replace('exhaustif', 'complet');
    assert.ok(checkOrderedPresence(reworded, lines).some((p) => p.includes('complet')));
    assert.ok(checkCompleteness(reworded, lines).some((p) => p.includes('not in the text')));

    const swapped = clone();
    const inds = competences(swapped)[1].indicators;
    [inds[0], inds[1]] = [inds[1], inds[0]];
    assert.ok(checkOrderedPresence(swapped, lines).some((p) => p.includes('in order')));
    assert.ok(checkCompleteness(swapped, lines).some((p) => p.includes('out of order')));
  });

  it('accepts a straight apostrophe for a typographic one (both occur in the text) but not a savoir dropped', () => {
    const apostrophe = clone();
    const sub = competences(apostrophe)[0].subCompetences[2];
    const straight = sub.title.replace('’', "'");
    assert.notStrictEqual(straight, sub.title, 'the chosen sub-competence has no ’ to replace');
    sub.title = straight;
    assert.deepStrictEqual(checkFidelity(apostrophe, lines), []);

    const savoir = clone();
    competences(savoir)[0].knowledge[0].items.splice(3, 1);
    assert.ok(checkCompleteness(savoir, lines).some((p) => p.includes('savoir missing')));
  });

  it('reports a duplicate id, a misnumbered sub-competence and a competence without indicators', () => {
    const copy = clone();
    const [first, second] = competences(copy);
    second.id = first.id;
    first.subCompetences[1].id = `${first.id}.7`;
    competences(copy)[2].indicators = [];
    const problems = checkStructure(copy);
    assert.ok(problems.some((p) => p.includes('duplicate competence id')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes(`expected ${first.id}.2`)), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('no indicateur')), problems.join('\n'));
  });

  it('reports a competence whose shared savoirs are no longer pointed at', () => {
    const copy = clone();
    const shared = competences(copy).find((c) => c.knowledgeFrom !== undefined)!;
    delete shared.knowledgeFrom;
    assert.ok(checkCompleteness(copy, lines).some((p) => p.includes('knowledgeFrom')));
  });
});
