/**
 * `--verifier-liens`: every external link of the site, asked once each — HEAD first (cheap),
 * then GET when the server refuses HEAD or fails it — with a bounded number of requests in
 * flight and a time limit per request, so a dead host cannot hang the command. Redirects are
 * followed (a moved page that still answers is not broken). Off by default: the machine may
 * be offline, and a school's CI may not reach the Internet.
 */
export interface LinkStatus {
  url: string;
  /** Pages of the site where the link appears. */
  pages: string[];
  ok: boolean;
  /** HTTP status of the last answer, when there was one. */
  status?: number;
  /** « délai dépassé », the network error… */
  error?: string;
}

export interface LinkCheckOptions {
  concurrency?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

async function ask(url: string, method: 'HEAD' | 'GET', timeoutMs: number, f: typeof fetch): Promise<{ status?: number; error?: string }> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    const res = await f(url, { method, redirect: 'follow', signal: ctl.signal, headers: { 'user-agent': 'dossier-sio-link-check' } });
    // The body is not needed: release the connection.
    await res.body?.cancel().catch(() => undefined);
    return { status: res.status };
  } catch (err) {
    if (ctl.signal.aborted) return { error: `délai dépassé (${Math.round(timeoutMs / 1000)} s)` };
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return { error: cause?.code ?? cause?.message ?? (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkLinks(links: Map<string, string[]>, opts: LinkCheckOptions = {}): Promise<LinkStatus[]> {
  const f = opts.fetch ?? fetch;
  const timeoutMs = opts.timeoutMs ?? 8000;
  const queue = [...links.keys()].sort();
  const results = new Map<string, LinkStatus>();
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      let r = await ask(url, 'HEAD', timeoutMs, f);
      // Some servers answer HEAD with 405/403/501 or drop it; a timeout is not retried (same host).
      if (!r.error?.startsWith('délai') && (r.status === undefined || r.status >= 400)) r = await ask(url, 'GET', timeoutMs, f);
      results.set(url, { url, pages: links.get(url) ?? [], ok: r.status !== undefined && r.status < 400, ...r });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 4, queue.length)) }, worker));
  return [...results.values()].sort((a, b) => (a.url < b.url ? -1 : 1));
}
