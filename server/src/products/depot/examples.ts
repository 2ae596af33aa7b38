/**
 * « Prêt pour le dépôt » fails while a value of the « Nouveau dossier » template is still there:
 * the same `placeholder` findings as the Problems view (core/rules/placeholders.ts), so the view
 * and the checklist never disagree, one item per value, each naming it and opening it. The
 * numéro and the portfolio have their own items (checklist.ts, portfolio.ts), which fail on the
 * example value too.
 */
import type { Finding } from '../../core/finding';
import { text, type Text } from '../../core/l10n';
import type { DossierModel, Str } from '../../core/model';

const CANDIDAT: Record<string, [string, string]> = {
  nom: ['le nom', 'the surname'],
  prenom: ['le prénom', 'the first name'],
  centre: ['le centre', 'the centre']
};

/** What the sample value is, named as the student reads it: « le nom (EXEMPLE) ». */
function named(m: DossierModel, f: Finding): Text | null {
  const at = (s: Str | undefined) => !!s && f.start >= s.start && f.end <= s.end;
  if (at(m.candidat.numero) || at(m.candidat.portfolio)) return null;
  for (const [key, [fr, en]] of Object.entries(CANDIDAT)) {
    const s = (m.candidat as unknown as Record<string, Str | undefined>)[key];
    if (at(s)) return text(`${fr} (« ${s!.value.trim()} »)`, `${en} ("${s!.value.trim()}")`);
  }
  for (const [i, st] of m.stages.entries()) {
    if (at(st.organisation)) return text(`le stage n° ${i + 1} (« ${st.organisation!.value.trim()} »)`, `stage no. ${i + 1} ("${st.organisation!.value.trim()}")`);
  }
  for (const r of m.realisations) {
    if (at(r.intitule)) return text(`la réalisation « ${r.intitule!.value.trim()} »`, `the réalisation "${r.intitule!.value.trim()}"`);
  }
  return text('une valeur du modèle', 'a value of the template');
}

/** Each example value still in the dossier, named, with its finding (message and place). */
export function exampleValues(model: DossierModel, findings: Finding[]): { what: Text; finding: Finding }[] {
  const out: { what: Text; finding: Finding }[] = [];
  for (const f of findings) {
    if (f.code !== 'placeholder') continue;
    const what = named(model, f);
    if (what) out.push({ what, finding: f });
  }
  return out;
}
