// Finding a Java runtime for the language server, the way the well-liked Java extensions do it:
// the `ixls.java.home` setting first, then JAVA_HOME, then the PATH. A candidate counts only if
// `java -version` runs and reports at least MIN_JAVA_VERSION.
//
// This module does no I/O of its own: the host (file checks, process runs, environment) is
// passed in, so the rules can be tested without a JDK.

import * as path from 'node:path';
import type { Translate } from './l10n';

export const MIN_JAVA_VERSION = 17;

export type JavaSource = 'setting' | 'JAVA_HOME' | 'PATH';

export interface ProcessResult {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface JavaDiscoveryHost {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The user's home directory, for a setting written as `~/...`. */
  readonly homeDir: string;
  /** True when the path names an existing file (following symlinks). */
  isFile(file: string): Promise<boolean>;
  /** Runs a program to completion; rejects when it cannot be started or takes too long. */
  run(executable: string, args: readonly string[]): Promise<ProcessResult>;
}

export interface JavaCandidate {
  readonly source: JavaSource;
  readonly executable: string;
}

export interface JavaRuntime extends JavaCandidate {
  readonly majorVersion: number;
  /** The version string as `java -version` printed it, e.g. `17.0.15`. */
  readonly version: string;
}

export type RejectionReason = 'missing' | 'notRunnable' | 'unknownVersion' | 'tooOld';

export interface RejectedCandidate extends JavaCandidate {
  readonly reason: RejectionReason;
  /** The version it reported, for `tooOld`. */
  readonly version?: string;
}

export type JavaDiscovery =
  | { readonly kind: 'found'; readonly runtime: JavaRuntime; readonly rejected: readonly RejectedCandidate[] }
  /** `ixls.java.home` is set but unusable: the user asked for it, so there is no fallback. */
  | { readonly kind: 'settingInvalid'; readonly rejected: RejectedCandidate }
  | { readonly kind: 'notFound'; readonly rejected: readonly RejectedCandidate[] };

/**
 * Reads the version from `java -version` output (which goes to stderr), e.g.
 * `openjdk version "17.0.15" 2025-04-15`, `java version "1.8.0_381"` or `openjdk version "21" ...`.
 * Lines before it (such as `Picked up JAVA_TOOL_OPTIONS: ...`) are skipped.
 */
export function parseJavaVersion(output: string): { major: number; version: string } | undefined {
  const match = /\bversion "([^"]+)"/.exec(output);
  if (!match) {
    return undefined;
  }
  const version = match[1];
  const parts = version.split(/[.+_-]/);
  const first = Number.parseInt(parts[0], 10);
  if (Number.isNaN(first)) {
    return undefined;
  }
  if (first === 1 && parts.length > 1) {
    // Java 8 and older: 1.8.0_381 means 8.
    const second = Number.parseInt(parts[1], 10);
    return Number.isNaN(second) ? undefined : { major: second, version };
  }
  return { major: first, version };
}

function pathModule(platform: NodeJS.Platform): typeof path.posix {
  return platform === 'win32' ? path.win32 : path.posix;
}

function javaExecutableName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

/** `<home>/bin/java`, with `~` expanded. */
export function javaExecutableInHome(home: string, host: Pick<JavaDiscoveryHost, 'platform' | 'homeDir'>): string {
  const p = pathModule(host.platform);
  let expanded = home.trim();
  if (expanded === '~' || expanded.startsWith('~/') || expanded.startsWith('~\\')) {
    expanded = p.join(host.homeDir, expanded.slice(1));
  }
  return p.join(expanded, 'bin', javaExecutableName(host.platform));
}

