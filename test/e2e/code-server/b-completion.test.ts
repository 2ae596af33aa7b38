import * as fs from 'node:fs';
import * as path from 'node:path';
import { completion } from '../scenarios';
import { env } from './env';
import { useWorkbench } from './useWorkbench';

describe('e2e code-server (b) completion', () => {
  const wb = useWorkbench('b-completion');

  it(completion.title, async () => {
    const text = fs.readFileSync(path.join(env.workspace, completion.file), 'utf8').split('\n');
    const line = text.findIndex((l) => l === completion.line);
    if (line < 0) throw new Error(`ligne « ${completion.line} » absente de ${completion.file}`);
    await wb().openFile(completion.file);
    await wb().goTo(line + 1, completion.after.length + 1);
    await wb().completionLabels(completion.expectedLabels);
    await wb().screenshot('b-completion');
  });
});
