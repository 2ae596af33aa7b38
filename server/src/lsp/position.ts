/**
 * A request's position must be two integers. A client that sends `1.5` or `NaN` (JSON null)
 * gets an InvalidParams error instead of an answer computed from offset NaN (completion items
 * whose textEdit had `character: null`: test/protocol/robustness.test.ts). Integers outside
 * the text are fine: TextDocument.offsetAt clamps them to it.
 */
import { ErrorCodes, type Position, ResponseError } from 'vscode-languageserver';

export function checkPosition(p: Position | undefined): void {
  if (p && Number.isInteger(p.line) && Number.isInteger(p.character)) return;
  throw new ResponseError(ErrorCodes.InvalidParams, `Position invalide : ${JSON.stringify(p ?? null)}. / Invalid position.`);
}
