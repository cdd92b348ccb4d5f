// Builds the extension: copies the TextMate grammars from ../grammars/textmate into syntaxes/
// (they are kept in one place, never edited here) and bundles src/extension.ts with esbuild.
//   node scripts/build.mjs               development build (source map)
//   node scripts/build.mjs --production  minified, as packaged
//   node scripts/build.mjs --tests       transpiles src/ and test/ to out/ for `node --test`
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const client = join(dirname(fileURLToPath(import.meta.url)), '..');
const grammarSource = join(client, '..', 'grammars', 'textmate');
const syntaxes = join(client, 'syntaxes');
const args = new Set(process.argv.slice(2));

export function copyGrammars() {
  rmSync(syntaxes, { recursive: true, force: true });
  mkdirSync(syntaxes, { recursive: true });
  const files = readdirSync(grammarSource).filter((name) => name.endsWith('.json'));
  if (files.length === 0) {
    throw new Error(`no grammar files in ${grammarSource}`);
  }
  for (const name of files) {
    copyFileSync(join(grammarSource, name), join(syntaxes, name));
  }
  return files;
}

function tsFiles(dir) {
  return readdirSync(join(client, dir), { recursive: true })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(client, dir, name));
}

if (args.has('--tests')) {
  rmSync(join(client, 'out'), { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [...tsFiles('src'), ...tsFiles('test')],
    outdir: join(client, 'out'),
    outbase: client,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
} else {
  copyGrammars();
  const production = args.has('--production');
  await esbuild.build({
    entryPoints: [join(client, 'src', 'extension.ts')],
    outfile: join(client, 'dist', 'extension.js'),
    bundle: true,
    external: ['vscode'],
    platform: 'node',
    format: 'cjs',
    // VS Code 1.82's extension host runs Node.js 18.
    target: 'node18',
    minify: production,
    sourcemap: production ? false : 'linked',
    logLevel: 'warning',
  });
}
