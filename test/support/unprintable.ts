/**
 * Values that cannot become text the usual way, under every enum key of the dossier schema.
 * `{toString: false}` makes `String(value)` throw « Cannot convert object to primitive value »:
 * the nightly fuzz (seed 20261130) found that it silenced a whole file (issue 17). Each case is
 * the SISR dossier with one hostile value marked ⟦…⟧ and one ordinary mistake (an unknown
 * competence, B9.9) that must still be reported beside it.
 */
import { marked, SISR } from './dossier';

export const HOSTILE_VALUES = ['{toString: false}', '{toString: false, valueOf: false}', '[{toString: false}]'];

/** Every key whose schema is an `enum` (checked against the schema in the unit test). */
export const ENUM_KEYS = ['referentiel', 'option', 'epreuve', 'annee', 'cadre', 'modalite', 'numero'] as const;
export type EnumKey = (typeof ENUM_KEYS)[number];

const STAGES = 'stages:\n  - organisation: Mairie\n    periode: du 05/01/2026 au 13/02/2026\n    annee: 2\n';

function place(key: EnumKey, v: string): string {
  const base = SISR.replace('competences: [B2.3]', 'competences: [B9.9]');
  switch (key) {
    case 'referentiel':
      return base.replace('referentiel: bts-sio', `referentiel: ⟦${v}⟧`);
    case 'option':
      return base.replace('option: SISR', `option: ⟦${v}⟧`);
    case 'epreuve':
      return base.replace('option: SISR', `option: SISR\n  epreuve: ⟦${v}⟧`);
    case 'annee':
      return base.replace('realisations:\n', STAGES.replace('annee: 2', `annee: ⟦${v}⟧`) + 'realisations:\n');
    case 'cadre':
      return base.replace('cadre: formation', `cadre: ⟦${v}⟧`);
    case 'modalite':
      return base.replace('cadre: formation', `cadre: formation\n    modalite: ⟦${v}⟧`);
    case 'numero':
      return base.replace('numero: 1', `numero: ⟦${v}⟧`);
  }
}

export interface HostileCase {
  name: string;
  key: EnumKey;
  value: string;
  text: string;
  /** Offsets of the hostile value. */
  range: [number, number];
  /** 0-based line of the hostile value. */
  line: number;
}

export function hostileCases(): HostileCase[] {
  const out: HostileCase[] = [];
  for (const key of ENUM_KEYS) {
    HOSTILE_VALUES.forEach((value, i) => {
      const { text, ranges } = marked(place(key, value));
      const range = ranges[0];
      out.push({ name: `${key}-${i}`, key, value, text, range, line: text.slice(0, range[0]).split('\n').length - 1 });
    });
  }
  return out;
}
