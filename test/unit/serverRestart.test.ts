/**
 * A language server that crashes is restarted silently a few times; a crash loop stops after
 * MAX_RESTARTS crashes in RESTART_WINDOW_MS and the user is told (client/src/languageClient.ts).
 */
import * as assert from 'node:assert/strict';
import { CrashWindow, MAX_RESTARTS, RESTART_WINDOW_MS } from '../../client/src/restartPolicy';

describe('server restart after a crash', () => {
  it(`restarts ${MAX_RESTARTS} times in a row, then gives up`, () => {
    const w = new CrashWindow();
    const decisions = Array.from({ length: MAX_RESTARTS + 1 }, (_, i) => w.shouldRestart(i * 1000));
    assert.deepEqual(decisions, [...Array(MAX_RESTARTS).fill(true), false]);
    assert.equal(w.count, MAX_RESTARTS + 1);
  });

  it('forgets crashes older than the window', () => {
    const w = new CrashWindow();
    for (let i = 0; i < MAX_RESTARTS; i++) assert.ok(w.shouldRestart(i));
    assert.ok(w.shouldRestart(RESTART_WINDOW_MS + 10), 'the first crashes are out of the window');
  });

  it('starts afresh after a restart asked by the user', () => {
    const w = new CrashWindow(1, 60_000);
    assert.ok(w.shouldRestart(0));
    assert.ok(!w.shouldRestart(1));
    w.reset();
    assert.ok(w.shouldRestart(2));
  });
});
