/**
 * Fail soft: a check that throws (a bug, or a value no one foresaw) becomes one `internal-error`
 * finding where it happened, and every other finding of the file is still published. Without
 * this, one exception in one rule left the editor with no diagnostics at all for the file and
 * made `sio-dossier check` print a bare error with no location (issue 17).
 */
import type { Finding } from './finding';
import { text } from './l10n';

/** `check` names what stopped (« JSON Schema », « dates »…); [start, end] is where, when known. */
export function internalError(check: string, start = 0, end = 0): Finding {
  return {
    code: 'internal-error',
    severity: 'warning',
    message: text(
      `Vérification « ${check} » interrompue par une erreur interne ; les autres vérifications restent valables. Merci de signaler ce dossier.`,
      `Check "${check}" stopped on an internal error; the other checks still hold. Please report this dossier.`
    ),
    start,
    end
  };
}

/** Runs `f`; on an exception, the `internal-error` finding at [start, end] instead. */
export function guarded(check: string, f: () => Finding[], start = 0, end = 0): Finding[] {
  try {
    return f();
  } catch {
    return [internalError(check, start, end)];
  }
}
