/**
 * Reads the official BTS SIO text (docs/sources/bts-sio-referentiel-2019.txt) and parses its « Annexe I.B –
 * Référentiel de compétences » on its own, without looking at schemas/referentiels/*.json,
 * so that the fidelity test compares the data with an independent reading of the text.
 *
 * The seed is a text extraction of a Word/PDF file: tables are flattened, cells start with
 * a tab, bullets are "· ", bookmarks appear as "[bookmark: _x]" and French typography uses
 * non-breaking spaces. `normalise` folds those differences away; nothing else is rewritten.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Option } from '../../server/src/core/referentiel/types';

export const SEED_FILE = 'bts-sio-referentiel-2019.txt';

/** The official texts are part of the repository (docs/sources); SIO_SEEDS_DIR overrides it. */
export function locateSeedFile(): string {
  const dir = process.env.SIO_SEEDS_DIR ?? path.resolve(__dirname, '../../docs/sources');
  const file = path.join(dir, SEED_FILE);
  if (!fs.existsSync(file)) {
    throw new Error(
      `Texte officiel introuvable / official text not found: ${file}. ` +
        'Les textes officiels font partie du dépôt (docs/sources) : le clone est-il complet ? (ou définir SIO_SEEDS_DIR).',
    );
  }
  return file;
}

export function readSeedLines(file = locateSeedFile()): string[] {
  return fs.readFileSync(file, 'utf8').split(/\r?\n/);
}

/** Whitespace (incl. NBSP, tabs) collapsed, typographic apostrophes folded to ', bookmarks dropped. */
export function normalise(s: string): string {
  return s
    .replace(/\[bookmark: [^\]]*\]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const isBullet = (n: string) => n.startsWith('·');
const unbullet = (n: string) => normalise(n.replace(/^·/, ''));

export interface SeedCompetence {
  bloc: string;
  option: Option | null;
  title: string;
  /** 1-based line number of the title in the seed, for messages. */
  line: number;
  subCompetences: string[];
  indicators: { text: string; items: string[] }[];
  knowledge: { heading: string; items: string[] }[];
}

/** Line range [start, end) of Annexe I.B: from its heading to the first line of Annexe II.A (U11). */
export function annexeIBRange(lines: string[]): { start: number; end: number } {
  const start = lines.findIndex((l) => /^\[bookmark[^\]]*\]Annexe I\.B – Référentiel de compétences/.test(l));
  const end = lines.findIndex((l, i) => i > start && l.includes('Culture générale et expression'));
  if (start < 0 || end < 0) throw new Error('Annexe I.B not found in the seed');
  return { start, end };
}

/**
 * Competence titles per bloc and option, read from the « Tableau de synthèse » at the top of
 * the text (not from Annexe I.B). A title listed under both options of a bloc is common (null).
 */
export function synthesisTitles(lines: string[]): Map<string, { bloc: string; option: Option | null }> {
  const top = lines.findIndex((l) => /^\[bookmark[^\]]*\]TABLEAU DE SYNTHÈSE/.test(l));
  const perOption: { bloc: string; option: Option | null; title: string }[] = [];
  for (let i = top; i < lines.length && !lines[i].includes('ANNEXE I –'); i++) {
    const m = /^\tBloc n° ?([123]) – (.*)$/.exec(lines[i]);
    if (!m) continue;
    const option: Option | null = m[2].includes('infrastructure') ? 'SISR' : m[2].includes('logicielles') ? 'SLAM' : null;
    // Under an option header the first line is the bloc title, then the competences.
    let j = i + 1 + (option ? 1 : 0);
    for (; !lines[j].startsWith('\tUNITÉ'); j++) perOption.push({ bloc: `B${m[1]}`, option, title: normalise(lines[j]) });
  }
  const result = new Map<string, { bloc: string; option: Option | null }>();
  for (const t of perOption) {
    const both = perOption.filter((o) => o.bloc === t.bloc && o.title === t.title).length > 1;
    result.set(t.title, { bloc: t.bloc, option: both ? null : t.option });
  }
  return result;
}

/** Competence sections of Annexe I.B: title, "·" sub-competences, indicator lines, savoirs. */
export function parseAnnexeIB(lines: string[]): SeedCompetence[] {
  const titles = synthesisTitles(lines);
  const { start, end } = annexeIBRange(lines);
  const out: SeedCompetence[] = [];
  let blocOption: Option | null = null;
  let rowOption: Option | null = null;
  let current: SeedCompetence | null = null;
  let phase: 'sub' | 'ind' | 'know' = 'sub';
  for (let i = start + 1; i < end; i++) {
    const n = normalise(lines[i]);
    const bloc = /^Bloc de compétences n°([123])(?: option ([AB]))?/.exec(n);
    if (bloc) {
      blocOption = bloc[2] === 'A' ? 'SISR' : bloc[2] === 'B' ? 'SLAM' : null;
      rowOption = null;
      current = null;
      continue;
    }
    const opt = /^Option (SISR|SLAM)$/.exec(n);
    if (opt) {
      rowOption = opt[1] as Option;
      current = null;
      continue;
    }
    const known = titles.get(n);
    if (known) {
      current = { bloc: known.bloc, option: rowOption ?? blocOption, title: n, line: i + 1, subCompetences: [], indicators: [], knowledge: [] };
      out.push(current);
      phase = 'sub';
      continue;
    }
    if (!current || n === '') continue;
    if (/^Savoirs? /.test(n)) {
      current.knowledge.push({ heading: n, items: [] });
      phase = 'know';
    } else if (phase === 'sub' && isBullet(n)) {
      current.subCompetences.push(unbullet(n));
    } else if (phase === 'know') {
      current.knowledge[current.knowledge.length - 1].items.push(n);
    } else {
      phase = 'ind';
      const last = current.indicators[current.indicators.length - 1];
      if (isBullet(n) && last) last.items.push(unbullet(n));
      else current.indicators.push({ text: n, items: [] });
    }
  }
  return out;
}
