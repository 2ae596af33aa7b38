/**
 * What the sio-yaml grammar colours, and the editing rules of language-configuration.json.
 * vscode-textmate is not installed, so the injected rules are run with JavaScript's RegExp after
 * checking they use no Oniguruma-only syntax (the constructs that would mean something else, or
 * nothing, in JS). A small scanner applies them the way an injection is applied: at each position
 * the earliest match wins, ties go to the first rule. YAML's own tokens are VS Code's business.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '../..');
const grammar = JSON.parse(readFileSync(path.join(root, 'syntaxes/sio-yaml.tmLanguage.json'), 'utf8'));
const langConfig = JSON.parse(readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));

interface Rule {
  match: string;
  name?: string;
  captures?: Record<string, { name?: string; patterns?: { include: string }[] }>;
}
interface Token {
  text: string;
  scope: string;
}

function resolve(include: string): Rule[] {
  const entry = grammar.repository[include.replace(/^#/, '')];
  assert.ok(entry, `${include} is not in the repository`);
  return entry.patterns ? entry.patterns.flatMap((p: { include: string }) => resolve(p.include)) : [entry];
}

const sio = resolve('#sio');

/** Tokens the given rules produce on a line: whole-match name, then capture names (nested patterns applied). */
function tokenize(line: string, rules: Rule[] = sio): Token[] {
  const compiled = rules.map((r) => ({ rule: r, re: new RegExp(r.match, 'g') }));
  const tokens: Token[] = [];
  let pos = 0;
  while (pos <= line.length) {
    let best: { rule: Rule; m: RegExpExecArray } | undefined;
    for (const { rule, re } of compiled) {
      re.lastIndex = pos;
      const m = re.exec(line);
      if (m && (!best || m.index < best.m.index)) best = { rule, m };
    }
    if (!best) break;
    const { rule, m } = best;
    if (rule.name) tokens.push({ text: m[0], scope: rule.name });
    for (const [i, cap] of Object.entries(rule.captures ?? {})) {
      const text = m[Number(i)];
      if (text === undefined || text === '') continue;
      if (cap.name) tokens.push({ text, scope: cap.name });
      if (cap.patterns) tokens.push(...tokenize(text, cap.patterns.flatMap((p) => resolve(p.include))));
    }
    pos = m[0].length > 0 ? m.index + m[0].length : m.index + 1;
  }
  return tokens;
}

const withScope = (line: string, scope: string) => tokenize(line).filter((t) => t.scope === scope).map((t) => t.text);
const COMPETENCE = 'variable.other.constant.competence.sio';
const DATE = 'constant.numeric.date.sio';

describe('grammar: structure', () => {
  it('is YAML underneath, with the dossier rules injected everywhere except in comments', () => {
    assert.equal(grammar.scopeName, 'source.sio-yaml');
    assert.deepEqual(grammar.patterns.at(-1), { include: 'source.yaml' });
    const [selector, injection] = Object.entries(grammar.injections)[0] as [string, { patterns: { include: string }[] }];
    assert.match(selector, /^L:source\.sio-yaml -comment$/);
    assert.deepEqual(injection.patterns, [{ include: '#sio' }]);
  });

  it('uses only regular expression syntax that Oniguruma and JavaScript read alike', () => {
    const onigurumaOnly = /\\[hHAzZG]|\(\?>|[*+?}]\+|\(\?[imx]+[:)-]|\\p\{|\\K/;
    const all = JSON.stringify(grammar.repository).match(/"match":"(?:\\.|[^"\\])*"/g)!;
    assert.ok(all.length >= 7);
    for (const m of all) {
      const source = JSON.parse(m.slice('"match":'.length)) as string;
      assert.doesNotMatch(source, onigurumaOnly, source);
      assert.doesNotThrow(() => new RegExp(source), source);
    }
  });
});

describe('grammar: competence ids', () => {
  it('colours competences and sub-competences in a flow sequence', () => {
    assert.deepEqual(withScope('    competences: [B1.1, B1.2.1, B1.5]', COMPETENCE), ['B1.1', 'B1.2.1', 'B1.5']);
  });

  it('colours ids in block sequences, in prose and the MC SNO ids', () => {
    assert.deepEqual(withScope('      - B2.3.4', COMPETENCE), ['B2.3.4']);
    assert.deepEqual(withScope('competences: [C1.1, C1.1.2, C3.3]', COMPETENCE), ['C1.1', 'C1.1.2', 'C3.3']);
    assert.deepEqual(withScope('Cette réalisation mobilise B1.4 (mode projet).', COMPETENCE), ['B1.4']);
  });

  it('leaves alone what only looks like an id: versions, addresses, longer paths, words', () => {
    for (const line of [
      'version: 1.2.3',
      'adresse: 10.1.2.3',
      'description: salle B12 et bâtiment AB1.2',
      'code: B1.1.1.1',
      'fichier: B1.2.pdf',
      'intitule: B1.2x',
      'tag: B1'
    ]) {
      assert.deepEqual(withScope(line, COMPETENCE), [], line);
    }
  });
});

