/**
 * Checks that the MC SNO référentiel data (schemas/referentiels/mc-sno-2020.json) says what the
 * guide d'accompagnement says (docs/sources/mc-sno-guide-accompagnement-2021.txt). The guide has no référentiel table: the
 * competences appear in § 3.1, in the situation tables (§ 3.4) and in the CRCN table (§ 3.5),
 * and the compétences détaillées only in the situation tables. So the check reads the guide as
 * one flow of text cut at every "Cx.y" mention: a title counts as attested for Cx.y when it
 * appears in a stretch that starts at a mention of Cx.y and reaches no other competence id.
 * Every function returns a list of problems (empty = faithful) so tests can also run it on
 * deliberately damaged copies.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Referentiel } from '../../server/src/core/referentiel/types';

export type BlocsData = Pick<Referentiel, 'blocs'>;

/** pdftotext breaks lines inside table cells and mixes ’ and ': compare modulo both. */
export function normaliseGuide(s: string): string {
  return s
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const COMPETENCE_ID = /\bC([1-3])\.(\d+)\b(?!\.\d)/g;

export const GUIDE_FILE = 'mc-sno-guide-accompagnement-2021.txt';

/** Where the guide lives: docs/sources in the repository. Fails loudly when absent. */
export function readGuide(repoRoot = path.resolve(__dirname, '../..')): string {
  const file = path.join(repoRoot, 'docs', 'sources', GUIDE_FILE);
  if (!fs.existsSync(file)) {
    throw new Error(`MC SNO guide not found: expected ${file} (the official texts live in docs/sources)`);
  }
  return fs.readFileSync(file, 'utf8');
}

/** `needle` occurs in `hay` as whole words: "nomade" is not attested by "nomades". */
export function containsPhrase(hay: string, needle: string): boolean {
  const word = /[\p{L}\p{N}]/u;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = hay[at - 1] ?? ' ';
    const after = hay[at + needle.length] ?? ' ';
    if (!word.test(before) && !word.test(after)) return true;
  }
  return false;
}

/** The competence ids the guide mentions, read from the text alone (C1.1 … C3.3). */
export function guideCompetenceIds(guide: string): string[] {
  const ids = new Set<string>();
  for (const m of normaliseGuide(guide).matchAll(COMPETENCE_ID)) ids.add(`C${m[1]}.${m[2]}`);
  return [...ids].sort();
}

/** The text that follows each mention of a competence id, up to the next mention of any id. */
export function stretchesById(guide: string): Map<string, string[]> {
  const text = normaliseGuide(guide);
  const marks = [...text.matchAll(COMPETENCE_ID)].map((m) => ({ id: `C${m[1]}.${m[2]}`, at: m.index ?? 0, len: m[0].length }));
  const stretches = new Map<string, string[]>();
  marks.forEach((m, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].at : text.length;
    const list = stretches.get(m.id) ?? [];
    list.push(text.slice(m.at + m.len, end));
    stretches.set(m.id, list);
  });
  return stretches;
}

/**
 * 1. Every bloc title is in the guide; every competence title and compétence détaillée is
 *    attested in a stretch of its own competence id.
 */
export function checkAttested(data: BlocsData, guide: string): string[] {
  const problems: string[] = [];
  const whole = normaliseGuide(guide);
  const stretches = stretchesById(guide);
  for (const bloc of data.blocs) {
    if (!containsPhrase(whole, normaliseGuide(bloc.title))) problems.push(`Bloc ${bloc.id}: title not in the guide: « ${bloc.title} »`);
    for (const c of bloc.competences) {
      const own = stretches.get(c.id) ?? [];
      const attested = (t: string) => own.some((s) => containsPhrase(s, normaliseGuide(t)));
      if (!own.length) problems.push(`${c.id}: id never mentioned in the guide`);
      if (!attested(c.title)) problems.push(`${c.id}: title not attested after a mention of ${c.id}: « ${c.title} »`);
      for (const s of c.subCompetences) {
        if (!attested(s.title)) problems.push(`${s.id}: compétence détaillée not attested after a mention of ${c.id}: « ${s.title} »`);
      }
    }
  }
  return problems;
}

/** 2. The data has every competence id the guide mentions, and no other. */
export function checkComplete(data: BlocsData, guide: string): string[] {
  const seed = guideCompetenceIds(guide);
  const mine = data.blocs.flatMap((b) => b.competences.map((c) => c.id));
  return [
    ...seed.filter((id) => !mine.includes(id)).map((id) => `${id}: mentioned by the guide, missing from the data`),
    ...mine.filter((id) => !seed.includes(id)).map((id) => `${id}: in the data, never mentioned by the guide`),
  ];
}

/** 3. Shape: Cx.y sits in bloc "x", sub-competences are Cx.y.1, Cx.y.2… in order, no wording invented. */
export function checkStructure(data: BlocsData): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const bloc of data.blocs) {
    for (const c of bloc.competences) {
      if (seen.has(c.id)) problems.push(`${c.id}: duplicated`);
      seen.add(c.id);
      if (!c.id.startsWith(`C${bloc.id}.`)) problems.push(`${c.id}: in bloc ${bloc.id}`);
      c.subCompetences.forEach((s, i) => {
        if (s.id !== `${c.id}.${i + 1}`) problems.push(`${s.id}: expected ${c.id}.${i + 1}`);
      });
      if (c.indicators.length && !c.indicatorsNote) continue;
      if (c.indicators.length) problems.push(`${c.id}: indicators and indicatorsNote both set`);
      else if (!c.indicatorsNote) problems.push(`${c.id}: no indicators and no indicatorsNote saying why`);
    }
  }
  return problems;
}

export function checkMcSnoFidelity(data: BlocsData, guide: string): string[] {
  return [...checkStructure(data), ...checkComplete(data, guide), ...checkAttested(data, guide)];
}
