/**
 * What scripts/e2e-code-server.mjs hands to the scenario files: the running code-server,
 * the workspace it serves, and where to put screenshots. Read lazily so that type-checking
 * or importing a file without the runner fails with a message that says how to run it.
 */
import * as path from 'node:path';

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} absent : lancez ces tests avec « npm run test:e2e » (scripts/e2e-code-server.mjs).`);
  return v;
}

export const env = {
  get url(): string { return required('SIO_E2E_URL'); },
  get workspace(): string { return required('SIO_E2E_WORKSPACE'); },
  get screenshots(): string { return process.env.SIO_E2E_SCREENSHOTS ?? path.resolve('test-output/e2e'); },
  get chromium(): string { return process.env.SIO_E2E_CHROMIUM ?? '/usr/bin/chromium'; },
  /** Browser and palette language: the package.nls file whose titles the palette shows. */
  get locale(): string { return process.env.SIO_E2E_LOCALE ?? 'fr'; },
};