/** Environment lookup that is case-insensitive on Windows (`Path`, `PATH`). */
function envValue(host: Pick<JavaDiscoveryHost, 'platform' | 'env'>, name: string): string | undefined {
  if (host.platform !== 'win32') {
    return host.env[name];
  }
  const key = Object.keys(host.env).find((k) => k.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : host.env[key];
}

/** The candidates in the order they are tried, without the setting. */
export function environmentCandidates(host: Pick<JavaDiscoveryHost, 'platform' | 'env' | 'homeDir'>): JavaCandidate[] {
  const candidates: JavaCandidate[] = [];
  const javaHome = envValue(host, 'JAVA_HOME')?.trim();
  if (javaHome) {
    candidates.push({ source: 'JAVA_HOME', executable: javaExecutableInHome(javaHome, host) });
  }
  const searchPath = envValue(host, 'PATH') ?? '';
  const p = pathModule(host.platform);
  const seen = new Set<string>();
  for (const dir of searchPath.split(host.platform === 'win32' ? ';' : ':')) {
    if (dir.trim() === '') {
      continue;
    }
    const executable = p.join(dir.trim().replace(/^"(.*)"$/, '$1'), javaExecutableName(host.platform));
    if (!seen.has(executable)) {
      seen.add(executable);
      candidates.push({ source: 'PATH', executable });
    }
  }
  return candidates;
}

async function check(candidate: JavaCandidate, host: JavaDiscoveryHost): Promise<JavaRuntime | RejectedCandidate> {
  if (!(await host.isFile(candidate.executable))) {
    return { ...candidate, reason: 'missing' };
  }
  let result: ProcessResult;
  try {
    result = await host.run(candidate.executable, ['-version']);
  } catch {
    return { ...candidate, reason: 'notRunnable' };
  }
  if (result.exitCode !== 0) {
    // e.g. macOS's /usr/bin/java stub when no JDK is installed.
    return { ...candidate, reason: 'notRunnable' };
  }
  const parsed = parseJavaVersion(`${result.stderr}\n${result.stdout}`);
  if (!parsed) {
    return { ...candidate, reason: 'unknownVersion' };
  }
  if (parsed.major < MIN_JAVA_VERSION) {
    return { ...candidate, reason: 'tooOld', version: parsed.version };
  }
  return { ...candidate, majorVersion: parsed.major, version: parsed.version };
}

function isRuntime(value: JavaRuntime | RejectedCandidate): value is JavaRuntime {
  return 'majorVersion' in value;
}

/** Finds the Java to run the server with. Tries candidates one after another and stops at the first good one. */
export async function discoverJava(javaHomeSetting: string | null | undefined, host: JavaDiscoveryHost): Promise<JavaDiscovery> {
  if (javaHomeSetting && javaHomeSetting.trim() !== '') {
    const checked = await check({ source: 'setting', executable: javaExecutableInHome(javaHomeSetting, host) }, host);
    return isRuntime(checked) ? { kind: 'found', runtime: checked, rejected: [] } : { kind: 'settingInvalid', rejected: checked };
  }
  const rejected: RejectedCandidate[] = [];
  for (const candidate of environmentCandidates(host)) {
    const checked = await check(candidate, host);
    if (isRuntime(checked)) {
      return { kind: 'found', runtime: checked, rejected };
    }
    rejected.push(checked);
  }
  return { kind: 'notFound', rejected };
}

function describeRejection(rejected: RejectedCandidate, t: Translate): string {
  switch (rejected.reason) {
    case 'missing':
      return t('{0} does not exist.', rejected.executable);
    case 'notRunnable':
      return t('{0} could not be run.', rejected.executable);
    case 'unknownVersion':
      return t('{0} did not report a version.', rejected.executable);
    case 'tooOld':
      return t('{0} is Java {1}, older than {2}.', rejected.executable, rejected.version ?? '?', MIN_JAVA_VERSION);
  }
}

/**
 * The text of the notification shown when no usable Java was found, or undefined when one was.
 * It says what was wrong and what to install.
 */
export function javaProblemMessage(discovery: JavaDiscovery, t: Translate): string | undefined {
  switch (discovery.kind) {
    case 'found':
      return undefined;
    case 'settingInvalid':
      return t(
        'The NEC IX language server cannot use the Java set in ixls.java.home: {0} Point ixls.java.home at a JDK or JRE {1} or newer, or clear it to use JAVA_HOME or the PATH.',
        describeRejection(discovery.rejected, t),
        MIN_JAVA_VERSION,
      );
    case 'notFound': {
      const tooOld = discovery.rejected.filter((r) => r.reason === 'tooOld' || r.reason === 'notRunnable');
      const install = t(
        "The NEC IX language server needs Java {0} or newer, and none was found in ixls.java.home, JAVA_HOME or the PATH. Install a JDK {0}+ (for example Eclipse Temurin, or your system's OpenJDK package) and set ixls.java.home to it if it is not on the PATH.",
        MIN_JAVA_VERSION,
      );
      return tooOld.length === 0 ? install : `${install} ${tooOld.map((r) => describeRejection(r, t)).join(' ')}`;
    }
  }
}
