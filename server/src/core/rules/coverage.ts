/**
 * Coverage of the evaluated bloc. BTS SIO, épreuve du bloc 1 (E4 up to session 2024, E5 from
 * 2025): "l’ensemble des réalisations doit permettre de mobiliser toutes les compétences du
 * bloc". MC SNO: the dossier numérique covers each bloc. One diagnostic per missing
 * competence, on the `realisations:` key; no sub-competence item under a competence that is
 * itself missing (issue 12: three more items repeating the same gap).
 */
import { blocLabel, evaluatedCoverage } from '../coverage';
import type { Finding, Severity } from '../finding';
import { text } from '../l10n';
import type { RuleContext } from './context';

export function coverageRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const at = ctx.model.realisationsKey;
  for (const cov of evaluatedCoverage(ctx.catalog, ctx.model)) {
    const label = blocLabel(cov.bloc);
    for (const id of cov.missing) {
      const c = cov.bloc.competences.find((x) => x.id === id)!;
      out.push({
        code: 'coverage-bloc',
        severity: 'error',
        message: text(
          `${label} : aucune réalisation ne mobilise la compétence ${id} « ${c.title} ». Toutes les compétences du bloc doivent être mobilisées.`,
          `${label}: no réalisation mobilises competence ${id} "${c.title}". Every competence of the bloc must be mobilised.`
        ),
        start: at.start,
        end: at.end
      });
    }
    const level = ctx.settings.coverageSub;
    if (level === 'off') continue;
    for (const [subId, n] of cov.bySub) {
      if (n > 0) continue;
      const entry = ctx.catalog.byId.get(subId);
      if (!entry?.sub) continue;
      // Its competence not mobilised at all: the coverage-bloc error already says so, once.
      if (cov.missing.includes(entry.competence.id)) continue;
      // A competence cited as a whole covers its sub-competences only vaguely: still worth a hint.
      out.push({
        code: 'coverage-sub',
        severity: level as Severity,
        message: text(
          `Sous-compétence ${subId} « ${entry.sub.title} » jamais citée explicitement.`,
          `Sub-competence ${subId} "${entry.sub.title}" never cited explicitly.`
        ),
        start: at.start,
        end: at.end
      });
    }
  }
  return out;
}
