// The refresh policy of the views that show a config's linked samples (status bar, tunnel status).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LatestAnswer, type Timers } from '../src/latestAnswer';

/** Timers that run only when told to: no test waits for real time. */
class ManualTimers implements Timers {
  private readonly pending = new Map<number, () => void>();
  private next = 0;

  set(run: () => void): unknown {
    this.next += 1;
    this.pending.set(this.next, run);
    return this.next;
  }

  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  get count(): number {
    return this.pending.size;
  }

  /** Runs the timers that are due (all of them). */
  elapse(): void {
    const runs = [...this.pending.values()];
    this.pending.clear();
    runs.forEach((run) => run());
  }
}

/** A server whose answers the test releases one by one. */
class Server {
  readonly asked: string[] = [];
  private readonly answers: Array<{ resolve: (value: string[]) => void; reject: (error: Error) => void }> = [];

  fetch = (uri: string): Promise<string[]> => {
    this.asked.push(uri);
    return new Promise((resolve, reject) => this.answers.push({ resolve, reject }));
  };

  answer(index: number, samples: string[]): Promise<void> {
    this.answers[index].resolve(samples);
    return settled();
  }

  fail(index: number): Promise<void> {
    this.answers[index].reject(new Error('busy'));
    return settled();
  }
}

const settled = () => new Promise<void>((resolve) => setImmediate(resolve));
const CONFIG = 'file:///w/ix-aws.ix';
const OTHER = 'file:///w/branch.ix';

function setUp() {
  const timers = new ManualTimers();
  const server = new Server();
  const shown: Array<readonly string[] | undefined> = [];
  const view = new LatestAnswer<readonly string[]>(timers, 300, server.fetch, (value) => shown.push(value));
  return { timers, server, shown, view };
}

describe('LatestAnswer: a view follows sample linking', () => {
  test('asked at start before linking, then told the links changed: the view shows the linked sample', async () => {
    const { timers, server, shown, view } = setUp();
    view.trigger(CONFIG); // the server is running, the config is active
    timers.elapse();
    await server.answer(0, []); // not linked yet: "no AWS sample"
    assert.deepEqual(shown, [[]]);
    view.trigger(CONFIG); // ixls/linksChanged for this config
    timers.elapse();
    await server.answer(1, ['vpn-0a1b2c3d4e5f67890.txt']);
    assert.deepEqual(shown.at(-1), ['vpn-0a1b2c3d4e5f67890.txt']);
  });

  test('a burst of triggers asks once, after it settles', () => {
    const { timers, server, view } = setUp();
    for (let i = 0; i < 5; i++) {
      view.trigger(CONFIG);
    }
    assert.equal(timers.count, 1);
    assert.deepEqual(server.asked, []);
    timers.elapse();
    assert.deepEqual(server.asked, [CONFIG]);
  });

  test('an answer to a request sent before the last trigger is never shown', async () => {
    const { timers, server, shown, view } = setUp();
    view.trigger(CONFIG);
    timers.elapse(); // request 0: before linking
    view.trigger(CONFIG); // the links changed while it was on its way
    timers.elapse(); // request 1
    await server.answer(1, ['vpn-0a1b2c3d4e5f67890.txt']);
    await server.answer(0, []); // the slow, stale answer
    assert.deepEqual(shown, [['vpn-0a1b2c3d4e5f67890.txt']]);
  });

  test('a failed request keeps what is shown for the same config', async () => {
    const { timers, server, shown, view } = setUp();
    view.trigger(CONFIG);
    timers.elapse();
    await server.answer(0, ['vpn-0a1b2c3d4e5f67890.txt']);
    view.trigger(CONFIG);
    timers.elapse();
    await server.fail(1);
    assert.deepEqual(shown, [['vpn-0a1b2c3d4e5f67890.txt']]);
  });

  test('another config clears the answer at once; no config asks nothing', async () => {
    const { timers, server, shown, view } = setUp();
    view.trigger(CONFIG);
    timers.elapse();
    await server.answer(0, ['vpn-0a1b2c3d4e5f67890.txt']);
    view.trigger(OTHER);
    assert.deepEqual(shown.at(-1), undefined, 'the first config\'s sample must not stand for the second');
    view.trigger(undefined);
    timers.elapse();
    assert.deepEqual(server.asked, [CONFIG]);
  });

  test('nothing is asked or shown after dispose', async () => {
    const { timers, server, shown, view } = setUp();
    view.trigger(CONFIG);
    timers.elapse();
    view.dispose();
    await server.answer(0, ['vpn-0a1b2c3d4e5f67890.txt']);
    view.trigger(CONFIG);
    assert.equal(timers.count, 0);
    assert.deepEqual(shown, []);
  });
});
