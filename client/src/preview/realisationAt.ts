/**
 * Which réalisation of the model a source line belongs to, so the preview can highlight
 * the row under the editor's cursor. The rows carry their 0-based source lines; a line
 * between two réalisations belongs to none. Pure (no `vscode`), unit-tested.
 */
import type { SyntheseModel } from '../../../shared/protocol';

interface Span { id: string; start: number; end: number }

function spans(model: SyntheseModel): Span[] {
  const out: Span[] = [];
  for (const g of model.groups) for (const r of g.rows) out.push({ id: r.id, ...r.lines });
  for (const grid of model.grids) for (const r of grid.rows) out.push({ id: r.id, ...r.lines });
  for (const f of model.fiches) out.push({ id: f.realisationId, ...f.lines });
  return out;
}

/** The id of the innermost réalisation whose lines contain `line`, or null. */
export function realisationAt(model: SyntheseModel | null, line: number): string | null {
  if (!model) return null;
  let best: Span | null = null;
  for (const s of spans(model)) {
    if (line < s.start || line > s.end) continue;
    // Nested spans (a fiche inside its réalisation): the narrowest wins.
    if (!best || s.end - s.start < best.end - best.start) best = s;
  }
  return best ? best.id : null;
}
