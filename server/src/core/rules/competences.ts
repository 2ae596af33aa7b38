/**
 * Competence ids cited by each réalisation: they must exist in the dossier's référentiel and
 * option, appear once, and each réalisation must state at least one (épreuve E4: the
 * tableau de synthèse lists the competences each réalisation mobilises).
 */
import { closest, fold } from '../text/similar';
import type { Finding } from '../finding';
import { text } from '../l10n';
import type { RuleContext } from './context';

export function competenceRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const { catalog } = ctx;
  for (const r of ctx.model.realisations) {
    if (r.competences === null || r.competences.length === 0) {
      const anchor = r.competencesKey ?? r.keys.get('id') ?? { start: r.start, end: Math.min(r.end, r.start + 1) };
      out.push({
        code: 'competence-none',
        severity: 'error',
        message: text(
          'Cette réalisation ne mobilise aucune compétence : indiquez au moins un identifiant dans « competences » (ex. [B1.1, B1.2.1]).',
          'This réalisation mobilises no competence: list at least one id under "competences" (e.g. [B1.1, B1.2.1]).'
        ),
        start: anchor.start,
        end: anchor.end
      });
      continue;
    }
    const seen = new Map<string, number>();
    for (const c of r.competences) {
      const id = c.value.trim();
      const entry = catalog.byId.get(id);
      if (!entry) {
        const options = catalog.optionOnly.get(id);
        if (options && !catalog.option && ctx.ref.kind === 'bts-sio') {
          out.push({
            code: 'competence-needs-option',
            severity: 'error',
            message: text(
              `« ${id} » dépend de l’option (SISR ou SLAM) : indiquez « option » dans « candidat ».`,
              `"${id}" depends on the option (SISR or SLAM): set "option" under "candidat".`
            ),
            start: c.start,
            end: c.end
          });
          continue;
        }
        // `b1.2.1` or `B1.2.1 ` typed loosely: one obvious reading, offered as the preferred fix.
        const exact = catalog.ids.find((x) => x.toLowerCase() === id.toLowerCase());
        if (exact) {
          out.push({
            code: 'competence-unknown',
            severity: 'error',
            // Quote what was typed (the student looks for « b1.3 » in the text), then the right spelling.
            message: text(`Identifiant mal écrit : « ${id} » s’écrit « ${exact} » (majuscules).`, `Misspelt id: "${id}" is written "${exact}" (capital letters).`),
            start: c.start,
            end: c.end,
            data: { kind: 'replace', replacements: [{ text: exact, title: text(`Remplacer par « ${exact} »`, `Replace with "${exact}"`) }] }
          });
          continue;
        }
        const byTitle = catalog.byTitle.get(fold(id).replace(/\.$/, ''));
        if (byTitle) {
          out.push({
            code: 'competence-unknown',
            severity: 'error',
            message: text(
              `Écrivez l’identifiant de la compétence plutôt que son intitulé : « ${byTitle} ».`,
              `Write the competence id rather than its title: "${byTitle}".`
            ),
            start: c.start,
            end: c.end,
            data: { kind: 'replace', replacements: [{ text: byTitle, title: text(`Remplacer par « ${byTitle} »`, `Replace with "${byTitle}"`) }] }
          });
          continue;
        }
        const guesses = closest(id, catalog.ids, 3);
        const where =
          options && catalog.option
            ? text(` (elle n’existe qu’en option ${options.join('/')})`, ` (it only exists in option ${options.join('/')})`)
            : text('', '');
        out.push({
          code: 'competence-unknown',
          severity: 'error',
          message: text(
            `Compétence « ${id} » inconnue dans le référentiel ${ctx.ref.kind === 'mc-sno' ? 'MC SNO' : 'BTS SIO'}${catalog.option ? ` option ${catalog.option}` : ''}${where.fr}.` +
              (guesses.length ? ` Vouliez-vous dire ${guesses.map((g) => `« ${g} »`).join(' ou ')} ?` : ''),
            `Unknown competence "${id}" in the ${ctx.ref.kind === 'mc-sno' ? 'MC SNO' : 'BTS SIO'} référentiel${catalog.option ? ` option ${catalog.option}` : ''}${where.en}.` +
              (guesses.length ? ` Did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}?` : '')
          ),
          start: c.start,
          end: c.end,
          data: guesses.length
            ? { kind: 'replace', replacements: guesses.map((g) => ({ text: g, title: text(`Remplacer par « ${g} »`, `Replace with "${g}"`) })) }
            : undefined
        });
        continue;
      }
      if (seen.has(id)) {
        out.push({
          code: 'competence-duplicate',
          severity: 'warning',
          message: text(`« ${id} » est déjà cité dans cette réalisation.`, `"${id}" is already listed in this réalisation.`),
          start: c.start,
          end: c.end
        });
      }
      seen.set(id, c.start);
    }
    // A competence listed together with one of its own sub-competences: redundant (hint).
    for (const c of r.competences) {
      const entry = catalog.byId.get(c.value.trim());
      if (!entry?.sub) continue;
      if (seen.has(entry.competence.id)) {
        out.push({
          code: 'competence-duplicate',
          severity: 'hint',
          message: text(
            `« ${entry.sub.id} » est une sous-compétence de « ${entry.competence.id} », déjà citée : gardez la plus précise.`,
            `"${entry.sub.id}" is a sub-competence of "${entry.competence.id}", already listed: keep the more precise one.`
          ),
          start: c.start,
          end: c.end
        });
      }
    }
  }
  return out;
}
