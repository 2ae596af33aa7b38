/**
 * A teacher's review file completes its own keys, from its schema, through the bundled server:
 * at the top level, inside a remark and inside an épreuve of the evaluation, with the schema's
 * documentation, the review's own snippets, and none of the dossier's snippets or keys.
 */
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompletionItem, CompletionList, Hover } from 'vscode-languageserver-types';
import { pathToUri } from '../../server/src/node/uris';
import { startClient, type Client } from '../support/lspClient';

const DOSSIER_ONLY = ['Nouvelle réalisation', 'Nouveau stage', 'dossier', 'fiche', 'stage', 'realisation', 'periode', 'candidat', 'realisations', 'referentiel'];

describe('LSP: completion of a review file’s keys', () => {
  let c: Client;
  let dir: string;
  let uri: string;
  let version = 0;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sio-revue-'));
    copyFileSync(join(__dirname, '../fixtures/classe/lea-martin-sisr.sio.yaml'), join(dir, 'lea.sio.yaml'));
    uri = pathToUri(join(dir, 'lea.revue.yaml'));
    c = await startClient('fr');
  });
  after(async () => {
    await c.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Completion at the `|` of `text`, the review being open with that text. */
  async function complete(marked: string): Promise<CompletionItem[]> {
    const offset = marked.indexOf('|');
    const text = marked.replace('|', '');
    const before = text.slice(0, offset).split('\n');
    const position = { line: before.length - 1, character: before[before.length - 1].length };
    version++;
    if (version === 1) c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sio-revue', version, text } });
    else c.change(uri, version, text);
    const list = (await c.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position })) as CompletionList;
    return list.items;
  }
  const labels = (items: CompletionItem[]) => items.map((i) => i.label);
  const doc = (i: CompletionItem | undefined) => (i?.documentation as { value: string } | undefined)?.value ?? '';

  it('offers the top-level keys of an empty review, documented, and no dossier snippet', async () => {
    const items = await complete('|');
    for (const key of ['revue', 'relecteur', 'date', 'remarques', 'evaluation']) assert.ok(labels(items).includes(key), `${key} offered`);
    assert.deepEqual(labels(items).filter((l) => DOSSIER_ONLY.includes(l)), []);
    const relecteur = items.find((i) => i.label === 'relecteur')!;
    assert.match(doc(relecteur), /^\*\*Relecteur\*\* \(`relecteur`\)\n\nNom de l’enseignant/);
    assert.equal(relecteur.textEdit && 'newText' in relecteur.textEdit ? relecteur.textEdit.newText : '', 'relecteur: ');
    // Required keys first.
    assert.deepEqual(labels([...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))).slice(0, 2), ['revue', 'relecteur']);
  });

  it('offers its own snippets: « Nouvelle remarque » and the evaluation of the dossier’s épreuves', async () => {
    const items = await complete('revue: 1\nrelecteur: M. Dupont\n|');
    assert.ok(!labels(items).includes('revue') && !labels(items).includes('relecteur'), 'keys already written are not offered again');
    const remark = items.find((i) => i.label === 'Nouvelle remarque')!;
    assert.equal(remark.insertTextFormat, 2); // snippet
    assert.equal(remark.command?.command, 'editor.action.triggerSuggest');
    const text = remark.textEdit && 'newText' in remark.textEdit ? remark.textEdit.newText : '';
    // The message is a folded block: a French « : » in it never breaks the YAML.
    assert.equal(text, 'remarques:\n  - cible: ${1}\n    niveau: ${2|avertissement,erreur,info|}\n    message: >-\n      ${3}');
    // Léa's dossier is a BTS SIO SISR dossier of session 2026: E5 (bloc 1) and E6 (bloc 2).
    const e5 = items.find((i) => i.label === 'Évaluation E5')!;
    const body = e5.textEdit && 'newText' in e5.textEdit ? e5.textEdit.newText : '';
    assert.match(body, /^evaluation:\n  E5:\n    competences:\n      B1\.1: \$\{1\|non-evalue,non-maitrise,partielle,bonne,excellente\|\}\n/);
    assert.match(body, /\n    appreciation: \$\{7\}$/);
  });

  it('inside a remark, offers the keys of a remark not written yet, documented from the schema', async () => {
    const items = await complete('revue: 1\nrelecteur: M. Dupont\nremarques:\n  - cible: glpi\n    |\n  - cible: B1.3\n    message: Autre remarque.\n');
    assert.deepEqual(labels(items), ['niveau', 'message', 'statut']);
    assert.match(doc(items.find((i) => i.label === 'message')), /tel que l’étudiant le lira/);
    assert.match(doc(items.find((i) => i.label === 'niveau')), /`erreur`, `avertissement` \(par défaut\) ou `info`/);
  });

  it('on a new remark’s dash, offers a remark’s keys and the rest of a remark', async () => {
    const items = await complete('revue: 1\nrelecteur: M. Dupont\nremarques:\n  - |');
    assert.deepEqual(labels(items), ['cible', 'niveau', 'message', 'statut', 'Nouvelle remarque']);
    assert.deepEqual(labels(items).filter((l) => DOSSIER_ONLY.includes(l)), []);
  });

  it('inside an épreuve of the evaluation, offers its keys', async () => {
    const items = await complete('revue: 1\nrelecteur: M. Dupont\nevaluation:\n  E5:\n    appreciation: Bien.\n    |');
    assert.deepEqual(labels(items), ['competences', 'penalites']);
    assert.equal(items[0].insertTextMode, 1, 'a mapping value goes on the next line, indented by the server'); // asIs
  });

  it('still completes values: `cible:` lists the dossier’s réalisations', async () => {
    const items = await complete('revue: 1\nrelecteur: M. Dupont\nremarques:\n  - cible: |\n');
    assert.ok(labels(items).includes('glpi'));
  });

  it('documents a key on hover', async () => {
    await complete('revue: 1\nrelecteur: M. Dupont\nremarques:\n  - cible: glpi\n    niveau: erreur\n    message: À préciser.\n|');
    const hover = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 6 } })) as Hover;
    assert.match((hover.contents as { value: string }).value, /^\*\*Niveau\*\* \(`niveau`\)/);
  });
});
