#!/usr/bin/env node
/**
 * Section « analyseurs » of `npm run bench` (issue 16: "measure both on the bench before
 * choosing"): per keystroke, in this process, side by side on the same edits,
 *  - tree-sitter (web-tree-sitter + @tree-sitter-grammars/tree-sitter-yaml's .wasm):
 *    `tree.edit()` + incremental re-parse; then what our rules would still need from it, a
 *    located value (treeSitterValue.mjs), for the changed réalisation only (+ getChangedRanges)
 *    and for the whole tree;
 *  - our incremental path: `service.parse` (core/service.ts, incremental as in the server:
 *    pieces, yaml Document, value and located model) and `parseIncremental` alone (no model, and
 *    no 250 kB refusal, so that 2,000 réalisations can be compared);
 *  - a full `yaml` parse (parseAllDocuments with parse.ts's options + toJS).
 * Then what each says about broken YAML (tree-sitter: ERROR/MISSING nodes, no message).
 * Wall time (performance.now) and process CPU (process.cpuUsage) per edit; no assertion.
 *
 * Alone: node scripts/bench/parsers.mjs [--sizes 30,200,700,2000] [--edits 30] [--big-edits 10]
 */
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { Language, Parser } from 'web-tree-sitter';
import { parseAllDocuments } from 'yaml';
import { SCENARIOS } from './edits.mjs';
import { stats } from './lspBench.mjs';
import { convertAt, convertTree, Unsupported } from './treeSitterValue.mjs';

const require = createRequire(import.meta.url);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const YAML_OPTS = { prettyErrors: false, uniqueKeys: true, logLevel: 'error' };

export const PARSER_SIZES = '30,200,700,2000';

/** Broken texts a student types, to compare what each parser can say about them. */
const BROKEN = {
  'guillemet non fermé': (t) => t.replace(/^( {4}intitule: )(.*)$/m, '$1"$2'),
  'crochet non fermé': (t) => t.replace(/^( {4}competences: \[.*)\]$/m, '$1'),
  'tabulation en indentation': (t) => t.replace(/^ {4}(modalite: )/m, '\t$1'),
  'clé en double': (t) => t.replace(/^( {4}modalite: .*)$/m, '$1\n$1'),
  '« : » dans un intitulé': (t) => t.replace(/^( {4}intitule: )(.*)$/m, '$1Mise à jour : $2')
};

async function loadTreeSitter() {
  await Parser.init();
  const lang = await Language.load(require.resolve('@tree-sitter-grammars/tree-sitter-yaml/tree-sitter-yaml.wasm'));
  const parser = new Parser();
  parser.setLanguage(lang);
  return { parser, abi: lang.abiVersion };
}

/** Row/column (UTF-16 code units, as web-tree-sitter counts for a JS string) of an offset. */
function point(text, at) {
  const nl = text.lastIndexOf('\n', at - 1);
  let row = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) row++;
  return { row, column: at - nl - 1 };
}

function tsEdit(before, after, e) {
  const newEnd = e.start + e.insert.length;
  return { startIndex: e.start, oldEndIndex: e.end, newEndIndex: newEnd, startPosition: point(before, e.start), oldEndPosition: point(before, e.end), newEndPosition: point(after, newEnd) };
}

/** The outermost list item (a réalisation or a stage) holding `at`, else the top-level pair. */
function changedItem(tree, at) {
  let node = tree.rootNode.descendantForIndex(at);
  let item = null;
  let pair = null;
  for (let n = node; n; n = n.parent) {
    if (n.type === 'block_sequence_item') item = n;
    if (n.type === 'block_mapping_pair') pair = n;
  }
  return item ?? pair ?? tree.rootNode;
}

function timed(samples, fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  samples.wall.push(wall);
  samples.cpu.push((c.user + c.system) / 1000);
  return out;
}

const series = () => ({ wall: [], cpu: [] });
const summary = (s) => (s.wall.length ? { ...stats(s.wall), cpuMedian: stats(s.cpu).median } : null);

function yamlFull(text) {
  const docs = parseAllDocuments(text, YAML_OPTS);
  const doc = Array.isArray(docs) ? docs[0] : docs;
  return doc?.toJS({ maxAliasCount: 200 });
}

