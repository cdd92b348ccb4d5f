// The output channel shows each line of the server's log once.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type * as vscode from 'vscode';
import { ServerErrorLines, ServerOutputChannel } from '../src/serverOutput';

describe('server output', () => {
  test('the standard error copy of the server\'s own log lines is dropped; other lines are kept', () => {
    const lines = new ServerErrorLines();
    assert.deepEqual(
      lines.take(
        '[ixls 05:03:59.716 info] ixls 0.1.0 initialized: 1 workspace folder(s), messages in en\n' +
          '[ixls warning] RemoteEndpoint: Notification threw an exception (IllegalStateException)\n' +
          'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space\n',
      ),
      [
        '[ixls warning] RemoteEndpoint: Notification threw an exception (IllegalStateException)',
        'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space',
      ],
    );
  });

  test('lines split across chunks are judged whole; an unfinished last line is written when the process ends', () => {
    const lines = new ServerErrorLines();
    assert.deepEqual(lines.take('[ixls 05:04:00.207 in'), []);
    assert.deepEqual(lines.take('fo] workspace scan: 1 AWS sample file(s)\r\nError: Could not find or load'), []);
    assert.deepEqual(lines.take(' main class\n'), ['Error: Could not find or load main class']);
    assert.deepEqual(lines.take('killed mid-li'), []);
    assert.deepEqual(lines.flush(), ['killed mid-li']);
    assert.deepEqual(lines.flush(), []);
  });

  test('what the language client writes reaches the channel once per line', () => {
    const written: string[] = [];
    const channel = { name: 'NEC IX Language Server', appendLine: (line: string) => written.push(line) } as unknown as vscode.OutputChannel;
    const output = new ServerOutputChannel(channel);
    // The same log line, as standard error and as window/logMessage (which the client formats).
    output.append('[ixls 05:03:59.716 info] workspace scan: 1 AWS sample file(s) in 1 folder(s), 128 ms\n');
    output.appendLine('[Info  - 5:03:59 AM] workspace scan: 1 AWS sample file(s) in 1 folder(s), 128 ms');
    assert.deepEqual(written, ['[Info  - 5:03:59 AM] workspace scan: 1 AWS sample file(s) in 1 folder(s), 128 ms']);
    assert.equal(output.name, 'NEC IX Language Server');
  });
});
