import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  discoverJava,
  environmentCandidates,
  javaExecutableInHome,
  javaProblemMessage,
  parseJavaVersion,
  type JavaDiscoveryHost,
  type ProcessResult,
} from '../src/java';
import { nodeJavaHost } from '../src/javaHost';
import { formatEnglish } from '../src/l10n';

/** A machine with the given executables; each answers `-version` with its ProcessResult, or throws. */
function fakeHost(
  executables: Record<string, ProcessResult | 'cannot start'>,
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = 'linux',
): JavaDiscoveryHost & { runs: string[] } {
  const runs: string[] = [];
  return {
    platform,
    env,
    homeDir: platform === 'win32' ? 'C:\\Users\\me' : '/home/me',
    runs,
    isFile: async (file) => file in executables,
    run: async (file, args) => {
      assert.deepEqual(args, ['-version']);
      runs.push(file);
      const answer = executables[file];
      if (answer === undefined || answer === 'cannot start') {
        throw new Error(`spawn ${file} EACCES`);
      }
      return answer;
    },
  };
}

const java = (version: string): ProcessResult => ({
  exitCode: 0,
  stdout: '',
  stderr: `openjdk version "${version}" 2025-04-15\nOpenJDK Runtime Environment (build ${version}+6)\n`,
});

describe('parseJavaVersion', () => {
  test('reads modern, legacy and bare version strings', () => {
    assert.deepEqual(parseJavaVersion('openjdk version "17.0.15" 2025-04-15'), { major: 17, version: '17.0.15' });
    assert.deepEqual(parseJavaVersion('java version "1.8.0_381"\nJava(TM) SE Runtime'), { major: 8, version: '1.8.0_381' });
    assert.deepEqual(parseJavaVersion('openjdk version "21" 2023-09-19'), { major: 21, version: '21' });
    assert.deepEqual(parseJavaVersion('openjdk version "22-ea" 2024-03-19'), { major: 22, version: '22-ea' });
    assert.deepEqual(
      parseJavaVersion('Picked up JAVA_TOOL_OPTIONS: -Dfoo=1\nopenjdk version "17.0.2" 2022-01-18'),
      { major: 17, version: '17.0.2' },
    );
  });

  test('gives up on output without a version', () => {
    assert.equal(parseJavaVersion('Unable to locate a Java Runtime.'), undefined);
    assert.equal(parseJavaVersion('openjdk version "x.y"'), undefined);
  });
});

describe('candidates', () => {
  test('JAVA_HOME first, then each PATH entry once', () => {
    const host = fakeHost({}, { JAVA_HOME: '/opt/jdk', PATH: '/usr/local/bin::/usr/bin:/usr/local/bin' });
    assert.deepEqual(environmentCandidates(host), [
      { source: 'JAVA_HOME', executable: '/opt/jdk/bin/java' },
      { source: 'PATH', executable: '/usr/local/bin/java' },
      { source: 'PATH', executable: '/usr/bin/java' },
    ]);
  });

  test('Windows: java.exe, ; separators, quoted entries, case-insensitive variable names', () => {
    const host = fakeHost({}, { Path: 'C:\\Windows;"C:\\Program Files\\Java\\bin"', java_home: 'C:\\jdk17' }, 'win32');
    assert.deepEqual(environmentCandidates(host), [
      { source: 'JAVA_HOME', executable: 'C:\\jdk17\\bin\\java.exe' },
      { source: 'PATH', executable: 'C:\\Windows\\java.exe' },
      { source: 'PATH', executable: 'C:\\Program Files\\Java\\bin\\java.exe' },
    ]);
  });

  test('a setting written with ~ is expanded', () => {
    assert.equal(javaExecutableInHome('~/jdks/17', { platform: 'linux', homeDir: '/home/me' }), '/home/me/jdks/17/bin/java');
  });
});

