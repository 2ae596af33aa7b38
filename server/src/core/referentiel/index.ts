/**
 * The référentiels as the core sees them: the blocs files (one per diploma, extracted from the
 * official texts) merged with `epreuves.json` (which épreuve evaluates each bloc, per session
 * range, and the stage/PFMP rules). JSON is imported, not read, so the core stays free of fs and
 * esbuild bundles the data into the server and the CLI.
 */
import btsSio2019 from '../../../../schemas/referentiels/bts-sio-2019.json';
import mcSno2020 from '../../../../schemas/referentiels/mc-sno-2020.json';
import epreuvesJson from '../../../../schemas/referentiels/epreuves.json';
import type {
  Bloc,
  Competence,
  EpreuveRule,
  Option,
  Referentiel,
  ReferentielKind,
  StageRules,
  SubCompetence,
} from './types';

export type * from './types';

/** A blocs file: a référentiel without its épreuves and stages (those live in epreuves.json). */
type BlocsFile = Omit<Referentiel, 'epreuves' | 'stages'>;
type EpreuvesFile = Record<ReferentielKind, { epreuves: EpreuveRule[]; stages: StageRules }>;

// The JSON literal types are wider than the contract (`option: string`): the data tests check
// the shape, so the casts below only restate what those tests prove.
const BLOCS_FILES: BlocsFile[] = [btsSio2019 as unknown as BlocsFile, mcSno2020 as unknown as BlocsFile];
const EPREUVES = epreuvesJson as unknown as EpreuvesFile;

let loaded: Referentiel[] | undefined;

/** Every référentiel, blocs merged with its épreuve and stage rules. Built once, then shared. */
export function loadReferentiels(): Referentiel[] {
  if (!loaded) {
    loaded = BLOCS_FILES.map((file) => {
      const rules = EPREUVES[file.kind];
      if (!rules) throw new Error(`epreuves.json has no entry for "${file.kind}" (${file.id})`);
      return { ...file, epreuves: rules.epreuves, stages: rules.stages };
    });
  }
  return loaded;
}

/** The référentiel named by a dossier's `referentiel:` value ("bts-sio", "mc-sno"). */
export function findReferentiel(kind: string | null | undefined): Referentiel | undefined {
  return loadReferentiels().find((r) => r.kind === kind);
}

function visibleFor(option: Option | null, owner: Option | null): boolean {
  return owner === null || owner === option;
}

/**
 * The blocs a candidate of `option` works on: common blocs and competences, plus those of the
 * option (BTS SIO bloc 2 and B3.5 exist once per option with the same ids, Annexe I.B). With
 * `option` null, only the common ones. Blocs left without competences are dropped.
 */
export function competencesFor(ref: Referentiel, option: Option | null): Bloc[] {
  const blocs: Bloc[] = [];
  for (const bloc of ref.blocs) {
    if (!visibleFor(option, bloc.option)) continue;
    const competences = bloc.competences.filter((c) => visibleFor(option, c.option));
    if (competences.length) blocs.push({ ...bloc, competences });
  }
  return blocs;
}

export interface CompetenceMatch {
  bloc: Bloc;
  competence: Competence;
  /** Set when `id` names a sub-competence (B1.1.2, C2.3.1). */
  sub?: SubCompetence;
}

/** A competence or sub-competence by id, as seen by a candidate of `option`. */
export function findCompetence(ref: Referentiel, id: string, option: Option | null): CompetenceMatch | undefined {
  for (const bloc of competencesFor(ref, option)) {
    for (const competence of bloc.competences) {
      if (competence.id === id) return { bloc, competence };
      const sub = competence.subCompetences.find((s) => s.id === id);
      if (sub) return { bloc, competence, sub };
    }
  }
  return undefined;
}

/** The options under which an id exists, so a caller can say "B2.1 needs an option" rather than "unknown". */
export function optionsHaving(ref: Referentiel, id: string): Option[] {
  const options: Option[] = [];
  for (const option of ['SISR', 'SLAM'] as const) {
    if (findCompetence(ref, id, option) && !options.includes(option)) options.push(option);
  }
  return options;
}

/**
 * The first session whose épreuve numbers the tool knows for `kind` (the earliest `from` in
 * epreuves.json): before it, the épreuves, annexes and fiches printed would be guesses.
 */
export function firstKnownSession(kind: string): number | undefined {
  const ref = findReferentiel(kind);
  if (!ref || !ref.epreuves.length) return undefined;
  return Math.min(...ref.epreuves.map((r) => r.from));
}

function covers(rule: EpreuveRule, session: number): boolean {
  return session >= rule.from && (rule.to === null || session <= rule.to);
}

/**
 * The épreuve that evaluates `blocId` at `session`: the rule whose [from, to] contains it. The
 * numbers moved with the arrêté du 8 juillet 2024 (E4 → E5 for bloc 1 from session 2025), so the
 * session matters. An absent session, or one no rule covers, gets the newest rule: a dossier
 * being written today is for the current numbering.
 * Bloc 2 of BTS SIO has one rule per option; without `option`, the first option's rule is
 * returned, whose code and session range are those of both options but not its title nor fiche annex.
 */
export function epreuveFor(
  kind: string,
  session: number | null | undefined,
  blocId: string,
  option?: Option | null,
): EpreuveRule | undefined {
  const ref = findReferentiel(kind);
  if (!ref) return undefined;
  const forBloc = ref.epreuves.filter((r) => r.bloc === blocId);
  const own = forBloc.filter((r) => r.option === undefined || r.option === option);
  const candidates = own.length ? own : forBloc;
  if (!candidates.length) return undefined;
  if (typeof session === 'number' && Number.isFinite(session)) {
    const hit = candidates.find((r) => covers(r, session));
    if (hit) return hit;
  }
  return candidates.reduce((newest, r) => (r.from > newest.from ? r : newest));
}

/**
 * Blocs whose épreuve rests on the dossier (portfolio and tableau de synthèse, fiches
 * descriptives, or the MC SNO dossier numérique), in référentiel order. Written épreuves (BTS SIO
 * bloc 3) are left out: nothing in the dossier is evaluated for them.
 */
export function evaluatedBlocs(kind: string): string[] {
  const ref = findReferentiel(kind);
  if (!ref) return [];
  const ids: string[] = [];
  for (const bloc of ref.blocs) {
    if (ids.includes(bloc.id)) continue;
    if (ref.epreuves.some((r) => r.bloc === bloc.id && r.support !== 'ecrit')) ids.push(bloc.id);
  }
  return ids;
}
