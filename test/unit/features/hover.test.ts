/**
 * Hovering in a dossier: a competence id shows what the référentiel says of it, word for word,
 * and where the dossier mobilises it; a period shows its length and school year; a key shows
 * its French title and description from the schema.
 */
import assert from 'node:assert/strict';
import { md } from '../../../server/src/core/features/competenceDoc';
import { hover } from '../../../server/src/core/features/hover';
import { findReferentiel } from '../../../server/src/core/referentiel';
import type { Competence } from '../../../server/src/core/referentiel/types';
import { at, textOf } from '../../support/cursor';
import { options, parse, SISR } from '../../support/features';

function hoverAt(marked: string, locale: 'fr' | 'en' = 'fr') {
  const m = at(marked);
  const h = hover(m.doc, parse(m.doc), m.position, options(locale));
  return { h, value: h ? (h.contents as { value: string }).value : '', covered: h?.range ? textOf(m.doc, h.range) : null };
}
const bts = findReferentiel('bts-sio')!;
function competence(id: string, option: 'SISR' | 'SLAM' | null = null): Competence {
  for (const b of bts.blocs) if (b.option === null || b.option === option) for (const c of b.competences) if (c.id === id && (c.option === null || c.option === option)) return c;
  throw new Error(id);
}

describe('hover on a competence id', () => {
  it('shows title, bloc, sub-competences and this dossier’s uses first; indicators word for word and savoirs folded below', () => {
    const { value, covered } = hoverAt(SISR.replace('[B1.1, B1.2.1]', '[B1|.1, B1.2.1]'));
    const c = competence('B1.1');
    assert.equal(covered, 'B1.1');
    assert.ok(value.startsWith(`**B1.1 — ${c.title}**\n\nBloc 1 — ${bts.blocs[0].title}\n`), value.slice(0, 200));
    for (const s of c.subCompetences) assert.ok(value.includes(`- ${s.id} ${md(s.title)}`), s.id);
    for (const i of c.indicators) assert.ok(value.includes(`- ${md(i.text)}`), i.text);
    assert.match(value, /<details>\n<summary>Savoirs associés<\/summary>/);
    for (const g of c.knowledge) for (const item of g.items) assert.ok(value.includes(`- ${md(item)}`), item);
    // What the student came for before the long texts: sub-competences, then « Mobilisée dans … »,
    // then the indicators folded, then the savoirs folded.
    const order = [`- ${c.subCompetences[0].id}`, '**Mobilisée dans 2 réalisations**', `<summary>Indicateurs de performance (${c.indicators.length})</summary>`, md(c.indicators[0].text), '<summary>Savoirs associés</summary>'].map((s) => value.indexOf(s));
    assert.ok(order.every((p, i) => p >= 0 && (i === 0 || p > order[i - 1])), JSON.stringify(order));
    assert.equal((value.match(/<details>/g) ?? []).length, 2);
  });

  it('lists the réalisations that mobilise it, including through a sub-competence', () => {
    const { value } = hoverAt(SISR.replace('[B1.1, B1.2.1]', '[|B1.1, B1.2.1]'));
    assert.match(value, /\*\*Mobilisée dans 2 réalisations\*\*\n\n- `glpi` — Gestion du parc avec GLPI \(du 07\/10\/2024 au 18\/10\/2024\)\n- `ad` — Annuaire Active Directory \(du 02\/06\/2025 au 27\/06\/2025\)/);
  });

  it('cuts the list after 15 réalisations', () => {
    let text = SISR;
    for (let i = 0; i < 18; i++) text += `  - id: x${i}\n    intitule: Réalisation ${i}\n    competences: [B1.1]\n`;
    const { value } = hoverAt(text.replace('[B1.1, B1.2.1]', '[B|1.1, B1.2.1]'));
    assert.match(value, /\*\*Mobilisée dans 20 réalisations\*\*/);
    assert.equal((value.match(/^- `/gm) ?? []).length, 15);
    assert.ok(value.includes('\n- … et 5 autres\n'), value);
  });

  it('keeps nested indicator items as sub-bullets', () => {
    const { value } = hoverAt(SISR.replace('[B1.1, B1.2.1]', '[B1.1, B1.2.1, B1.|6]'));
    const c = competence('B1.6');
    const nested = c.indicators.find((i) => i.items?.length)!;
    assert.ok(nested, 'B1.6 has a nested indicator in the data');
    assert.ok(value.includes(`- ${md(nested.text)}\n${nested.items!.map((i) => `  - ${md(i)}`).join('\n')}`));
    assert.match(value, /\*\*Mobilisée dans 1 réalisation\*\*\n\n- `glpi`/);
  });

  it('follows knowledgeFrom when the référentiel prints one savoirs cell for several competences', () => {
    const { value } = hoverAt(SISR.replace('[B1.1, B1.2.1]', '[B1.1, B2.|2]'));
    const c = competence('B2.2', 'SISR');
    assert.equal(c.knowledgeFrom, 'B2.1');
    assert.match(value, /<summary>Savoirs associés \(communs avec B2\.1\)<\/summary>/);
    for (const g of competence('B2.1', 'SISR').knowledge) assert.ok(value.includes(`**${md(g.heading)}**`));
  });

  it('a sub-competence names its competence and shows the competence’s indicators', () => {
    const { value, covered } = hoverAt(SISR.replace('[B1.1, B1.2.1]', '[B1.1, B1.2.|1]'));
    const c = competence('B1.2');
    assert.equal(covered, 'B1.2.1');
    assert.ok(value.startsWith(`**B1.2.1 — ${md(c.subCompetences[0].title)}**`));
    assert.ok(value.includes(`Sous-compétence de **B1.2** — ${md(c.title)}`));
    assert.ok(value.includes(`- ${md(c.indicators[0].text)}`));
    assert.match(value, /Mobilisée dans 1 réalisation\*\*\n\n- `glpi`/);
  });

  it('works in block lists too, and says nothing on an unknown id', () => {
    assert.equal(hoverAt(SISR.replace('      - B1.3', '      - B1|.3')).covered, 'B1.3');
    assert.equal(hoverAt(SISR.replace('      - B1.3', '      - B9|.9')).h, null);
  });

  it('in English, headings are translated and the référentiel wording stays French', () => {
    const { value } = hoverAt(SISR.replace('[B1.1, B1.2.1]', '[B1|.1, B1.2.1]'), 'en');
    assert.match(value, /<summary>Performance indicators \(\d+\)<\/summary>/);
    assert.match(value, /<summary>Associated knowledge<\/summary>/);
    assert.match(value, /Mobilised in 2 réalisations/);
    assert.ok(value.includes(competence('B1.1').title));
  });
});

describe('hover on a period', () => {
  it('gives its length in days and weeks and its school year in the session', () => {
    const { value, covered } = hoverAt(SISR.replace('periode: du 07/10/2024', 'periode: du 0|7/10/2024'));
    assert.equal(covered, 'du 07/10/2024 au 18/10/2024');
    // 18/10/2024 is a Friday: counted up to Sunday, 12 days make 2 weeks.
    assert.equal(value, '**Période** du 07/10/2024 au 18/10/2024\n\nDurée : 12 jours (2 semaines)\n\n1re année (2024-2025) de la session 2026');
  });

  it('a stage period, in English', () => {
    const { value } = hoverAt('session: 2026\nstages:\n  - organisation: X\n    periode: du 05/01/2026 au 1|3/02/2026\n', 'en');
    assert.equal(value, '**Period** du 05/01/2026 au 13/02/2026\n\nLength: 40 days (6 weeks)\n\nYear 2 (2025-2026) of the 2026 session');
  });

  it('a period that does not parse gets the long explanation its one-line diagnostic leaves out', () => {
    const { value } = hoverAt(SISR.replace('periode: du 07/10/2024 au 18/10/2024', 'periode: bientôt|'));
    assert.match(value, /^\*\*Période mal écrite\*\* — Écrivez la période sous la forme « du JJ\/MM\/AAAA au JJ\/MM\/AAAA » \(ou « le JJ\/MM\/AAAA » pour un seul jour\)/);
    assert.match(value, /l’imprime « du JJ\/MM\/AA au JJ\/MM\/AA »/);
    assert.match(value, /docs\/periodes\.md/);
  });

  it('a period that parses has no such explanation', () => {
    const { value } = hoverAt(SISR.replace('periode: du 07/10/2024 au 18/10/2024', 'periode: du 07/10/2024 au 18/10/202|4'));
    assert.doesNotMatch(value, /mal écrite/);
  });
});

describe('hover on a key', () => {
  it('shows the schema’s title and description', () => {
    const { value, covered } = hoverAt(SISR.replace('    cadre: formation', '    ca|dre: formation'));
    assert.equal(covered, 'cadre');
    assert.equal(value, '**Cadre** (`cadre`)\n\nCadre de la réalisation : `formation` (en cours de formation), `stage-1` (en milieu professionnel, première année), `stage-2` (en milieu professionnel, seconde année).');
  });

  it('top-level and nested keys', () => {
    assert.match(hoverAt(SISR.replace('candidat:', 'cand|idat:')).value, /^\*\*Candidat\*\* \(`candidat`\)\n\nIdentité du candidat/);
    assert.match(hoverAt(SISR.replace('  portfolio:', '  portf|olio:')).value, /Un portfolio inaccessible coûte 10 points/);
  });

  it('on a closed value, says what it names before the key’s documentation', () => {
    const option = hoverAt(SISR.replace('option: SISR', 'option: SI|SR'));
    assert.equal(option.covered, 'SISR');
    assert.ok(option.value.startsWith('`SISR` — Solutions d’infrastructure, systèmes et réseaux\n\n---\n\n**Option** (`option`)'), option.value);
    assert.ok(hoverAt(SISR.replace('cadre: stage-1', 'cadre: stage|-1')).value.startsWith('`stage-1` — Réalisations en milieu professionnel en cours de première année'));
  });

  it('an unknown key has no hover', () => {
    assert.equal(hoverAt(SISR.replace('  nom: DURAND', '  surn|om: DURAND')).h, null);
  });
});

describe('hover on the portfolio-site keys', () => {
  it('an attestation key shows its French title and what the site does with it', () => {
    const { value, covered } = hoverAt('stages:\n  - organisation: Mairie\n    periode: du 26/05/2025 au 27/06/2025\n    attes|tation: pieces/a.pdf\n');
    assert.equal(covered, 'attestation');
    assert.match(value, /^\*\*Attestation de stage\*\* \(`attestation`\)\n\nFichier de l’attestation de stage/);
  });

  it('the alt key of the photo says who reads it', () => {
    const { value } = hoverAt('profil:\n  photo:\n    fichier: moi.jpg\n    a|lt: Portrait\n');
    assert.match(value, /\*\*Texte de remplacement\*\*/);
  });
});
