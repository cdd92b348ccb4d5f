// The real file system and process runner behind Java discovery (see java.ts).

import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import type { JavaDiscoveryHost, ProcessResult } from './java';

/** `java -version` answers in well under a second; a JVM that hangs must not hold up the editor. */
export const JAVA_VERSION_TIMEOUT_MS = 15_000;

export function nodeJavaHost(env: NodeJS.ProcessEnv = process.env): JavaDiscoveryHost {
  return {
    platform: process.platform,
    env,
    homeDir: os.homedir(),
    async isFile(file: string): Promise<boolean> {
      try {
        return (await fs.stat(file)).isFile();
      } catch {
        return false;
      }
    },
    run(executable: string, args: readonly string[]): Promise<ProcessResult> {
      return new Promise((resolve, reject) => {
        execFile(
          executable,
          [...args],
          { timeout: JAVA_VERSION_TIMEOUT_MS, windowsHide: true, env, encoding: 'utf8' },
          (error, stdout, stderr) => {
            if (error && (typeof error.code === 'string' || error.killed)) {
              // Not started (ENOENT, EACCES) or killed by the timeout.
              reject(error);
              return;
            }
            const exitCode = error ? (typeof error.code === 'number' ? error.code : null) : 0;
            resolve({ exitCode, stdout, stderr });
          },
        );
      });
    },
  };
}
