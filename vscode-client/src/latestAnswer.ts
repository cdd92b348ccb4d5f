// A view's question to the server, asked again whenever what it shows may have changed: after a
// burst of triggers settles (one request per burst), showing only the answer to the latest request.
// The status bar and the tunnel status view use it to follow sample linking. Pure (timers are
// handed in) so that the policy is tested without VS Code and without waiting.

import { sameDocumentUri } from './contract';

export interface Timers {
  set(run: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

export const NODE_TIMERS: Timers = {
  set: (run, delayMs) => setTimeout(run, delayMs),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Asks `fetch(uri)` for the document the view is about and hands the answer to `show`.
 * - {@link trigger} with the view's document after anything that may change the answer (the
 *   server's state, `ixls/linksChanged`, new diagnostics, a save, another editor);
 * - an answer is shown only when no trigger came after its request was sent, so a slow answer
 *   from before a link change never overwrites a newer one;
 * - a request that fails (the server is busy or restarting) leaves the last answer for the same
 *   document in place; a trigger for another document clears it at once (`show(undefined)`).
 */
export class LatestAnswer<V> {
  private timer: unknown;
  private generation = 0;
  /** The document whose answer is shown, if any. */
  private shownFor: string | undefined;
  private disposed = false;

  constructor(
    private readonly timers: Timers,
    private readonly delayMs: number,
    private readonly fetch: (uri: string) => Promise<V>,
    private readonly show: (value: V | undefined) => void,
  ) {}

  /** Ask again about `uri` once triggers settle; undefined: there is nothing to ask about. */
  trigger(uri: string | undefined): void {
    if (this.disposed) {
      return;
    }
    if (this.shownFor !== undefined && (uri === undefined || !sameDocumentUri(this.shownFor, uri))) {
      this.shownFor = undefined;
      this.show(undefined);
    }
    if (this.timer !== undefined) {
      this.timers.clear(this.timer);
      this.timer = undefined;
    }
    const generation = ++this.generation;
    if (uri !== undefined) {
      this.timer = this.timers.set(() => {
        this.timer = undefined;
        void this.ask(uri, generation);
      }, this.delayMs);
    }
  }

  private async ask(uri: string, generation: number): Promise<void> {
    let value: V;
    try {
      value = await this.fetch(uri);
    } catch {
      return;
    }
    if (generation === this.generation && !this.disposed) {
      this.shownFor = uri;
      this.show(value);
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) {
      this.timers.clear(this.timer);
    }
  }
}
