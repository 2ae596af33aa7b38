/**
 * A filled official tableau → the text of a new dossier. Read as candidates fill it: values typed
 * after the labels, the option ticked with ☒, ▣ or x, competences marked with X, x, ▣, ☒, ✓ or
 * by a background colour alone, the intitulé followed by its documents in the same cell. The
 * période is kept exactly as typed (the période diagnostics and quick fixes then do their work;
 * no date is guessed). What could not be read stays beside its field as a French comment.
 */
import { stringify } from 'yaml';
import { MAX_DOSSIER_BYTES, parseDossier } from '../../core/parse';
import { fold, type Grid } from './grid';
import { locateForm, type FieldKey, type FormLayout } from './layout';
import { fail } from './limits';
import { tableauBloc } from './referentiel';
import { bytesOf } from './zip';

/** Marks seen on candidates' copies; an empty box or « non » is no mark. */
const MARKS = new Set(['x', '✓', '✔', '☒', '▣', '☑', '■', '●', '•', '1', 'oui', 'ok', 'v']);
const EMPTY = new Set(['', '▢', '☐', '□', '-', '0', 'non']);

export interface ImportedDossier {
  yaml: string;
  realisations: number;
  /** Comments left for the candidate to check. */
  notes: number;
}

interface Row {
  intitule: string;
  documents: string[];
  periode: string;
  cadre: string;
  competences: string[];
  notes: string[];
}

// One line each: a block scalar would need the indentation of its key (values are single-line on the form).
const oneLine = (v: string) => v.replace(/\s+/g, ' ').trim();
const scalar = (v: string) => stringify(oneLine(v), { lineWidth: 0 }).trimEnd();
const quoted = (v: string) => JSON.stringify(oneLine(v));

function valueAfterLabel(grid: Grid, layout: FormLayout, key: FieldKey): string {
  const pos = layout.fields[key];
  if (!pos) return '';
  const own = grid.text(pos.row, pos.col);
  const after = own.includes(':') ? own.slice(own.indexOf(':') + 1).trim() : '';
  if (after) return after;
  // Some candidates type the value in the next cell instead.
  const next = grid.text(pos.row, pos.col + 1).trim();
  return next && !next.includes(':') && !/\b(SISR|SLAM)\b/.test(next) ? next : '';
}

function splitName(full: string): { nom: string; prenom: string } {
  const words = full.split(/\s+/).filter(Boolean);
  const isUpper = (w: string) => /\p{L}/u.test(w) && w === w.toLocaleUpperCase('fr-FR');
  let i = 0;
  while (i < words.length && isUpper(words[i])) i++;
  if (i === 0 || i === words.length) return { nom: full.trim(), prenom: '' };
  return { nom: words.slice(0, i).join(' '), prenom: words.slice(i).join(' ') };
}

function optionOf(grid: Grid, layout: FormLayout): string | null {
  const ticked = (['SISR', 'SLAM'] as const).filter((o) => {
    const pos = layout.optionBoxes[o];
    if (!pos) return false;
    const mark = fold(grid.text(pos.row, pos.col).replace(new RegExp(`${o}\\s*$`, 'i'), ''));
    if (MARKS.has(mark)) return true;
    if (!EMPTY.has(mark)) return false;
    // A fill ticks a box only where it tells it apart from the other box.
    const other = layout.optionBoxes[o === 'SISR' ? 'SLAM' : 'SISR'];
    const bg = grid.background(pos.row, pos.col);
    return bg !== '' && (!other || bg !== grid.background(other.row, other.col));
  });
  if (ticked.length === 1) return ticked[0];
  if (ticked.length === 0) {
    const typed = /\b(SISR|SLAM)\b/i.exec(valueAfterLabel(grid, layout, 'option'));
    if (typed) return typed[1].toUpperCase();
  }
  return null;
}

function documentsOf(lines: string[]): string[] {
  return lines
    .map((l) => l.replace(/^[-•▸*·]\s*/, '').replace(/^(productions?|documents?)(\s+associ[ée]e?s)?\s*:\s*/i, '').trim())
    .filter(Boolean);
}

function readRow(grid: Grid, layout: FormLayout, r: number, cadre: string): Row | null {
  const a = grid.text(r, layout.realisationCol).split('\n').map((l) => l.trim()).filter(Boolean);
  const periode = grid.text(r, layout.periodeCol).replace(/\s+/g, ' ').trim();
  const notes: string[] = [];
  const found = new Set<string>();
  // A background is a mark only where it tells the cells of the row apart: not the intitulé's
  // own background (a template that colours whole rows), not one every competence cell shares.
  const cols = [...layout.competenceCols, ...layout.subCols];
  const base = grid.background(r, layout.realisationCol);
  const bgs = cols.map(({ col }) => grid.background(r, col));
  let colouredIgnored = false;
  cols.forEach(({ id, col }, i) => {
    const t = fold(grid.text(r, col));
    if (MARKS.has(t)) found.add(id);
    else if (t === '' && bgs[i] !== '') {
      if (bgs[i] === base) colouredIgnored = true;
      else if (!bgs.every((b) => b === bgs[i])) found.add(id);
    } else if (!EMPTY.has(t)) notes.push(`la case ${id} contient « ${grid.text(r, col).trim()} », qui n’a pas été lue comme une marque`);
  });
  // An empty row of the form (spaces at most, its template background) is not a réalisation.
  if (!a.length && !periode && !found.size && !notes.length) return null;
  if (colouredIgnored) notes.push('toute la ligne est colorée : les cases colorées sans texte n’ont pas été lues comme des marques');
  // A sub-competence column marked says more than its competence: keep the most precise ids.
  const ids = [...found].filter((id) => ![...found].some((o) => o !== id && o.startsWith(id + '.')));
  if (!a.length) notes.push('intitulé vide dans le tableau');
  if (!periode) notes.push('période vide dans le tableau');
  return { intitule: a[0] ?? '', documents: documentsOf(a.slice(1)), periode, cadre, competences: ids.sort(), notes };
}