/** One size, every edit kind: the three roads on the same texts, in the same order each time. */
function benchSize(ts, ours, text0, kinds, edits) {
  const { parser } = ts;
  const init = series();
  for (let k = 0; k < 3; k++) timed(init, () => parser.parse(text0)).delete();
  const initConvert = series();
  let tree = parser.parse(text0);
  for (let k = 0; k < 3; k++) timed(initConvert, () => convertTree(tree, text0));
  // Warm the JIT and our piece cache as the server's didOpen does.
  ours.parse(text0);
  ours.parseIncremental(text0);
  yamlFull(text0);
  const out = { initialParse: summary(init), initialConvert: summary(initConvert), kinds: {} };
  let text = text0;
  for (const kind of kinds) {
    const s = { tsParse: series(), tsItem: series(), tsWhole: series(), service: series(), incremental: series(), yaml: series() };
    let refused = false;
    for (let i = 0; i < edits; i++) {
      const e = SCENARIOS[kind](text, i);
      const next = text.slice(0, e.start) + e.insert + text.slice(e.end);
      const edit = tsEdit(text, next, e);
      const nt = timed(s.tsParse, () => {
        tree.edit(edit);
        return parser.parse(next, tree);
      });
      timed(s.tsItem, () => {
        tree.getChangedRanges(nt);
        return convertAt(changedItem(nt, e.start), next);
      });
      tree.delete();
      tree = nt;
      timed(s.tsWhole, () => convertTree(tree, next));
      refused = timed(s.service, () => ours.parse(next)).refused;
      timed(s.incremental, () => ours.parseIncremental(next));
      timed(s.yaml, () => yamlFull(next));
      text = next;
    }
    // The incremental tree must be the fresh parse's, and the converted value yaml's.
    const fresh = parser.parse(text);
    const sameTree = fresh.rootNode.toString() === tree.rootNode.toString() && fresh.rootNode.endIndex === tree.rootNode.endIndex;
    fresh.delete();
    let sameValue;
    try {
      sameValue = isDeepStrictEqual(convertTree(tree, text).value, yamlFull(text));
    } catch (err) {
      if (!(err instanceof Unsupported)) throw err;
      sameValue = `non converti : ${err.message}`;
    }
    out.kinds[kind] = { ...Object.fromEntries(Object.entries(s).map(([k, v]) => [k, summary(v)])), serviceRefused: refused, sameTree, sameValue };
  }
  tree.delete();
  return out;
}

/** What each road says about broken YAML: yaml's codes and our French message vs tree-sitter's nodes. */
function brokenReport(ts, ours, text) {
  const rows = [];
  for (const [label, breakIt] of Object.entries(BROKEN)) {
    const t = breakIt(text);
    const parsed = ours.parseFull(t);
    let at = 0;
    while (at < t.length && t[at] === text[at]) at++;
    const first = parsed.findings.find((x) => x.code === 'yaml-syntax');
    const yamlCodes = parseAllDocuments(t, YAML_OPTS);
    const codes = (Array.isArray(yamlCodes) ? yamlCodes : [yamlCodes]).flatMap((d) => d.errors.map((x) => x.code));
    const tree = ts.parser.parse(t);
    const nodes = [];
    const walk = (n) => {
      if (n.isError || n.isMissing) nodes.push(`${n.isMissing ? `MISSING « ${n.type} »` : 'ERROR'} ${n.startIndex}–${n.endIndex}`);
      else if (n.hasError) for (const ch of n.children) walk(ch);
    };
    walk(tree.rootNode);
    rows.push({ label, at, yamlCodes: codes, ours: first ? `${first.start}–${first.end}` : '—', message: firstSentence(first?.message), treeSitter: nodes.length ? nodes.join(', ') : 'aucune erreur / no error' });
    tree.delete();
  }
  return rows;
}

/** Findings carry { fr, en }: the French one, first sentence, as the user reads it. */
function firstSentence(message) {
  const fr = typeof message === 'string' ? message : message?.fr;
  return fr ? fr.split(/(?<=\.) /)[0] : 'aucun diagnostic de syntaxe';
}

const f = (x) => (x == null ? '—' : x.toFixed(x < 10 ? 2 : 1));
const cell = (s) => (s ? `${f(s.median)} / ${f(s.p95)} (${f(s.cpuMedian)})` : '—');

