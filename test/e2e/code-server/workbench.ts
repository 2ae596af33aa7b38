/**
 * Drives a real VS Code workbench served by code-server, through its UI only (keyboard and
 * DOM), as a student would. Every wait polls for a visible state with a deadline: no sleeps
 * (the anti-pattern of vscode-extension-samples/lsp-sample's test helper).
 *
 * Selectors are VS Code's own stable class names (quick-input-widget, markers-panel,
 * suggest-widget, iframe.webview); screenshots go to test-output/e2e/ on each step that a
 * human may want to look at, and on failure.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { env } from './env';
import { FatalError, until } from '../poll';

export { until };

/** Chromium flags: headless, sandbox-less (root in CI), and no network of its own. */
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

let browser: Browser | undefined;

export async function launchBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: env.chromium, args: CHROMIUM_ARGS });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

export class Workbench {
  private constructor(readonly page: Page) {}

  /** A fresh tab on the workspace; resolves once the workbench and its explorer are up. */
  static async open(): Promise<Workbench> {
    const b = await launchBrowser();
    const context = await b.newContext({ viewport: { width: 1400, height: 1000 }, locale: env.locale });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${env.url}/?folder=${encodeURIComponent(env.workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
    // The explorer lists the workspace once the remote file system answers.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90_000 });
    return new Workbench(page);
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(env.screenshots, { recursive: true });
    const file = path.join(env.screenshots, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Focus is in the workbench, not in an input the page left open. */
  private async escape(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  /**
   * Quick Open (Ctrl+P), type the file name, Enter; resolves when its editor is active and has
   * the keyboard focus: a file already open has its tab active at once, and a command run before
   * the focus lands (on a loaded machine) would act on the Problems filter instead.
   */
  async openFile(relPath: string): Promise<void> {
    const name = path.basename(relPath);
    await this.escape();
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(relPath);
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
    // The keyboard goes to the editor, as a person makes sure of before typing: if something
    // else has it a moment after the tab opened (a webview reloading in the web-worker host),
    // click into the text once.
    const focused = this.page.locator('.editor-instance .monaco-editor.focused').first();
    if (!(await focused.waitFor({ timeout: 5_000 }).then(() => true, () => false))) {
      await this.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await focused.waitFor();
    }
  }

  /** Show the Problems panel (Ctrl+Shift+M). */
  async showProblems(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel').waitFor({ state: 'visible' });
  }

  /**
   * The problems listed under `fileName` in the Problems panel, as the rows' accessible
   * labels (message, code, source, position). The panel is a tree: a resource row
   * (the file) followed by its markers.
   */
  async problemsOf(fileName: string): Promise<string[]> {
    return this.page.evaluate((file) => {
      const rows = Array.from(document.querySelectorAll('.markers-panel .monaco-list-row'));
      const out: string[] = [];
      let inFile = false;
      for (const row of rows) {
        // Level 1: a file ("1 problems in file x.sio.yaml of folder ."); level 2: its markers.
        if (row.getAttribute('aria-level') === '1') {
          inFile = (row.textContent ?? '').includes(file);
          continue;
        }
        if (inFile) out.push(`${row.getAttribute('aria-label') ?? ''} ${row.textContent ?? ''}`);
      }
      return out;
    }, fileName);
  }

  /** The count badge of `fileName`'s row in the Problems panel (its number of problems), if listed. */
  async problemCount(fileName: string): Promise<number | undefined> {
    return this.page.evaluate((file) => {
      for (const row of Array.from(document.querySelectorAll('.markers-panel .monaco-list-row[aria-level="1"]'))) {
        if (!(row.textContent ?? '').includes(file)) continue;
        const n = Number(row.querySelector('.monaco-count-badge')?.textContent?.trim());
        return Number.isInteger(n) ? n : undefined;
      }
      return undefined;
    }, fileName);
  }

  /**
   * Shows only `fileName`'s problems: with workspace diagnostics the panel lists every dossier,
   * and its list is virtual (rows outside the viewport are not in the DOM), so we filter it
   * with a glob as a user would in the panel's filter box.
   */
  async filterProblems(fileName: string): Promise<void> {
    await this.showProblems();
    const filter = this.page.locator('.viewpane-filter-container .monaco-inputbox input').first();
    await filter.fill(`**/${fileName}`);
  }

  /** Polls the Problems panel until every `needle` appears among `fileName`'s problems. */
  async waitForProblems(fileName: string, needles: string[], timeoutMs = 60_000): Promise<string[]> {
    await this.filterProblems(fileName);
    return until(`les problèmes de ${fileName} contenant ${JSON.stringify(needles)}`, async () => {
      // The panel may lose its filter when the layout changes (a preview opened by an earlier
      // scenario, seen in the web-worker host): put it back, as a user would.
      const filter = this.page.locator('.viewpane-filter-container .monaco-inputbox input').first();
      if ((await filter.inputValue().catch(() => '')) !== `**/${fileName}`) await this.filterProblems(fileName);
      const rows = await this.problemsOf(fileName);
      return needles.every((n) => rows.some((r) => r.includes(n))) ? rows : undefined;
    }, timeoutMs);
  }

  /** Puts the cursor at 1-based `line`/`column` with Go to Line (Ctrl+G, "line:column"). */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
  }

  /** Ctrl+Space, then polls the suggest widget until all `labels` are offered; returns what it shows. */
  async completionLabels(labels: string[], timeoutMs = 30_000): Promise<string[]> {
    return until(`la complétion proposant ${JSON.stringify(labels)}`, async () => {
      const widget = this.page.locator('.editor-widget.suggest-widget');
      if (!(await widget.isVisible())) await this.page.keyboard.press('Control+Space');
      const shown = await this.page.locator('.suggest-widget .monaco-list-row .label-name').allTextContents();
      return labels.every((l) => shown.some((s) => s.trim() === l)) ? shown.map((s) => s.trim()) : undefined;
    }, timeoutMs, 500);
  }

  /**
   * F1, type the command's title, Enter. The palette shows French titles only with a French
   * language pack (none can be downloaded here), so any of `titles` is accepted.
   */
  async runCommand(titles: string[], opts: { asksMore?: boolean } = {}): Promise<void> {
    await this.escape();
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    // Filter by the common prefix (the category), then pick the row that is exactly ours.
    const prefix = titles[0].slice(0, titles[0].indexOf(':') + 1) || titles[0];
    await input.fill(`>${prefix}`);
    const index = await until(`la commande ${titles.join(' / ')} dans la palette`, async () => {
      const labels = await this.page.locator('.quick-input-widget .monaco-list-row .label-name').allTextContents();
      const i = labels.findIndex((l) => titles.includes(l.trim()));
      if (i >= 0) return labels[i].trim();
      // In a page just opened, the palette may list commands before the extensions' are
      // registered, and does not update an open list: type the filter again.
      await input.fill('>');
      await input.fill(`>${prefix}`);
      return undefined;
    }, 30_000, 1_000);
    await input.fill(`>${index}`);
    await this.page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: index }).first().waitFor();
    await this.page.keyboard.press('Enter');
    // A command that asks something (a quick pick, a file name) reuses the same widget.
    if (!opts.asksMore) await input.waitFor({ state: 'hidden' });
  }

  /** In the open quick pick, waits for the row containing `text` and picks it. */
  async pickQuickItem(text: string): Promise<void> {
    const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: text }).first();
    await row.waitFor();
    await row.click();
  }

