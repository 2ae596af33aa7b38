import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { diagnostics } from '../scenarios';
import { useWorkbench } from './useWorkbench';

describe('e2e code-server (a) diagnostics', () => {
  const wb = useWorkbench('a-diagnostics');

  it(diagnostics.title, async () => {
    await wb().openFile(diagnostics.file);
    const rows = await wb().waitForProblems(path.basename(diagnostics.file), diagnostics.expected.map((e) => e.messageIncludes));
    for (const e of diagnostics.expected) {
      if (!e.code) continue;
      assert.ok(rows.some((r) => r.includes(e.messageIncludes) && r.includes(e.code!)), `code ${e.code} absent de : ${rows.join(' | ')}`);
    }
    await wb().screenshot('a-diagnostics');
  });
});
