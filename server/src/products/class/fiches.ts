/**
 * The class view's bloc-2 fiche columns: for fiche descriptive n° 1 and n° 2, the réalisation it
 * is on and its status (issue 24) — a teacher sees which réalisation each fiche presents and
 * which one to fix, not only « à revoir » for the pair. A fiche is « à revoir » when a fiche rule
 * (rules/fiches.ts) flags it; `fiche-coverage` (the two fiches together miss a bloc-2
 * competence) concerns both. Pure.
 */
import type { Finding } from '../../core/finding';
import type { RealisationSrc } from '../../core/model';
import type { FicheSlot } from '../../protocol/classOverview';

const label = (r: RealisationSrc) => [r.id?.value.trim(), r.intitule?.value.trim()].filter(Boolean).join(' — ') || `réalisation ${r.index + 1}`;

/** Fiche n° 1 and n° 2: by their `numero`, else in order of the dossier for an unnumbered one. */
export function ficheSlots(realisations: RealisationSrc[], findings: Finding[]): FicheSlot[] {
  const withFiche = realisations.filter((r) => r.fiche);
  const slots: (RealisationSrc | undefined)[] = [undefined, undefined];
  const rest: RealisationSrc[] = [];
  for (const r of withFiche) {
    const n = Number(r.fiche!.numero?.value.trim());
    if ((n === 1 || n === 2) && !slots[n - 1]) slots[n - 1] = r;
    else rest.push(r);
  }
  for (let i = 0; i < 2; i++) if (!slots[i]) slots[i] = rest.shift();
  const flagged = findings.filter((f) => f.code.startsWith('fiche-') && (f.severity === 'error' || f.severity === 'warning'));
  const jointly = flagged.some((f) => f.code === 'fiche-coverage' || (f.code === 'fiche-count' && withFiche.length > 2));
  return slots.map((r): FicheSlot => {
    if (!r) return { realisation: '', status: 'manquante' };
    const own = flagged.some((f) => f.start >= r.start && f.start < r.end);
    return { realisation: label(r), status: own || jointly ? 'a-revoir' : 'complete' };
  });
}
