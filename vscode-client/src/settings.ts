// The `ixls` settings as the extension reads them, and what the server receives of them.
// Pure: the extension hands in a getter over `vscode.workspace.getConfiguration('ixls')`.

import { createHash } from 'node:crypto';

export type RuleSeverity = 'off' | 'hint' | 'info' | 'warning' | 'error';
export type ServerLocale = 'en' | 'ja';

const RULE_SEVERITIES: readonly string[] = ['off', 'hint', 'info', 'warning', 'error'];
const RULE_CODE = /^IX\d{3}$/;

/** The `initializationOptions` of the server contract. */
export interface InitializationOptions {
  readonly locale: ServerLocale;
  readonly diagnostics: { readonly delayMs: number };
  readonly rules: Readonly<Record<string, RuleSeverity>>;
  readonly awsSamples: readonly string[];
}

/** Settings whose change needs a new server process (they shape how it is started). */
export const RESTART_SETTINGS: readonly string[] = ['ixls.java.home', 'ixls.server.vmargs', 'ixls.locale'];

export const DEFAULT_DELAY_MS = 200;

/** Reads one key below `ixls.` (e.g. `diagnostics.delayMs`); undefined when unset or unreadable. */
export type SettingsReader = (key: string) => unknown;

/** `auto` follows the editor's display language (`vscode.env.language`, e.g. `ja`, `en-us`). */
export function resolveLocale(setting: unknown, editorLanguage: string): ServerLocale {
  if (setting === 'en' || setting === 'ja') {
    return setting;
  }
  return editorLanguage.toLowerCase().split(/[-_]/)[0] === 'ja' ? 'ja' : 'en';
}

function readDelay(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : DEFAULT_DELAY_MS;
}

/** Keeps well-formed entries only; the settings schema warns the user about the others. */
export function readRules(value: unknown): Record<string, RuleSeverity> {
  const rules: Record<string, RuleSeverity> = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return rules;
  }
  for (const [code, severity] of Object.entries(value as Record<string, unknown>)) {
    if (RULE_CODE.test(code) && typeof severity === 'string' && RULE_SEVERITIES.includes(severity)) {
      rules[code] = severity as RuleSeverity;
    }
  }
  return rules;
}

export function readStringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [];
}

export function initializationOptions(read: SettingsReader, editorLanguage: string): InitializationOptions {
  return {
    locale: resolveLocale(read('locale'), editorLanguage),
    diagnostics: { delayMs: readDelay(read('diagnostics.delayMs')) },
    rules: readRules(read('rules')),
    awsSamples: readStringArray(read('awsSamples')),
  };
}

/**
 * The server's JVM options: a heap sized to the work, the serial collector (the smallest footprint
 * for a small heap) and an exit on running out of memory (the client restarts a server; a half-dead
 * one helps no one). The same in ./ixls and the Eclipse plugin; docs/fuzzing.md has the measurements.
 */
export const DEFAULT_VM_ARGS: readonly string[] = ['-Xms32m', '-Xmx384m', '-XX:+UseSerialGC', '-XX:+ExitOnOutOfMemoryError'];

/**
 * Class-data sharing when the JVM can use the archive (it runs without it when it cannot), and
 * JVM warnings on stderr (the server's log), never on stdout, which carries the LSP stream: a stale
 * or foreign archive must not corrupt it. The same in ./ixls and the Eclipse plugin.
 */
export const CDS_VM_ARGS: readonly string[] = ['-Xshare:auto', '-Xlog:disable', '-Xlog:all=warning:stderr'];

/** The server's class-data archive: where it is (or is to be made) and whether it exists now. */
export interface ClassDataArchive {
  readonly path: string;
  readonly exists: boolean;
}

/**
 * The archive's name for one jar and one Java runtime (an archive only serves the JVM and jar it
 * was made with): `ixls-KEY.jsa`, KEY from the jar's size and time and the runtime's launcher and
 * version. Another jar or Java gets another name, so no start meets a stale archive of its own.
 */
export function archiveFileName(
  jar: { readonly size: number; readonly mtimeMs: number },
  java: { readonly executable: string; readonly version: string },
): string {
  const key = createHash('sha256')
    .update(`${jar.size}|${Math.trunc(jar.mtimeMs)}|${java.executable}|${java.version}`)
    .digest('hex')
    .slice(0, 16);
  return `ixls-${key}.jsa`;
}

/**
 * The JVM arguments (ours, the archive's, then the user's, which override them: `-Xshare:off` turns
 * the archive off), then the jar and the server's subcommand. The server makes a missing archive
 * itself once it is idle (`-Dixls.cds.archive`), for the next start.
 */
export function serverArguments(read: SettingsReader, jarPath: string, archive?: ClassDataArchive): string[] {
  const cds = archive
    ? [...CDS_VM_ARGS, ...(archive.exists ? [`-XX:SharedArchiveFile=${archive.path}`] : []), `-Dixls.cds.archive=${archive.path}`]
    : [...CDS_VM_ARGS];
  return [...DEFAULT_VM_ARGS, ...cds, ...readStringArray(read('server.vmargs')), '-jar', jarPath, 'lsp', '--stdio'];
}

export function javaHomeSetting(read: SettingsReader): string | undefined {
  const value = read('java.home');
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function needsRestart(affects: (section: string) => boolean): boolean {
  return RESTART_SETTINGS.some((section) => affects(section));
}
