import * as path from 'node:path';
import { review } from '../scenarios';
import { useWorkbench } from './useWorkbench';

describe('e2e code-server (e) revue enseignant', () => {
  const wb = useWorkbench('e-review');

  it(review.title, async () => {
    await wb().openFile(review.file);
    await wb().waitForProblems(path.basename(review.file), review.expected.map((e) => e.messageIncludes));
    await wb().screenshot('e-review');
  });
});