function slug(s: string, taken: Set<string>): string {
  const base = fold(s.slice(0, 200)).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').split('-').slice(0, 5).join('-').slice(0, 48).replace(/-+$/, '') || 'realisation';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function importGrid(grid: Grid, sourceName: string): ImportedDossier {
  if (grid.truncated) fail(`La feuille « ${grid.sheetName} » a plus de lignes qu’un tableau de synthèse n’en peut avoir : import refusé (rien n’a été écrit).`, `Sheet “${grid.sheetName}” has more rows than a tableau de synthèse can have: import refused (nothing written).`);
  const { layout, missing } = locateForm(grid, tableauBloc(), false);
  if (!layout) fail(`« ${sourceName} » ne ressemble pas au tableau de synthèse ; introuvable(s) : ${missing.join(', ')}.`, `“${sourceName}” does not look like the tableau de synthèse: not found ${missing.join(', ')}.`);
  let notes = 0;
  const out: string[] = [`# Dossier importé de « ${sourceName} » par sio-dossier importer : relisez les commentaires « À vérifier ».`];
  const note = (indent: string, why: string) => {
    notes++;
    out.push(`${indent}# À vérifier : ${why}.`);
  };
  out.push('referentiel: bts-sio');
  if (layout.session?.year) out.push(`session: ${layout.session.year}`);
  else note('', 'la session n’a pas été trouvée dans le tableau (cellule « SESSION … »)');
  out.push('candidat:');
  const name = splitName(valueAfterLabel(grid, layout, 'nom'));
  if (name.nom && !name.prenom) note('  ', `« ${name.nom} » n’a pas pu être séparé en NOM et prénom`);
  const fields: [string, string, boolean][] = [
    ['nom', name.nom, false],
    ['prenom', name.prenom, false],
    ['numero', valueAfterLabel(grid, layout, 'numero'), true],
    ['centre', valueAfterLabel(grid, layout, 'centre'), false]
  ];
  const option = optionOf(grid, layout);
  for (const [key, value, asString] of fields) {
    if (value) out.push(`  ${key}: ${asString ? quoted(value) : scalar(value)}`);
    else if (key !== 'prenom' || !name.nom) note('  ', `${key} : vide ou introuvable dans le tableau`);
  }
  if (option) out.push(`  option: ${option}`);
  else note('  ', 'option : aucune case SISR / SLAM cochée lisiblement (ou les deux)');
  const portfolio = valueAfterLabel(grid, layout, 'portfolio');
  if (portfolio) out.push(`  portfolio: ${scalar(portfolio)}`);
  else note('  ', 'portfolio : adresse vide dans le tableau');

  const rows = layout.groups.flatMap((g) => {
    const list: Row[] = [];
    for (let r = g.first; r <= g.last; r++) {
      const row = readRow(grid, layout, r, g.cadre);
      if (row) list.push(row);
    }
    return list;
  });
  out.push(rows.length ? 'realisations:' : 'realisations: []');
  const taken = new Set<string>();
  for (const row of rows) {
    out.push(`  - id: ${slug(row.intitule, taken)}`);
    for (const n of row.notes) note('    ', n);
    if (row.intitule) out.push(`    intitule: ${scalar(row.intitule)}`);
    out.push(`    cadre: ${row.cadre}`);
    if (row.periode) out.push(`    periode: ${scalar(row.periode)}`);
    out.push(`    competences: [${row.competences.join(', ')}]`);
    if (row.documents.length) {
      out.push('    documents:');
      for (const d of row.documents) out.push(`      - ${scalar(d)}`);
    }
  }
  const yaml = out.join('\n') + '\n';
  // Never write a dossier the tool itself would refuse to open.
  if (bytesOf(yaml).length > MAX_DOSSIER_BYTES || parseDossier(yaml).refused) {
    fail(`Le dossier importé de « ${sourceName} » dépasserait ${Math.round(MAX_DOSSIER_BYTES / 1000)} ko, la taille qu’un dossier peut avoir : import refusé (rien n’a été écrit). Raccourcissez les textes du tableau.`, `The dossier imported from “${sourceName}” would exceed ${Math.round(MAX_DOSSIER_BYTES / 1000)} kB, the size a dossier may have: import refused (nothing written). Shorten the tableau's texts.`);
  }
  return { yaml, realisations: rows.length, notes };
}
