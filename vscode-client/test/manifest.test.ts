// package.json agrees with the code and the grammar files it points at.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, test } from 'node:test';
import { CLIENT_ROOT, GRAMMARS_DIR } from './paths';

interface Contributes {
  languages: Array<{ id: string; extensions?: string[]; filenamePatterns?: string[]; firstLine?: string; configuration: string }>;
  grammars: Array<{ language: string; scopeName: string; path: string }>;
  commands: Array<{ command: string; title: string; category: string }>;
  menus: Record<string, Array<{ command: string; when?: string }>>;
  configuration: { properties: Record<string, { default?: unknown }> };
}

const manifest = JSON.parse(readFileSync(join(CLIENT_ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes as Contributes;
const english: Record<string, string> = JSON.parse(readFileSync(join(CLIENT_ROOT, 'package.nls.json'), 'utf8'));
const extensionSource = readFileSync(join(CLIENT_ROOT, 'src', 'extension.ts'), 'utf8');

const title = (value: string) => english[value.replace(/^%|%$/g, '')] ?? value;

describe('package.json', () => {
  test('grammars and language configurations are the files in grammars/textmate, copied to syntaxes/ at build time', () => {
    const paths = [...contributes.grammars.map((g) => g.path), ...contributes.languages.map((l) => l.configuration)];
    for (const path of paths) {
      assert.match(path, /^\.\/syntaxes\/[^/]+\.json$/);
      assert.ok(existsSync(join(GRAMMARS_DIR, basename(path))), `${basename(path)} is not in grammars/textmate`);
    }
    for (const grammar of contributes.grammars) {
      const file = JSON.parse(readFileSync(join(GRAMMARS_DIR, basename(grammar.path)), 'utf8'));
      assert.equal(file.scopeName, grammar.scopeName);
    }
  });

  test('the palette shows the commands the way users are told to find them', () => {
    const shown = Object.fromEntries(contributes.commands.map((c) => [c.command, `${c.category}: ${title(c.title)}`]));
    assert.equal(shown['ixls.generateConfig'], 'NEC IX: Generate IX config from AWS sample');
    assert.equal(shown['ixls.updateFromSample'], 'NEC IX: Update config from AWS sample');
    assert.equal(shown['ixls.showTunnelStatus'], 'NEC IX: Show tunnel status');
    assert.equal(shown['ixls.restartServer'], 'NEC IX: Restart server');
  });

  test('every contributed command is registered by the extension, and menus name only those', () => {
    const contributed = contributes.commands.map((c) => c.command).sort();
    const registered = [...extensionSource.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(registered, contributed);
    for (const [menu, entries] of Object.entries(contributes.menus)) {
      for (const entry of entries) {
        assert.ok(contributed.includes(entry.command), `${menu} names unknown ${entry.command}`);
      }
    }
  });

  test('explorer and editor menus are limited by language id', () => {
    for (const menu of ['explorer/context', 'editor/context']) {
      for (const entry of contributes.menus[menu]) {
        assert.match(entry.when ?? '', /(resource|editor)LangId == (nec-ix|aws-vpn-sample)/, `${menu} ${entry.command}`);
      }
    }
  });

  test('language detection by first line', () => {
    const firstLine = (id: string) => new RegExp(contributes.languages.find((l) => l.id === id)?.firstLine ?? '(?!)');
    const ix = firstLine('nec-ix');
    assert.ok(ix.test('Using 1930 out of 524288 bytes'));
    assert.ok(ix.test('! NEC Portable Internetwork Core Operating System Software'));
    assert.ok(!ix.test('! Amazon Web Services'));
    assert.ok(!ix.test('interface GigaEthernet0.0'));
    const aws = firstLine('aws-vpn-sample');
    assert.ok(aws.test('! Amazon Web Services'));
    assert.ok(aws.test('Amazon Web Services'));
    assert.ok(aws.test('<?xml version="1.0" encoding="UTF-8"?><vpn_connection id="vpn-0e88bfbe4ce7ff72a">'));
    assert.ok(!aws.test('<?xml version="1.0" encoding="UTF-8"?>'));
    assert.ok(!aws.test('! NEC Portable Internetwork Core Operating System Software'));
    const show = firstLine('nec-ix-show');
    assert.ok(show.test('nec-ix01(config)# show ike sa'));
    assert.ok(show.test('ix-aws# sh ip bgp summary'));
    assert.ok(show.test('ix01# ping 169.254.10.1 count 3'));
    assert.ok(show.test('ISAKMP SA - 2 configured, 2 created'));
    assert.ok(show.test('IP Routing Table - 6 entries, 2 hidden, 2040 frees'));
    assert.ok(!show.test('nec-ix01# show running-config'), 'a captured config stays a config');
    assert.ok(!show.test('nec-ix01(config)# interface Tunnel0.0'));
    assert.ok(!show.test('! NEC Portable Internetwork Core Operating System Software'));
    assert.deepEqual(contributes.languages.find((l) => l.id === 'nec-ix-show')?.extensions, ['.ixlog']);
    const ixLanguage = contributes.languages.find((l) => l.id === 'nec-ix');
    assert.deepEqual(ixLanguage?.extensions, ['.ix', '.ixconf']);
    assert.deepEqual(contributes.languages.find((l) => l.id === 'aws-vpn-sample')?.filenamePatterns, ['vpn-*.txt']);
  });

  test('settings of the server contract with their defaults', () => {
    const properties = contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties).sort(), [
      'ixls.awsSamples',
      'ixls.diagnostics.delayMs',
      'ixls.generate.natTraversal',
      'ixls.java.home',
      'ixls.locale',
      'ixls.rules',
      'ixls.server.vmargs',
      'ixls.trace.server',
    ]);
    assert.equal(properties['ixls.diagnostics.delayMs'].default, 200);
    assert.equal(properties['ixls.locale'].default, 'auto');
    assert.equal(properties['ixls.trace.server'].default, 'off');
    // The section reaches the server as { generate: { natTraversal } }; false is the converter's default.
    assert.equal(properties['ixls.generate.natTraversal'].default, false);
  });

  test('every setting is editable in the Settings UI: one type, and a default of that type', () => {
    // The Settings UI shows a setting typed ['string', 'null'] only as "Edit in settings.json".
    const typeOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);
    for (const [key, property] of Object.entries(contributes.configuration.properties)) {
      const declared = (property as { type?: unknown }).type;
      assert.equal(typeof declared, 'string', `${key} has the type ${JSON.stringify(declared)}`);
      const expected = declared === 'integer' ? 'number' : declared;
      assert.equal(typeOf(property.default), expected, `${key}'s default ${JSON.stringify(property.default)}`);
    }
    assert.equal(contributes.configuration.properties['ixls.java.home'].default, '');
  });

  test('plain text files activate the extension, so that AWS samples are recognised by content', () => {
    assert.ok((manifest.activationEvents as string[]).includes('onLanguage:plaintext'));
  });

  test('the bundle entry point and the packaged files', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.match(manifest.engines.vscode, /^\^1\.\d+\.\d+$/);
    const [engineMinor] = manifest.engines.vscode.match(/\d+\.\d+/) as string[];
    assert.ok(manifest.devDependencies['@types/vscode'].startsWith(engineMinor), '@types/vscode must match the engine');
    const ignore = readFileSync(join(CLIENT_ROOT, '.vscodeignore'), 'utf8');
    for (const kept of ['!dist/extension.js', '!syntaxes/*.json', '!server/ixls.jar', '!l10n/*.json', '!package.nls.ja.json']) {
      assert.ok(ignore.includes(kept), `.vscodeignore drops ${kept}`);
    }
  });
});
