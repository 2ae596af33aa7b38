import * as path from 'node:path';
import { refusal } from '../scenarios';
import { useWorkbench } from './useWorkbench';

describe('e2e code-server (i) refus d’une compétence', () => {
  const wb = useWorkbench('i-refusal');

  it(refusal.title, async () => {
    await wb().openFile(refusal.file);
    // The Problems panel row shows the message and where it starts (« [Ln 13, Col 25] »).
    const rows = await wb().waitForProblems(
      path.basename(refusal.file),
      refusal.expected.map((e) => e.messageIncludes)
    );
    const e = refusal.expected[0];
    const row = rows.find((r) => r.includes(e.messageIncludes))!;
    if (!row.includes(`Ln ${e.at!.line}, Col ${e.at!.column}`)) throw new Error(`le refus n’est pas sur la citation (attendu Ln ${e.at!.line}, Col ${e.at!.column}) : ${row}`);
    await wb().screenshot('i-refusal');
  });
});
