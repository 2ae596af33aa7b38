/**
 * Entry point that VS Code's extension host calls (extensionTestsPath): runs the bundled
 * *.test.js next to it with mocha and the project's summary reporter ("N passed, N failed").
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const root = process.env.SIO_E2E_ROOT ?? path.resolve(__dirname, '../..');
  const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, reporter: path.join(root, 'test', 'support', 'summary-reporter.cjs') });
  for (const f of fs.readdirSync(__dirname).filter((n) => n.endsWith('.test.js'))) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} scénario(s) en échec`)) : resolve()));
  });
}
