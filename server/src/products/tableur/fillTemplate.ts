/**
 * A centre's template filled from a dossier's synthesis model, bytes in and bytes out, by surgery
 * (xlsxBook.ts, ods.ts): browser-safe, no disk, so the web extension fills as the CLI does.
 * The template is opened within bounds and refused (macros, dangerous entries, a changed shape)
 * with a French message naming what is wrong; nothing is half-written.
 */
import { text, type Text } from '../../core/l10n';
import type { SyntheseModel } from '../../protocol/synthese';
import { openSpreadsheet } from './container';
import { fillForm } from './fill';
import type { WritableGrid } from './grid';
import { locateForm } from './layout';
import { fail, TableurError } from './limits';
import { loadOds } from './ods';
import { tableauBloc } from './referentiel';
import { loadXlsxBook } from './xlsxBook';
import type { Entries } from './zip';

export interface Filled {
  bytes: Uint8Array;
  warnings: Text[];
  inserted: number;
}

/** Fills the first sheet that has the official shape; refuses, naming what is missing, when none has. */
export function fillFirstForm(grids: WritableGrid[], model: SyntheseModel, name: string): { warnings: Text[]; inserted: number } {
  const bloc = tableauBloc();
  let best: { sheet: string; missing: string[] } | null = null;
  for (const g of grids) {
    const { layout, missing } = locateForm(g, bloc, true);
    if (layout) return fillForm(g, layout, model);
    if (!best || missing.length < best.missing.length) best = { sheet: g.sheetName, missing };
  }
  const what = best?.missing.join(', ') ?? '';
  throw new TableurError(text(
    `Le modèle « ${name} » n’a pas la forme du tableau de synthèse officiel (feuille « ${best?.sheet ?? '?'} ») ; introuvable(s) : ${what}. Rien n’a été écrit.`,
    `The template “${name}” does not have the shape of the official tableau de synthèse (sheet “${best?.sheet ?? '?'}”): not found ${what}. Nothing was written.`
  ));
}

/** An already opened package (a template, or the blank layout) filled: only the filled cells change. */
export function fillEntries(kind: 'xlsx' | 'ods', entries: Entries, model: SyntheseModel, name: string): Filled {
  const book = kind === 'xlsx' ? loadXlsxBook(entries, name) : loadOds(entries);
  const r = fillFirstForm(book.grids, model, name);
  return { ...r, bytes: book.save() };
}

/** The template's bytes filled; `format` is the output's, which must be the template's own. */
export async function fillTemplate(bytes: Uint8Array, name: string, model: SyntheseModel, format: 'xlsx' | 'ods'): Promise<Filled> {
  const opened = await openSpreadsheet(bytes, name);
  if (opened.kind === 'csv') fail(`Le modèle doit être un classeur .xlsx ou .ods, pas un CSV (${name}).`, `The template must be an .xlsx or .ods workbook, not a CSV (${name}).`);
  if (opened.kind !== format) {
    fail(`Le modèle est un .${opened.kind} : le tableur produit garde son format (-o …​.${opened.kind}).`, `The template is an .${opened.kind}: the output keeps its format (-o ….${opened.kind}).`);
  }
  return fillEntries(opened.kind, opened.entries, model, name);
}