describe('grammar: dates and periods', () => {
  // Not keyword.*: VS Code's 2026 default themes paint keywords red, the colour of errors.
  const WORD = 'variable.language.periode.sio';

  it('colours "du … au …" and both dates of a période, the words in a non-error colour', () => {
    const tokens = tokenize('    periode: du 09/12/2024 au 20/12/2024');
    assert.deepEqual(tokens.filter((t) => t.scope === WORD).map((t) => t.text), ['du', 'au']);
    assert.ok(tokens.every((t) => !/^(keyword|invalid)/.test(t.scope)), JSON.stringify(tokens));
    assert.deepEqual(tokens.filter((t) => t.scope === DATE).map((t) => t.text), ['09/12/2024', '20/12/2024']);
    assert.deepEqual(tokens.find((t) => t.scope === 'entity.name.tag.yaml')?.text, 'periode');
  });

  it('colours a single-day période « le JJ/MM/AAAA »', () => {
    assert.deepEqual(withScope('  - periode: le 05/03/2025  # journée', WORD), ['le']);
    assert.deepEqual(withScope('  - periode: le 05/03/2025  # journée', DATE), ['05/03/2025']);
  });

  it('colours a période with two-digit years, as the form writes it', () => {
    assert.deepEqual(withScope('    periode: du 16/09/24 au 27/09/24', WORD), ['du', 'au']);
    assert.deepEqual(withScope('    periode: du 16/09/24 au 27/09/24', DATE), ['16/09/24', '27/09/24']);
  });

  it('colours JJ/MM/AAAA dates elsewhere, not other numbers with slashes', () => {
    assert.deepEqual(withScope('description: livré le 03/02/2025, validé le 10/02/2025.', DATE), ['03/02/2025', '10/02/2025']);
    for (const line of ['periode: 1/2/2024', 'note: 12/2024', 'chemin: /srv/01/02/2024/x', 'ratio: 12/12/20245']) {
      assert.deepEqual(withScope(line, DATE), [], line);
    }
  });
});

describe('grammar: closed values', () => {
  const cases: [string, string, string[], string[]][] = [
    ['referentiel', 'constant.language.referentiel.sio', ['bts-sio', 'mc-sno'], ['bts', 'BTS-SIO', 'mc-sno2']],
    ['option', 'constant.language.option.sio', ['SISR', 'SLAM'], ['sisr', 'SISR2', 'Slam']],
    ['cadre', 'constant.language.cadre.sio', ['formation', 'stage-1', 'stage-2'], ['stage-3', 'stage', 'Formation']],
    ['modalite', 'constant.language.modalite.sio', ['seul', 'equipe'], ['équipe', 'seule', 'equipes']]
  ];

  for (const [key, scope, valid, invalid] of cases) {
    it(`colours the values of ${key}: ${valid.join(' | ')}, and only those`, () => {
      for (const v of valid) {
        assert.deepEqual(withScope(`${key}: ${v}`, scope), [v]);
        assert.deepEqual(withScope(`  - ${key}: "${v}"   # commentaire`, scope), [v]);
      }
      for (const v of invalid) assert.deepEqual(withScope(`${key}: ${v}`, scope), [], `${key}: ${v}`);
    });
  }

  it('keeps the key and the sequence dash coloured as YAML does', () => {
    const tokens = tokenize('  - cadre: stage-2');
    assert.deepEqual(
      tokens.map((t) => [t.text, t.scope]),
      [
        ['-', 'punctuation.definition.block.sequence.item.yaml'],
        ['cadre', 'entity.name.tag.yaml'],
        [':', 'punctuation.separator.key-value.mapping.yaml'],
        ['stage-2', 'constant.language.cadre.sio']
      ]
    );
  });

  it('recognises the keys in a flow mapping but not inside longer key names', () => {
    assert.deepEqual(withScope('{cadre: formation, modalite: seul}', 'constant.language.cadre.sio'), ['formation']);
    assert.deepEqual(withScope('{cadre: formation, modalite: seul}', 'constant.language.modalite.sio'), ['seul']);
    assert.deepEqual(withScope('options: SISR', 'constant.language.option.sio'), []);
    assert.deepEqual(withScope('sous-cadre: formation', 'constant.language.cadre.sio'), []);
  });
});

describe('language configuration', () => {
  const [indentAfterKey, alignAfterDash] = langConfig.onEnterRules.map((r: { beforeText: string }) => new RegExp(r.beforeText));

  it('indents the next line after a key that opens a mapping, a list or a block scalar', () => {
    for (const line of ['stages:', '  - fiche:', '    description: |', '    conditions: >-', '  candidat:   # identité']) {
      assert.ok(indentAfterKey.test(line), line);
    }
    for (const line of ['    periode: du 01/02/2024 au 02/02/2024', 'portfolio: https://x.example', '# titre:']) {
      assert.ok(!indentAfterKey.test(line), line);
    }
  });

  it('aligns the line after "- key: value" with the key, to continue the same list item', () => {
    assert.ok(alignAfterDash.test('  - organisation: Mairie de Rennes'));
    assert.ok(!alignAfterDash.test('  - organisation:'));
    assert.ok(!alignAfterDash.test('    lieu: Rennes'));
  });

  it('treats a competence id, a cadre value and an accented word as one word each', () => {
    const words = 'competences: [B1.1, B1.2.1] cadre: stage-1 prenom: Léa'.match(new RegExp(langConfig.wordPattern, 'g'));
    for (const w of ['B1.1', 'B1.2.1', 'stage-1', 'Léa']) assert.ok(words?.includes(w), `${w} in ${words}`);
  });

  it('comments with # and closes brackets and quotes', () => {
    assert.equal(langConfig.comments.lineComment, '#');
    const pairs = langConfig.autoClosingPairs.map((p: { open: string }) => p.open);
    for (const o of ['[', '{', '"', "'"]) assert.ok(pairs.includes(o), o);
  });
});