  /** Types `value` over the selection of the open input box (e.g. a file name) and confirms it. */
  async answerInput(value: string, promptIncludes: string): Promise<void> {
    await this.page.locator('.quick-input-widget .quick-input-message', { hasText: promptIncludes }).first().waitFor();
    await this.page.keyboard.type(value);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget input').waitFor({ state: 'hidden' });
  }

  /** Brings the editor tab titled `title` (a file, a webview) to the front. */
  async showTab(title: string): Promise<void> {
    await this.page.locator('.tabs-container .tab', { hasText: title }).first().click();
    await this.page.locator('.tabs-container .tab.active', { hasText: title }).first().waitFor();
  }

  /**
   * Types `lines` at the end of the active editor (which ends with a newline), then saves. Typed
   * text goes through the editor's auto-indent, so each line first selects the indentation the
   * editor put there (Shift+Home) and types its own over it; Escape closes any suggestion first,
   * so that Enter makes a new line rather than accepting it.
   */
  async appendLinesAndSave(lines: string[]): Promise<void> {
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await this.page.keyboard.press('Control+End');
    for (const [i, line] of lines.entries()) {
      if (i > 0) {
        await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('Enter');
      }
      await this.page.keyboard.press('Shift+Home');
      await this.page.keyboard.type(line);
    }
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  }

  /**
   * The error the workbench shows, if any (a modal dialog such as "Command … resulted in an
   * error", or an error toast): a scenario waiting for a result fails at once with it.
   */
  async shownError(): Promise<string | undefined> {
    return this.page.evaluate(() => {
      const dialog = document.querySelector('.monaco-dialog-box');
      if (dialog && dialog.querySelector('.codicon-error, .codicon-dialog-error')) return (dialog as HTMLElement).innerText;
      for (const toast of Array.from(document.querySelectorAll('.notifications-toasts .notification-list-item'))) {
        if (toast.querySelector('.codicon-error')) return (toast as HTMLElement).innerText;
      }
      return undefined;
    });
  }

  /** Like `until`, but stops early when the workbench shows an error. */
  async untilOrError<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
    return until(what, async () => {
      const err = await this.shownError();
      if (err) throw new FatalError(`VS Code affiche une erreur : ${err.replace(/\s+/g, ' ').trim()}`);
      return probe();
    }, timeoutMs);
  }

  /**
   * The content of the active webview. VS Code nests it twice: an outer iframe.webview
   * (the host page with its service worker) and the extension's document in #active-frame.
   */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
  }
}
