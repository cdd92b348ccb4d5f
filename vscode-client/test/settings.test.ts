import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  initializationOptions,
  javaHomeSetting,
  needsRestart,
  readRules,
  resolveLocale,
  serverArguments,
  archiveFileName,
  CDS_VM_ARGS,
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
      ...CDS_VM_ARGS,
      '-Xmx1g',
      '-jar',
      '/ext/server/ixls.jar',
      'lsp',
      '--stdio',
    ]);
    assert.deepEqual(serverArguments(reader({}), 'ixls.jar'), [
      ...DEFAULT_VM_ARGS,
      ...CDS_VM_ARGS,
      '-jar',
      'ixls.jar',
      'lsp',
      '--stdio',
    ]);
    assert.ok(DEFAULT_VM_ARGS.includes('-Xmx384m'));
  });

  test('class-data archive: used when it exists, named for the server to make when it does not, the user can turn it off', () => {
    const archive = '/storage/cds/ixls-0123456789abcdef.jsa';
    const made = serverArguments(reader({ 'server.vmargs': ['-Xshare:off'] }), 'ixls.jar', { path: archive, exists: true });
    assert.deepEqual(made, [
      ...DEFAULT_VM_ARGS,
      ...CDS_VM_ARGS,
      `-XX:SharedArchiveFile=${archive}`,
      `-Dixls.cds.archive=${archive}`,
      '-Xshare:off',
      '-jar',
      'ixls.jar',
      'lsp',
      '--stdio',
    ]);
    // The user's -Xshare:off comes after ours: the JVM takes the last.
    assert.ok(made.indexOf('-Xshare:off') > made.indexOf('-Xshare:auto'));
    const missing = serverArguments(reader({}), 'ixls.jar', { path: archive, exists: false });
    assert.ok(!missing.some((a) => a.startsWith('-XX:SharedArchiveFile')), missing.join(' '));
    assert.ok(missing.includes(`-Dixls.cds.archive=${archive}`));
  });

  test('class-data archive: JVM output never goes to stdout, which carries the LSP stream', () => {
    const args = serverArguments(reader({}), 'ixls.jar', { path: '/a.jsa', exists: true });
    assert.ok(args.includes('-Xshare:auto'), 'a stale or foreign archive is skipped, not fatal');
    const logs = args.filter((a) => a.startsWith('-Xlog'));
    // The default configuration writes warnings to stdout: it is disabled first, then warnings go to stderr.
    assert.deepEqual(logs[0], '-Xlog:disable');
    for (const option of logs.slice(1)) {
      assert.match(option, /:stderr$/, `${option} must write to stderr`);
    }
    assert.ok(args.indexOf('-Xlog:disable') < args.indexOf('-XX:SharedArchiveFile=/a.jsa'));
  });

  test('class-data archive: one name per jar and Java runtime', () => {
    const jar = { size: 2_861_323, mtimeMs: 1_733_550_000_123.4 };
    const java = { executable: '/usr/lib/jvm/java-17/bin/java', version: '17.0.15' };
    const name = archiveFileName(jar, java);
    assert.match(name, /^ixls-[0-9a-f]{16}\.jsa$/);
    assert.equal(archiveFileName({ ...jar }, { ...java }), name);
    assert.notEqual(archiveFileName({ ...jar, mtimeMs: jar.mtimeMs + 1000 }, java), name);
    assert.notEqual(archiveFileName({ ...jar, size: jar.size + 1 }, java), name);
    assert.notEqual(archiveFileName(jar, { ...java, version: '17.0.16' }), name);
    assert.notEqual(archiveFileName(jar, { ...java, executable: '/opt/jdk-21/bin/java' }), name);
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
