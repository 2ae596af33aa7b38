/**
 * Completion while typing a dossier: the keys the schema allows where the cursor is, the
 * values of closed lists, the competence ids of the dossier's référentiel and option (those
 * not yet mobilised first), and snippets that write a réalisation or a period for the student.
 */
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-types';
import { InsertTextMode } from 'vscode-languageserver-types';
import { completion } from '../../../server/src/core/features/completion';
import { findReferentiel } from '../../../server/src/core/referentiel';
import { GROUP_TITLES } from '../../../server/src/core/table/build';
import schema from '../../../schemas/sio-dossier.schema.json';
import { at, docOf } from '../../support/cursor';
import { diagnostics, options, parse, SISR, TODAY } from '../../support/features';

function complete(marked: string, locale: 'fr' | 'en' = 'fr'): { items: CompletionItem[]; m: ReturnType<typeof at> } {
  const m = at(marked);
  return { items: completion(m.doc, parse(m.doc), m.position, options(locale)).items, m };
}
const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const byLabel = (items: CompletionItem[], label: string) => {
  const it = items.find((i) => i.label === label);
  assert.ok(it, `no item « ${label} » among ${labels(items).join(', ')}`);
  return it!;
};
const edit = (it: CompletionItem) => it.textEdit as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
const sorted = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => i.label);
const SISR_BTS = findReferentiel('bts-sio')!;

describe('completion of keys follows the schema at the cursor', () => {
  it('at the top level, offers the keys not written yet, required ones first', () => {
    const { items } = complete('referentiel: bts-sio\n|\ncandidat:\n  nom: A\n  prenom: B\n');
    assert.deepEqual(labels(items).sort(), ['profil', 'realisations', 'session', 'stages', 'veille']);
    assert.deepEqual(sorted(items), ['realisations', 'session', 'profil', 'stages', 'veille']);
    const session = byLabel(items, 'session');
    assert.equal(session.detail, 'Session d’examen');
    assert.match((session.documentation as { value: string }).value, /^\*\*Session d’examen\*\* \(`session`\)\n\nAnnée de la session d’examen/);
  });

  it('under candidat, completes a half-typed key and replaces what was typed', () => {
    const { items, m } = complete('candidat:\n  nom: A\n  opt|\n');
    const option = byLabel(items, 'option');
    assert.ok(!labels(items).includes('nom'), 'nom is already there');
    assert.deepEqual(edit(option).range, { start: { line: 2, character: 2 }, end: { line: 2, character: 5 } });
    assert.equal(edit(option).newText, 'option: ${1|SISR,SLAM|}');
    assert.equal(option.detail, 'Option');
    assert.ok(m);
  });

  it('inside a réalisation, offers its missing fields (not those present) with their French titles', () => {
    const { items } = complete(SISR.replace('    cadre: stage-1\n', '    cadre: stage-1\n    |\n'));
    assert.deepEqual(labels(items).sort(), ['description', 'documents', 'fiche', 'lieu', 'modalite', 'organisation']);
    assert.equal(byLabel(items, 'modalite').detail, 'Modalité');
    assert.equal(edit(byLabel(items, 'documents')).newText, 'documents:\n      - ${0}');
    assert.equal(edit(byLabel(items, 'fiche')).newText, 'fiche:\n      ${0}');
  });

  it('inside a fiche, offers numero (required), conditions and productions', () => {
    const { items } = complete(SISR.replace('    competences: [B1.1, B1.2.1]\n', '    competences: [B1.1, B1.2.1]\n    fiche:\n      |\n'));
    assert.deepEqual(sorted(items), ['numero', 'conditions', 'productions']);
    assert.equal(edit(byLabel(items, 'numero')).newText, 'numero: ${1|1,2|}');
  });

  it('inside a stage, offers the stage fields', () => {
    const { items } = complete('stages:\n  - organisation: Mairie\n    |\n');
    assert.deepEqual(sorted(items), ['periode', 'annee', 'lieu', 'tuteur', 'attestation']);
    assert.equal(edit(byLabel(items, 'annee')).newText, 'annee: ${1|1,2|}');
  });

  it('the period and competences keys insert the shape of their value', () => {
    const { items } = complete('realisations:\n  - id: x\n    |\n');
    // JJ/MM/AAAA stops, never today's date: a date left as inserted looked real (issue 25).
    assert.equal(edit(byLabel(items, 'periode')).newText, 'periode: du ${1:JJ}/${2:MM}/${3:AAAA} au ${4:JJ}/${5:MM}/${6:AAAA}');
    assert.equal(edit(byLabel(items, 'competences')).newText, 'competences: [${1}]');
  });

  it('nothing is offered inside a comment', () => {
    assert.deepEqual(complete('# note : |\ncandidat:\n').items, []);
  });
});