export async function benchParsers({ root, tsImport, generateDossier, sizes, edits, bigEdits, kinds = Object.keys(SCENARIOS).filter((k) => k !== 'walk') }) {
  const ts = await loadTreeSitter();
  const svcMod = await tsImport(path.join(root, 'server/src/core/service.ts'), import.meta.url);
  const incMod = await tsImport(path.join(root, 'server/src/core/incremental/index.ts'), import.meta.url);
  const parseMod = await tsImport(path.join(root, 'server/src/core/parse.ts'), import.meta.url);
  const svc = (svcMod.createLanguageService ? svcMod : svcMod.default).createLanguageService({ incremental: true });
  const parseIncremental = (incMod.parseIncremental ? incMod : incMod.default).parseIncremental;
  const parseDossier = (parseMod.parseDossier ? parseMod : parseMod.default).parseDossier;
  const ours = { parse: (t) => svc.parse(t), parseIncremental, parseFull: (t) => parseDossier(t, { incremental: false }) };
  const results = { treeSitterAbi: ts.abi, sizes: {} };
  console.log(`\n### Analyseurs : tree-sitter, notre analyse incrémentale, yaml complet (ticket 16 ; même processus, mêmes modifications)\n`);
  console.log('Cellules : médiane / p95 en ms (mur), entre parenthèses CPU médian du processus (ms). / Cells: median / p95 wall ms (median process CPU ms).');
  for (const n of sizes) {
    const text = generateDossier({ realisations: n, seed: n });
    const count = n >= 1000 ? bigEdits : edits;
    const before = load();
    process.stderr.write(`… analyseurs, ${n} réalisations (${count} modifications × ${kinds.length})\n`);
    const r = (results.sizes[n] = { bytes: text.length, edits: count, loadBefore: before, ...benchSize(ts, ours, text, kinds, count) });
    r.loadAfter = load();
    console.log(`\n#### ${n} réalisations (${(text.length / 1024).toFixed(0)} kio, ${count} modifications par type ; charge ${before} → ${r.loadAfter})\n`);
    console.log(`tree-sitter, analyse initiale : ${cell(r.initialParse)} ; conversion de tout l’arbre initial en valeur située : ${cell(r.initialConvert)}\n`);
    console.log(`| par frappe | ${kinds.join(' | ')} |`);
    console.log(`|---|${kinds.map(() => '---:').join('|')}|`);
    const row = (label, key) => console.log(`| ${label} | ${kinds.map((k) => cell(r.kinds[k][key])).join(' | ')} |`);
    row('tree-sitter : edit() + nouvelle analyse', 'tsParse');
    row('tree-sitter : + changedRanges et conversion de la réalisation touchée', 'tsItem');
    row('tree-sitter : conversion de tout l’arbre (valeur située)', 'tsWhole');
    const refused = kinds.some((k) => r.kinds[k].serviceRefused);
    row(`nous : service.parse incrémental (morceaux, Document, valeur, modèle)${refused ? ' — fichier refusé (> 250 ko) : temps du refus' : ''}`, 'service');
    row('nous : parseIncremental seul (sans modèle ni refus)', 'incremental');
    row('yaml : analyse complète + toJS', 'yaml');
    const checks = kinds.map((k) => `${k} : arbre incrémental = arbre neuf ${r.kinds[k].sameTree ? 'oui' : 'NON'}, valeur convertie = toJS de yaml ${r.kinds[k].sameValue === true ? 'oui' : r.kinds[k].sameValue || 'NON'}`);
    console.log(`\nVérifié après la dernière modification / checked after the last edit — ${checks.join(' ; ')}`);
  }
  results.broken = brokenReport(ts, ours, generateDossier({ realisations: 30, seed: 30 }));
  console.log('\n#### YAML cassé : ce que chacun dit (30 réalisations, une faute dans la première réalisation) / broken YAML: what each reports\n');
  console.log('| faute (position) | codes `yaml` | notre diagnostic (plage : début du message) | tree-sitter (nœuds) |');
  console.log('|---|---|---|---|');
  for (const b of results.broken) console.log(`| ${b.label} (${b.at}) | ${[...new Set(b.yamlCodes)].join(', ') || 'aucun'} | ${b.ours} : ${b.message} | ${b.treeSitter} |`);
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: PARSER_SIZES }, edits: { type: 'string', default: '30' }, 'big-edits': { type: 'string', default: '10' } } });
  const { tsImport } = await import('tsx/esm/api');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const gen = await tsImport(path.join(root, 'test/support/generate.ts'), import.meta.url);
  const { generateDossier } = gen.generateDossier ? gen : gen.default;
  console.log(`Charge / load ${load()}`);
  await benchParsers({ root, tsImport, generateDossier, sizes: values.sizes.split(',').map(Number), edits: Number(values.edits), bigEdits: Number(values['big-edits']) });
  console.log(`\nCharge à la fin / load at end ${load()}`);
}
