import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatEnglish } from '../src/l10n';
import { OPEN_JAVA_SETTING, statusPresentation } from '../src/statusPresentation';

describe('status bar presentation', () => {
  test('running with a config open shows its linked sample and opens the tunnel status', () => {
    const shown = statusPresentation({ kind: 'running' }, ['vpn-0e88bfbe4ce7ff72a.txt'], formatEnglish);
    assert.equal(shown.text, '$(check) NEC IX $(link) vpn-0e88bfbe4ce7ff72a.txt');
    assert.equal(shown.command.id, 'ixls.showTunnelStatus');
    assert.match(shown.tooltip, /vpn-0e88bfbe4ce7ff72a\.txt/);
    assert.equal(shown.alarm, 'none');
  });

  test('several samples are counted, none are said', () => {
    assert.equal(statusPresentation({ kind: 'running' }, ['a.txt', 'b.txt', 'c.txt'], formatEnglish).text, '$(check) NEC IX $(link) a.txt +2');
    assert.equal(statusPresentation({ kind: 'running' }, [], formatEnglish).text, '$(check) NEC IX $(link) no AWS sample');
  });

  test('running without a config shows the state alone', () => {
    const shown = statusPresentation({ kind: 'running' }, undefined, formatEnglish);
    assert.equal(shown.text, '$(check) NEC IX');
    assert.equal(shown.command.id, 'ixls.showOutput');
  });

  test('a failed server is an error that restarts on click; missing Java opens the setting', () => {
    const failed = statusPresentation({ kind: 'failed', detail: 'the server process ended' }, ['x.txt'], formatEnglish);
    assert.equal(failed.alarm, 'error');
    assert.equal(failed.command.id, 'ixls.restartServer');
    assert.match(failed.tooltip, /the server process ended/);
    const noJava = statusPresentation({ kind: 'noJava', detail: 'Install a JDK 17+' }, undefined, formatEnglish);
    assert.equal(noJava.alarm, 'warning');
    assert.deepEqual(noJava.command, OPEN_JAVA_SETTING);
    assert.equal(noJava.tooltip, 'Install a JDK 17+');
  });

  test('starting spins', () => {
    assert.equal(statusPresentation({ kind: 'starting' }, undefined, formatEnglish).text, '$(sync~spin) NEC IX');
  });
});
