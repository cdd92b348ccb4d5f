// The output channel "NEC IX Language Server" as the language client writes to it. The server logs
// each line of its own twice, by design: on standard error (Eclipse keeps that as its log file) and
// as window/logMessage. The language client writes both into this one channel, so every line showed
// twice. Here the standard error copy of the server's own log lines is dropped (the logMessage copy
// stays, with the client's timestamp and level); everything else on standard error (LSP4J's
// warnings, a JVM error, the stack trace of a crash) is kept, a whole line at a time.

import type * as vscode from 'vscode';

/** A line of the server's log (dev.ixls.lsp.ServerLog), e.g. `[ixls 05:03:59.716 info] ...`. */
const SERVER_LOG_LINE = /^\[ixls \d{2}:\d{2}:\d{2}\.\d{3} (?:info|warning|error)\] /;

/** Splits standard error into lines and keeps those that reach the channel by no other way. */
export class ServerErrorLines {
  private partial = '';

  /** Takes a chunk as it came from the process; returns the whole lines to show. */
  take(chunk: string): string[] {
    const lines = (this.partial + chunk).split(/\r?\n/);
    this.partial = lines.pop() ?? '';
    return lines.filter(keep);
  }

  /** The unfinished last line, if any (the process ended in the middle of it). */
  flush(): string[] {
    const rest = this.partial;
    this.partial = '';
    return rest !== '' && keep(rest) ? [rest] : [];
  }
}

function keep(line: string): boolean {
  return !SERVER_LOG_LINE.test(line);
}

/**
 * The channel handed to the language client: `append` is how the client passes the process's
 * standard error (and standard output, unused with stdio); its own messages come by `appendLine`.
 */
export class ServerOutputChannel implements vscode.OutputChannel {
  private readonly errorLines = new ServerErrorLines();

  constructor(private readonly channel: vscode.OutputChannel) {}

  get name(): string {
    return this.channel.name;
  }

  append(value: string): void {
    for (const line of this.errorLines.take(value)) {
      this.channel.appendLine(line);
    }
  }

  appendLine(value: string): void {
    this.channel.appendLine(value);
  }

  /** Writes out what is left of an unfinished line; called when the process is gone. */
  flush(): void {
    for (const line of this.errorLines.flush()) {
      this.channel.appendLine(line);
    }
  }

  replace(value: string): void {
    this.channel.replace(value);
  }

  clear(): void {
    this.channel.clear();
  }

  show(preserveFocus?: boolean): void;
  show(column?: vscode.ViewColumn, preserveFocus?: boolean): void;
  show(first?: boolean | vscode.ViewColumn, preserveFocus?: boolean): void {
    if (typeof first === 'boolean' || first === undefined) {
      this.channel.show(first);
    } else {
      this.channel.show(first, preserveFocus);
    }
  }

  hide(): void {
    this.channel.hide();
  }

  dispose(): void {
    // The channel belongs to the extension, which disposes it.
  }
}
