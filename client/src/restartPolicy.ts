/**
 * When to restart a language server that died. A crash now and then (a bug hit by one odd dossier)
 * deserves a silent restart; a crash loop does not: after MAX_RESTARTS crashes within the window the
 * client gives up and says so. Kept apart from vscode-languageclient so it can be unit-tested.
 */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export class CrashWindow {
  private readonly crashes: number[] = [];

  constructor(
    private readonly maxRestarts = MAX_RESTARTS,
    private readonly windowMs = RESTART_WINDOW_MS
  ) {}

  /** Records a crash at `now` (ms); true when the server should be restarted. */
  shouldRestart(now: number): boolean {
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0] > this.windowMs) this.crashes.shift();
    return this.crashes.length <= this.maxRestarts;
  }

  /** Crashes counted in the current window. */
  get count(): number {
    return this.crashes.length;
  }

  /** After a restart the user asked for, past crashes no longer count. */
  reset(): void {
    this.crashes.length = 0;
  }
}