describe('completion of closed values', () => {
  it('cadre offers the three cadres, each with the row title of the tableau de synthèse', () => {
    const { items } = complete(SISR.replace('cadre: formation', 'cadre: for|'));
    assert.deepEqual(labels(items), ['formation', 'stage-1', 'stage-2']);
    for (const it of items) assert.equal(it.detail, GROUP_TITLES[it.label as 'formation']);
    assert.deepEqual(edit(items[0]).range, { start: { line: 10, character: 11 }, end: { line: 10, character: 14 } });
  });

  it('in an MC SNO dossier, the cadres say « en formation » / « en PFMP », and stage-2 that there is no second year', () => {
    const mc = 'referentiel: mc-sno\nsession: 2026\ncandidat:\n  nom: PETIT\n  prenom: Inès\nrealisations:\n  - id: r1\n    cadre: |\n';
    const { items } = complete(mc);
    assert.deepEqual(items.map((i) => [i.label, i.detail]), [
      ['formation', 'Traces en formation'],
      ['stage-1', 'Traces en PFMP (périodes de formation en milieu professionnel)'],
      ['stage-2', 'Traces en PFMP (périodes de formation en milieu professionnel) — la MC SNO n’a pas de seconde année : stage-1 suffit']
    ]);
    assert.ok(items.every((i) => !/année/.test(String(i.detail)) || /pas de seconde année/.test(String(i.detail))));
  });

  it('option offers SISR and SLAM with the option names as printed in the référentiel', () => {
    const { items } = complete(SISR.replace('option: SISR', 'option: |SISR'));
    assert.deepEqual(labels(items), ['SISR', 'SLAM']);
    assert.equal(byLabel(items, 'SISR').detail, SISR_BTS.blocs.find((b) => b.option === 'SISR')!.optionTitle);
    // The whole value is replaced, not only what precedes the cursor.
    assert.deepEqual(edit(items[0]).range, { start: { line: 5, character: 10 }, end: { line: 5, character: 14 } });
  });

  it('modalite and referentiel values come from the schema', () => {
    assert.deepEqual(labels(complete('realisations:\n  - modalite: |\n').items), ['seul', 'equipe']);
    const ref = complete('referentiel: |\n').items;
    assert.deepEqual(labels(ref), ['bts-sio', 'mc-sno']);
    assert.equal(byLabel(ref, 'mc-sno').detail, findReferentiel('mc-sno')!.title);
  });

  it('a value typed right after the colon gets its space', () => {
    const { items } = complete('realisations:\n  - cadre:|\n');
    assert.equal(edit(byLabel(items, 'stage-2')).newText, ' stage-2');
  });
});

