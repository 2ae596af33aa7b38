/**
 * Checks that a BTS SIO référentiel (the data of schemas/referentiels/bts-sio-2019.json)
 * says exactly what Annexe I.B of the official text says. Each check returns a list of
 * problems (empty = faithful) so that tests can also run it on deliberately damaged copies.
 */
import type { Competence, Referentiel } from '../../server/src/core/referentiel/types';

/** The data file holds the blocs only; épreuves and stages live in epreuves.json. */
export type BlocsData = Pick<Referentiel, 'blocs'>;
import { annexeIBRange, normalise, parseAnnexeIB, type SeedCompetence } from './seedAnnexeIB';

const label = (c: { id?: string; title: string; option: string | null }) =>
  `${c.id ?? c.title}${c.option ? ` (${c.option})` : ''}`;

/** The strings of a competence in reading order: sub-competences, indicators and their items, savoirs. */
function textsInOrder(c: Competence): string[] {
  return [
    ...c.subCompetences.map((s) => s.title),
    ...c.indicators.flatMap((i) => [i.text, ...(i.items ?? [])]),
    ...c.knowledge.flatMap((g) => [g.heading, ...g.items]),
  ];
}

/**
 * 1. Every string of the data is a line of Annexe I.B (bullet, tabs and bookmarks aside), found
 *    in order inside its competence's section (from its title to the next competence or bloc).
 */
export function checkOrderedPresence(ref: BlocsData, lines: string[]): string[] {
  const problems: string[] = [];
  const { start, end } = annexeIBRange(lines);
  const body = lines.slice(start + 1, end).map((l) => normalise(l).replace(/^· ?/, ''));
  const titles = new Set(ref.blocs.flatMap((b) => b.competences.map((c) => normalise(c.title))));
  const isBoundary = (n: string) => titles.has(n) || /^Bloc de compétences n°|^Option (SISR|SLAM)$/.test(n);
  for (const c of ref.blocs.flatMap((b) => b.competences)) {
    const first = body.indexOf(normalise(c.title));
    if (first < 0) {
      problems.push(`${label(c)}: title not in Annexe I.B: « ${c.title} »`);
      continue;
    }
    let last = first + 1;
    while (last < body.length && !isBoundary(body[last])) last++;
    let cursor = first + 1;
    for (const text of textsInOrder(c)) {
      const at = body.slice(cursor, last).indexOf(normalise(text));
      if (at < 0) {
        problems.push(`${label(c)}: not found (in order) in its Annexe I.B section: « ${text} »`);
      } else {
        cursor += at + 1;
      }
    }
  }
  return problems;
}

function compareList(where: string, what: string, seed: string[], data: string[]): string[] {
  const problems: string[] = [];
  const norm = data.map(normalise);
  seed.forEach((s, i) => {
    if (!norm.includes(s)) problems.push(`${where}: ${what} missing from the data: « ${s} »`);
    else if (norm[i] !== s) problems.push(`${where}: ${what} #${i + 1} out of order, the text has « ${s} »`);
  });
  norm.forEach((d, i) => {
    if (!seed.includes(d)) problems.push(`${where}: ${what} not in the text: « ${data[i]} »`);
  });
  return problems;
}

/** 2. Conversely, everything the independent reading of Annexe I.B finds is in the data. */
export function checkCompleteness(ref: BlocsData, lines: string[]): string[] {
  const problems: string[] = [];
  const seed: SeedCompetence[] = parseAnnexeIB(lines);
  const all = ref.blocs.flatMap((b) => b.competences.map((c) => ({ bloc: b, c })));
  if (seed.length !== all.length) {
    problems.push(`Annexe I.B has ${seed.length} competence sections, the data ${all.length}`);
  }
  for (const s of seed) {
    const found = all.find(({ bloc, c }) => bloc.id === s.bloc && c.option === s.option && normalise(c.title) === s.title);
    const where = `${s.bloc} « ${s.title} »${s.option ? ` (${s.option})` : ''} [seed line ${s.line}]`;
    if (!found) {
      problems.push(`${where}: competence missing from the data`);
      continue;
    }
    const { c, bloc } = found;
    problems.push(...compareList(where, 'sub-competence', s.subCompetences, c.subCompetences.map((x) => x.title)));
    problems.push(...compareList(where, 'indicator', s.indicators.map((i) => i.text), c.indicators.map((i) => i.text)));
    for (const si of s.indicators) {
      const di = c.indicators.find((i) => normalise(i.text) === si.text);
      if (di) problems.push(...compareList(`${where} « ${si.text} »`, 'item', si.items, di.items ?? []));
    }
    problems.push(...compareList(where, 'savoirs heading', s.knowledge.map((k) => k.heading), c.knowledge.map((k) => k.heading)));
    for (const sk of s.knowledge) {
      const dk = c.knowledge.find((k) => normalise(k.heading) === sk.heading);
      if (dk) problems.push(...compareList(`${where} « ${sk.heading} »`, 'savoir', sk.items, dk.items));
    }
    // A competence printed without its own savoirs cell must say which competence carries it.
    if (s.knowledge.length === 0) {
      const from = bloc.competences.find((x) => x.id === c.knowledgeFrom);
      if (!from || from.knowledge.length === 0) {
        problems.push(`${where}: no savoirs in the text, so knowledgeFrom must name a competence of the bloc that has them`);
      }
    } else if (c.knowledgeFrom !== undefined) {
      problems.push(`${where}: has its own savoirs in the text but knowledgeFrom is set`);
    }
  }
  return problems;
}

/** 3. Identifiers and shape: unique (id, option), B1.1 → B1.1.1…, at least one indicator. */
export function checkStructure(ref: BlocsData): string[] {
  const problems: string[] = [];
  const seen = new Map<string, (string | null)[]>();
  for (const bloc of ref.blocs) {
    bloc.competences.forEach((c) => {
      const options = seen.get(c.id) ?? [];
      // Same id twice only for two different options (B2.1 SISR / B2.1 SLAM), never with a common one.
      if (options.includes(c.option) || (options.length > 0 && (c.option === null || options.includes(null)))) {
        problems.push(`${label(c)}: duplicate competence id`);
      }
      seen.set(c.id, [...options, c.option]);
      if (!new RegExp(`^${bloc.id.replace('.', '\\.')}\\.\\d+$`).test(c.id)) problems.push(`${label(c)}: id not of the form ${bloc.id}.<n>`);
      if (bloc.option !== null && c.option !== bloc.option) problems.push(`${label(c)}: option differs from its bloc's (${bloc.option})`);
      c.subCompetences.forEach((s, i) => {
        if (s.id !== `${c.id}.${i + 1}`) problems.push(`${label(c)}: sub-competence #${i + 1} has id ${s.id}, expected ${c.id}.${i + 1}`);
      });
      if (c.indicators.length === 0) problems.push(`${label(c)}: no indicateur de performance`);
      if (c.subCompetences.length === 0) problems.push(`${label(c)}: no sub-competence`);
    });
  }
  return problems;
}

export function checkFidelity(ref: BlocsData, lines: string[]): string[] {
  return [...checkOrderedPresence(ref, lines), ...checkCompleteness(ref, lines), ...checkStructure(ref)];
}
