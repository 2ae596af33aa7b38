/**
 * The text of a new review file (`<nom>.revue.yaml`, docs/REVUE.md) as « Relire ce dossier »
 * writes it: the reviewer's name (setting `sio.revue.relecteur`), today's date, and an empty
 * last line where completion offers « Nouvelle remarque » (which writes `remarques:` itself). Kept apart from the `vscode`
 * API so that it can be tested; the YAML is checked by the review's own parser in the tests.
 */

/** Today as the review schema's `AAAA-MM-JJ`, in local time (a review written at 23:30 is today's). */
export function isoDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A YAML double-quoted scalar: a name with « : » or « # » stays one value. */
function quoted(s: string): string {
  return JSON.stringify(s);
}

/** `dossierName`: the dossier's file name, for the comment at the top. */
export function reviewTemplate(reviewer: string, now: Date, dossierName: string): string {
  return [
    `# Relecture de ${dossierName} (voir docs/REVUE.md) : remarques, décisions sur les compétences, évaluation.`,
    'revue: 1',
    `relecteur: ${quoted(reviewer.trim())}`,
    `date: ${isoDate(now)}`,
    ''
  ].join('\n');
}