describe('completion of competence ids', () => {
  it('in a flow list, offers the ids of the référentiel not yet in this réalisation', () => {
    const { items } = complete(SISR.replace('[B1.1, B1.2.1]', '[B1.1, B1.2.1, |]'));
    const ids = labels(items);
    assert.ok(!ids.includes('B1.1') && !ids.includes('B1.2.1'), 'already cited here');
    for (const id of ['B1.2', 'B1.3', 'B1.6.4', 'B2.1', 'B3.5']) assert.ok(ids.includes(id), id);
    // Every id offered is one the diagnostics accept.
    const cat = SISR_BTS.blocs.flatMap((b) => (b.option === null || b.option === 'SISR' ? b.competences.filter((c) => c.option === null || c.option === 'SISR') : []));
    const known = new Set(cat.flatMap((c) => [c.id, ...c.subCompetences.map((s) => s.id)]));
    assert.deepEqual(ids.filter((i) => !known.has(i)), []);
    assert.equal(ids.length, known.size - 2);
  });

  it('shows the official title and the indicateurs de performance', () => {
    const { items } = complete(SISR.replace('[B1.1, B1.2.1]', '[B1.1, |]'));
    const b14 = byLabel(items, 'B1.4');
    const comp = SISR_BTS.blocs[0].competences.find((c) => c.id === 'B1.4')!;
    assert.ok(b14.labelDetails?.description?.endsWith(comp.title));
    assert.equal(b14.detail, comp.title);
    const doc = (b14.documentation as { value: string }).value;
    for (const i of comp.indicators) assert.ok(doc.includes(i.text.replace(/[*_[\]<>#|`\\]/g, (c) => `\\${c}`)), i.text);
    assert.match(doc, /\*\*Indicateurs de performance\*\*/);
  });

  it('competences no réalisation mobilises come first, marked « non encore mobilisée »; sub-competences right under their competence', () => {
    const { items } = complete(SISR.replace('      - B1.3\n', '      - B1.3\n      - |\n'));
    const order = sorted(items);
    // B1.4, B1.5, B1.6 are not mobilised by the dossier: they lead, in référentiel order.
    assert.deepEqual(order.slice(0, 4), ['B1.4', 'B1.4.1', 'B1.4.2', 'B1.4.3']);
    assert.equal(order.indexOf('B1.5'), 4);
    // The mark leads the description (the end of a row is what VS Code cuts), the title is in full in `detail`.
    assert.equal(byLabel(items, 'B1.4').labelDetails?.description, 'non encore mobilisée · Travailler en mode projet');
    assert.equal(byLabel(items, 'B1.4').labelDetails?.detail, undefined);
    assert.equal(byLabel(items, 'B1.4').detail, 'Travailler en mode projet');
    assert.equal(byLabel(items, 'B1.2').labelDetails?.description, 'Répondre aux incidents et aux demandes d’assistance et d’évolution');
    // B1.2.2 is reached by nothing (B1.2 is only mobilised through B1.2.1).
    assert.match(byLabel(items, 'B1.2.2').labelDetails?.description ?? '', /^non encore mobilisée · /);
    // B1.1.2 is reached by B1.1 cited as a whole.
    assert.doesNotMatch(byLabel(items, 'B1.1.2').labelDetails?.description ?? '', /mobilisée/);
    const i12 = order.indexOf('B1.2');
    assert.deepEqual(order.slice(i12, i12 + 4), ['B1.2', 'B1.2.1', 'B1.2.2', 'B1.2.3']);
  });

  it('a partial id filters and is replaced', () => {
    const { items } = complete(SISR.replace('      - B1.3\n', '      - B1.3\n      - B1.|\n'));
    assert.ok(items.length > 0);
    assert.ok(items.every((i) => i.label.startsWith('B1.')), labels(items).join(' '));
    assert.ok(!labels(items).includes('B1.3') && !labels(items).includes('B1.1.5'));
    assert.deepEqual(edit(byLabel(items, 'B1.6')).range, { start: { line: 20, character: 8 }, end: { line: 20, character: 11 } });
    assert.equal(edit(byLabel(items, 'B1.6')).newText, 'B1.6');
  });

  it('in a flow list, the partial id after the comma is replaced, up to the closing bracket', () => {
    const { items } = complete(SISR.replace('[B1.1, B1.2.1]', '[B1.1, B1.2.1, B3|]'));
    assert.ok(items.every((i) => i.label.startsWith('B3')));
    assert.deepEqual(edit(byLabel(items, 'B3.1')).range, { start: { line: 12, character: 32 }, end: { line: 12, character: 34 } });
  });

  it('without an option, bloc 2 is not offered; with SLAM, the SLAM titles are', () => {
    const none = labels(complete(SISR.replace('  option: SISR\n', '').replace('[B1.1, B1.2.1]', '[|]')).items);
    assert.ok(!none.some((i) => i.startsWith('B2')), none.join(' '));
    const slam = complete(SISR.replace('option: SISR', 'option: SLAM').replace('[B1.1, B1.2.1]', '[|]')).items;
    const b21 = SISR_BTS.blocs.find((b) => b.option === 'SLAM')!.competences.find((c) => c.id === 'B2.1')!;
    assert.equal(byLabel(slam, 'B2.1').detail, b21.title);
  });

  it('right after `competences: `, an id is inserted as a list', () => {
    const { items } = complete(SISR.replace('competences: [B1.1, B1.2.1]', 'competences: B1.|'));
    assert.ok(items.every((i) => i.label.startsWith('B1.')));
    assert.equal(edit(byLabel(items, 'B1.4')).newText, '[B1.4]');
    assert.deepEqual(edit(byLabel(items, 'B1.4')).range, { start: { line: 12, character: 17 }, end: { line: 12, character: 20 } });
  });

  it('a MC SNO dossier gets the MC SNO competences', () => {
    const ids = labels(complete('referentiel: mc-sno\nrealisations:\n  - id: a\n    competences: [|]\n').items);
    assert.ok(ids.includes('C1.1') && ids.includes('C3.3'));
    assert.ok(!ids.some((i) => i.startsWith('B')));
  });

  it('the e2e scenario: `competences: [` offers B1.1 and B1.2', () => {
    const ids = labels(complete('referentiel: bts-sio\ncandidat:\n  option: SLAM\nrealisations:\n  - id: r1\n    competences: [|]\n').items);
    assert.ok(ids.includes('B1.1') && ids.includes('B1.2'));
  });
});

describe('snippets', () => {
  it('a new réalisation under `realisations:` at `- `, with JJ/MM/AAAA tab stops and an unused id', () => {
    const { items } = complete(SISR + '  - |\n');
    const snip = byLabel(items, 'Nouvelle réalisation');
    assert.equal(snip.insertTextMode, InsertTextMode.asIs);
    assert.equal(
      edit(snip).newText,
      [
        'id: ${1:r3}',
        '    intitule: ${2:Intitulé de la réalisation}',
        '    cadre: ${3|formation,stage-1,stage-2|}',
        '    periode: du ${4:JJ}/${5:MM}/${6:AAAA} au ${7:JJ}/${8:MM}/${9:AAAA}',
        '    organisation: ${10}',
        '    modalite: ${11|seul,equipe|}',
        '    competences: [${12}]'
      ].join('\n')
    );
  });

  it('previews the réalisation snippet as plain YAML, without ${n} tab stops', () => {
    const { items } = complete(SISR + '  - |\n');
    const doc = (byLabel(items, 'Nouvelle réalisation').documentation as { value: string }).value;
    assert.doesNotMatch(doc, /\$\{?\d/);
    assert.match(doc, /periode: du JJ\/MM\/AAAA au JJ\/MM\/AAAA\n/);
    assert.match(doc, /organisation: \n/);
    assert.match(doc, /competences: \[\]\n```$/);
  });

  it('the réalisation snippet, filled with its defaults, is a valid réalisation', () => {
    const { items, m } = complete(SISR + '  |');
    const snip = byLabel(items, 'Nouvelle réalisation');
    // The student types real dates over JJ/MM/AAAA: no warning is left once they have.
    const body = edit(snip).newText.replace('${4:JJ}/${5:MM}/${6:AAAA} au ${7:JJ}/${8:MM}/${9:AAAA}', '02/12/2024 au 13/12/2024').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}/g, '').replace('[]', '[B1.4, B1.5, B1.6]');
    const doc = docOf(m.text.slice(0, m.offsets[0]) + body + '\n');
    const codes = diagnostics(doc).filter((d) => d.range.start.line >= 20).map((d) => d.code);
    assert.deepEqual(codes, []);
    assert.ok(!diagnostics(doc).some((d) => String(d.code).startsWith('schema') || d.code === 'yaml-syntax'));
  });

  it('a new stage under `stages:`', () => {
    const { items } = complete('stages:\n  - |\n');
    assert.equal(edit(byLabel(items, 'Nouveau stage')).newText, 'organisation: ${1:Organisation d’accueil}\n    periode: du ${2:JJ}/${3:MM}/${4:AAAA} au ${5:JJ}/${6:MM}/${7:AAAA}\n    annee: ${8|1,2|}');
    assert.ok(!edit(byLabel(items, 'Nouveau stage')).newText.includes(TODAY));
  });

  it('a period at `periode:` in « du JJ/MM/AAAA au JJ/MM/AAAA » form, a stop on each part, not today’s date', () => {
    const { items } = complete(SISR.replace('periode: du 07/10/2024 au 18/10/2024', 'periode: |'));
    assert.deepEqual(labels(items), ['du JJ/MM/AAAA au JJ/MM/AAAA', 'le JJ/MM/AAAA']);
    assert.equal(edit(items[0]).newText, 'du ${1:JJ}/${2:MM}/${3:AAAA} au ${4:JJ}/${5:MM}/${6:AAAA}');
    assert.equal(edit(items[1]).newText, 'le ${1:JJ}/${2:MM}/${3:AAAA}');
  });

  it('English labels when the editor is in English', () => {
    const { items } = complete(SISR + '  - |\n', 'en');
    assert.ok(labels(items).includes('New réalisation'));
    const b = complete(SISR.replace('[B1.1, B1.2.1]', '[B1.1, |]'), 'en').items;
    assert.match(byLabel(b, 'B1.4').labelDetails?.description ?? '', /^not mobilised yet · /);
    assert.match((byLabel(b, 'B1.4').documentation as { value: string }).value, /\*\*Performance indicators\*\*/);
  });
});

describe('the schema and the completion agree', () => {
  it('every key the schema allows for a réalisation can be completed in an empty one', () => {
    const { items } = complete('realisations:\n  - |\n');
    const want = Object.keys((schema as { definitions: { realisation: { properties: object } } }).definitions.realisation.properties);
    assert.deepEqual(labels(items).filter((l) => want.includes(l)).sort(), [...want].sort());
  });
});

describe('line ends', () => {
  it('CRLF and lone CR documents complete like LF ones', () => {
    for (const eol of ['\r\n', '\r']) {
      const { items } = complete(SISR.replace(/\n/g, eol).replace('cadre: formation', 'cadre: for|'));
      assert.deepEqual(labels(items), ['formation', 'stage-1', 'stage-2'], JSON.stringify(eol));
      assert.deepEqual(edit(items[0]).range, { start: { line: 10, character: 11 }, end: { line: 10, character: 14 } });
      const ids = complete(SISR.replace(/\n/g, eol).replace('      - B1.3', '      - B1.|3')).items;
      assert.ok(ids.length > 0 && ids.every((i) => i.label.startsWith('B1.')), JSON.stringify(eol));
    }
  });
});

describe('completion of the portfolio-site keys comes from the schema', () => {
  it('under profil, offers presentation, photo, cv and liens with their French titles', () => {
    const { items } = complete('profil:\n  |\n');
    assert.deepEqual(labels(items).sort(), ['cv', 'liens', 'photo', 'presentation']);
    assert.equal(byLabel(items, 'photo').detail, 'Photo');
  });

  it('in a photo mapping offers alt, and in a { titre, fichier } document offers fichier', () => {
    assert.deepEqual(labels(complete('profil:\n  photo:\n    fichier: moi.jpg\n    |\n').items), ['alt']);
    const { items } = complete('realisations:\n  - id: a\n    documents:\n      - titre: Procédure\n        |\n');
    assert.deepEqual(labels(items), ['fichier']);
    assert.equal(byLabel(items, 'fichier').detail, 'Fichier');
  });

  it('under veille, offers sujet, methode, sources and articles', () => {
    assert.deepEqual(labels(complete('veille:\n  |\n').items).sort(), ['articles', 'methode', 'sources', 'sujet']);
  });
});
