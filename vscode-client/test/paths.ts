import { join } from 'node:path';

/** vscode-client/ (tests run from out/test/). */
export const CLIENT_ROOT = join(__dirname, '..', '..');
export const REPO_ROOT = join(CLIENT_ROOT, '..');
export const GRAMMARS_DIR = join(REPO_ROOT, 'grammars', 'textmate');
