// Builds the .vsix offline: puts the language server jar into server/ixls.jar, makes a
// production build, and runs vsce. Fails with a clear message when the jar has not been built.
//   npm run package
// The jar is taken from ../language-server/target/ixls.jar, or from $IXLS_SERVER_JAR.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const client = join(dirname(fileURLToPath(import.meta.url)), '..');
const jar = resolve(process.env.IXLS_SERVER_JAR || join(client, '..', 'language-server', 'target', 'ixls.jar'));

if (!existsSync(jar)) {
  console.error(`error: the language server jar is missing: ${jar}`);
  console.error('Build it first, from the repository root: mvn -q -DskipTests package');
  console.error('(or point IXLS_SERVER_JAR at a built ixls.jar)');
  process.exit(1);
}
mkdirSync(join(client, 'server'), { recursive: true });
copyFileSync(jar, join(client, 'server', 'ixls.jar'));

// The extension page is docs/vscode.md; vsce takes the readme from the extension folder only.
copyFileSync(join(client, '..', 'docs', 'vscode.md'), join(client, 'README.md'));

const run = (file, args) => {
  try {
    execFileSync(file, args, { cwd: client, stdio: 'inherit' });
  } catch (error) {
    console.error(`error: ${[file, ...args].join(' ')} failed`);
    process.exit(typeof error.status === 'number' && error.status !== 0 ? error.status : 1);
  }
};
run(process.execPath, [join(client, 'scripts', 'build.mjs'), '--production']);

const { name, version } = JSON.parse(readFileSync(join(client, 'package.json'), 'utf8'));
const vsix = `${name}-${version}.vsix`;
run(process.execPath, [
  join(client, 'node_modules', '@vscode', 'vsce', 'vsce'),
  'package',
  '--no-dependencies',
  '--skip-license',
  '--allow-missing-repository',
  '--out',
  join(client, vsix),
]);
console.log(`packaged ${vsix}`);
