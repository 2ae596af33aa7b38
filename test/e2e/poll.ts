/**
 * Waiting for a state a user would see, with a deadline: the e2e drivers never sleep a fixed
 * time (the anti-pattern of vscode-extension-samples/lsp-sample's test helper).
 */

/** An error that ends a wait at once (the state polled for can no longer come). */
export class FatalError extends Error {}

/** Polls `probe` until it returns a non-undefined value; fails with `what` and the last state seen. */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      if (e instanceof FatalError) throw e;
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`Délai dépassé (${timeoutMs} ms) en attendant : ${what}${last ? ` — dernière erreur : ${String(last)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * The one bounded wait for an absence: polls `probe` for `windowMs` and fails as soon as it
 * returns something (e.g. a browser tab that opened). An absence cannot be awaited, only
 * watched for a while; the window is longer than the round trip that would open it.
 */
export async function stillAbsent<T>(what: string, probe: () => Promise<T | undefined>, windowMs: number, everyMs = 200): Promise<void> {
  const end = Date.now() + windowMs;
  while (Date.now() < end) {
    const v = await probe();
    if (v !== undefined) throw new Error(`${what} : ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
