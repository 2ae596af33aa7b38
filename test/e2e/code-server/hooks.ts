/** Mocha root hooks (loaded with --require): one Chromium for the whole run, closed at the end. */
import { closeBrowser } from './workbench';

export const mochaHooks = {
  async afterAll(): Promise<void> {
    await closeBrowser();
  },
};