describe('discoverJava', () => {
  test('the setting wins over JAVA_HOME and PATH', async () => {
    const host = fakeHost(
      { '/custom/jdk/bin/java': java('21.0.1'), '/opt/jdk/bin/java': java('17.0.15') },
      { JAVA_HOME: '/opt/jdk', PATH: '/usr/bin' },
    );
    const found = await discoverJava('/custom/jdk', host);
    assert.equal(found.kind, 'found');
    assert.deepEqual(found.kind === 'found' && found.runtime, {
      source: 'setting',
      executable: '/custom/jdk/bin/java',
      majorVersion: 21,
      version: '21.0.1',
    });
    assert.deepEqual(host.runs, ['/custom/jdk/bin/java']);
  });

  test('a bad setting is reported, not silently replaced by another Java', async () => {
    const host = fakeHost({ '/opt/jdk/bin/java': java('17.0.15') }, { JAVA_HOME: '/opt/jdk' });
    const result = await discoverJava('/nowhere', host);
    assert.deepEqual(result, {
      kind: 'settingInvalid',
      rejected: { source: 'setting', executable: '/nowhere/bin/java', reason: 'missing' },
    });
    const message = javaProblemMessage(result, formatEnglish) ?? '';
    assert.match(message, /ixls\.java\.home/);
    assert.match(message, /\/nowhere\/bin\/java does not exist/);
  });

  test('an old JAVA_HOME is skipped for a Java 17 on the PATH', async () => {
    const host = fakeHost(
      { '/opt/jdk8/bin/java': java('1.8.0_381'), '/usr/bin/java': java('17.0.15') },
      { JAVA_HOME: '/opt/jdk8', PATH: '/usr/local/bin:/usr/bin' },
    );
    const result = await discoverJava(undefined, host);
    assert.equal(result.kind, 'found');
    if (result.kind === 'found') {
      assert.equal(result.runtime.executable, '/usr/bin/java');
      assert.equal(result.runtime.source, 'PATH');
      assert.deepEqual(
        result.rejected.map((r) => [r.executable, r.reason]),
        [
          ['/opt/jdk8/bin/java', 'tooOld'],
          ['/usr/local/bin/java', 'missing'],
        ],
      );
    }
  });

  test('a stub that fails, one that cannot start and one without a version are all skipped', async () => {
    const host = fakeHost(
      {
        '/a/java': { exitCode: 1, stdout: '', stderr: 'Unable to locate a Java Runtime.' },
        '/b/java': 'cannot start',
        '/c/java': { exitCode: 0, stdout: 'hello', stderr: '' },
      },
      { PATH: '/a:/b:/c' },
    );
    const result = await discoverJava('  ', host);
    assert.deepEqual(result, {
      kind: 'notFound',
      rejected: [
        { source: 'PATH', executable: '/a/java', reason: 'notRunnable' },
        { source: 'PATH', executable: '/b/java', reason: 'notRunnable' },
        { source: 'PATH', executable: '/c/java', reason: 'unknownVersion' },
      ],
    });
  });

  test('when nothing fits, the message says what to install and what was too old', async () => {
    const host = fakeHost({ '/usr/bin/java': java('11.0.22') }, { PATH: '/usr/bin' });
    const result = await discoverJava(undefined, host);
    assert.equal(result.kind, 'notFound');
    const message = javaProblemMessage(result, formatEnglish) ?? '';
    assert.match(message, /needs Java 17 or newer/);
    assert.match(message, /Install a JDK 17\+/);
    assert.match(message, /\/usr\/bin\/java is Java 11\.0\.22, older than 17/);
  });

  test('no message when Java was found', async () => {
    const host = fakeHost({ '/usr/bin/java': java('17.0.15') }, { PATH: '/usr/bin' });
    assert.equal(javaProblemMessage(await discoverJava(undefined, host), formatEnglish), undefined);
  });
});

describe('nodeJavaHost (this machine)', () => {
  test('finds the Java 17+ that the build machine has on its PATH', async () => {
    const result = await discoverJava(undefined, nodeJavaHost({ PATH: process.env.PATH }));
    assert.equal(result.kind, 'found', JSON.stringify(result));
    if (result.kind === 'found') {
      assert.ok(result.runtime.majorVersion >= 17);
    }
  });

  test('reports a program that is not Java as having no version', async () => {
    const host = nodeJavaHost({ PATH: process.env.PATH });
    const result = await discoverJava(undefined, { ...host, env: { PATH: '' } });
    assert.deepEqual(result, { kind: 'notFound', rejected: [] });
    const run = await host.run(process.execPath, ['-version']).catch((e: Error) => e);
    // node rejects the unknown option with exit code 9: a run that failed, not a start that failed.
    assert.ok(!(run instanceof Error) && run.exitCode !== 0, JSON.stringify(run));
    await assert.rejects(host.run('/nonexistent/java', ['-version']));
  });
});
