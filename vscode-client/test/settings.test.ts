import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  initializationOptions,
  javaHomeSetting,
  needsRestart,
  readRules,
  resolveLocale,
  serverArguments,
  DEFAULT_VM_ARGS,
  type SettingsReader,
} from '../src/settings';

const reader =
  (values: Record<string, unknown>): SettingsReader =>
  (key) =>
    values[key];

describe('settings', () => {
  test('locale: explicit values win, auto follows the editor language', () => {
    assert.equal(resolveLocale('en', 'ja'), 'en');
    assert.equal(resolveLocale('ja', 'en'), 'ja');
    assert.equal(resolveLocale('auto', 'ja'), 'ja');
    assert.equal(resolveLocale('auto', 'JA-jp'), 'ja');
    assert.equal(resolveLocale('auto', 'en-us'), 'en');
    assert.equal(resolveLocale(undefined, 'zh-cn'), 'en');
  });

  test('initialization options follow the server contract', () => {
    const options = initializationOptions(
      reader({
        locale: 'auto',
        'diagnostics.delayMs': 350,
        rules: { IX205: 'off', IX001: 'error' },
        awsSamples: ['aws/vpn-1.txt'],
      }),
      'ja',
    );
    assert.deepEqual(options, {
      locale: 'ja',
      diagnostics: { delayMs: 350 },
      rules: { IX205: 'off', IX001: 'error' },
      awsSamples: ['aws/vpn-1.txt'],
    });
  });

  test('unset or malformed values fall back to defaults', () => {
    assert.deepEqual(initializationOptions(reader({ 'diagnostics.delayMs': -5, rules: 'x', awsSamples: 'y' }), 'en'), {
      locale: 'en',
      diagnostics: { delayMs: 200 },
      rules: {},
      awsSamples: [],
    });
    assert.deepEqual(readRules({ IX205: 'off', IX1: 'off', IX300: 'loud', ix205: 'off', IX400: 'hint' }), {
      IX205: 'off',
      IX400: 'hint',
    });
  });

  test('server command line: our JVM options, the user vmargs (which override them), then the jar and the lsp subcommand', () => {
    assert.deepEqual(serverArguments(reader({ 'server.vmargs': ['-Xmx1g', 7, ''] }), '/ext/server/ixls.jar'), [
      ...DEFAULT_VM_ARGS,
      '-Xmx1g',
      '-jar',
      '/ext/server/ixls.jar',
      'lsp',
      '--stdio',
    ]);
    assert.deepEqual(serverArguments(reader({}), 'ixls.jar'), [...DEFAULT_VM_ARGS, '-jar', 'ixls.jar', 'lsp', '--stdio']);
    assert.ok(DEFAULT_VM_ARGS.includes('-Xmx384m'));
  });

  test('java.home: blank means unset', () => {
    assert.equal(javaHomeSetting(reader({ 'java.home': ' ' })), undefined);
    assert.equal(javaHomeSetting(reader({ 'java.home': null })), undefined);
    assert.equal(javaHomeSetting(reader({ 'java.home': '/opt/jdk' })), '/opt/jdk');
  });

  test('only java.home, vmargs and locale restart the server', () => {
    const changed = (...sections: string[]) => (s: string) => sections.includes(s);
    assert.equal(needsRestart(changed('ixls.java.home')), true);
    assert.equal(needsRestart(changed('ixls.server.vmargs')), true);
    assert.equal(needsRestart(changed('ixls.locale')), true);
    assert.equal(needsRestart(changed('ixls.rules', 'ixls.diagnostics.delayMs', 'ixls.awsSamples')), false);
  });
});
