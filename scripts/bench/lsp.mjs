/**
 * A minimal LSP client over stdio for the benchmarks: Content-Length framing, requests with
 * promises, notifications kept in order so a waiter can find "the first publishDiagnostics after
 * time t". It answers the server's own requests (workspace/configuration, registerCapability,
 * workDoneProgress/create) with the settings given, as an editor would.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export class LspClient {
  /**
   * @param {string[]} argv node arguments (script path, --stdio…)
   * @param {{ configuration?: (item: {section?: string}) => unknown, cwd?: string }} opts
   */
  constructor(argv, opts = {}) {
    this.spawnedAt = performance.now();
    this.proc = spawn(process.execPath, argv, { cwd: opts.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.pid = this.proc.pid;
    this.nextId = 1;
    this.pending = new Map();
    /** @type {{ method: string, params: any, at: number }[]} */
    this.notifications = [];
    this.waiters = [];
    this.stderr = '';
    this.exited = null;
    this.configuration = opts.configuration ?? (() => null);
    let buf = Buffer.alloc(0);
    // Chunks are joined only once a whole message can be there: joining on every chunk is
    // quadratic for a message of many megabytes (a flood of diagnostics).
    let pendingChunks = [];
    let pendingLength = 0;
    let need = 0;
    this.proc.stdout.on('data', (chunk) => {
      pendingChunks.push(chunk);
      pendingLength += chunk.length;
      if (buf.length + pendingLength < need) return;
      buf = Buffer.concat([buf, ...pendingChunks]);
      pendingChunks = [];
      pendingLength = 0;
      need = 0;
      for (;;) {
        const head = buf.indexOf('\r\n\r\n');
        if (head < 0) break;
        const m = /Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString('ascii'));
        const len = m ? Number(m[1]) : 0;
        if (buf.length < head + 4 + len) {
          need = head + 4 + len;
          break;
        }
        const body = buf.subarray(head + 4, head + 4 + len).toString('utf8');
        buf = buf.subarray(head + 4 + len);
        this.onMessage(JSON.parse(body), performance.now());
      }
    });
    this.proc.stderr.on('data', (c) => (this.stderr += c.toString()));
    this.proc.on('exit', (code, signal) => {
      this.exited = { code, signal };
      for (const p of this.pending.values()) p.reject(new Error(`server exited (${code ?? signal})`));
      this.pending.clear();
    });
  }

  onMessage(msg, at) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      p.resolve({ result: msg.result, error: msg.error, at });
    } else if (msg.id !== undefined) {
      this.answer(msg);
    } else {
      this.notifications.push({ method: msg.method, params: msg.params, at });
      for (const w of [...this.waiters]) w();
    }
  }

  answer(msg) {
    let result = null;
    if (msg.method === 'workspace/configuration') result = (msg.params?.items ?? []).map((it) => this.configuration(it));
    if (msg.method === 'workspace/workspaceFolders') result = this.workspaceFolders ?? null;
    this.write({ jsonrpc: '2.0', id: msg.id, result });
  }

  write(obj) {
    const body = Buffer.from(JSON.stringify(obj), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** @returns {Promise<{result: any, error: any, at: number}>} */
  request(method, params, timeoutMs = 60_000) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (r) => (clearTimeout(timer), resolve(r)),
        reject: (e) => (clearTimeout(timer), reject(e))
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /**
   * First notification at index ≥ from matching pred.
   * @returns {Promise<{ method: string, params: any, at: number, index: number }>}
   */
  waitFor(pred, from = 0, timeoutMs = 60_000) {
    return new Promise((resolve, reject) => {
      const check = () => {
        for (let i = from; i < this.notifications.length; i++) {
          if (pred(this.notifications[i])) {
            cleanup();
            resolve({ ...this.notifications[i], index: i });
            return true;
          }
        }
        return false;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`notification not received after ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== check);
      };
      this.waiters.push(check);
      check();
    });
  }

  /** Peak resident set (VmHWM) in MB, read before shutdown. */
  peakRssMb() {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  }

  /** CPU time (user + system) of the server process so far, in ms. */
  cpuMs() {
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11], fields[12] = utime, stime (fields 14 and 15 of proc(5)), in clock ticks.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  }

  async close() {
    if (this.exited) return;
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    const deadline = Date.now() + 5000;
    while (!this.exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    if (!this.exited) this.proc.kill('SIGKILL');
  }
}
