// Everything the extension shows exists in English and Japanese.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { formatEnglish } from '../src/l10n';
import { findMessages, placeholders } from './messages';
import { CLIENT_ROOT, REPO_ROOT } from './paths';

const readJson = (name: string): Record<string, string> => JSON.parse(readFileSync(join(CLIENT_ROOT, name), 'utf8'));
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('runtime strings (vscode.l10n)', () => {
  const messages = findMessages(join(CLIENT_ROOT, 'src'));
  const bundle = readJson('l10n/bundle.l10n.ja.json');

  test('the scan finds the messages (guards the scanner itself)', () => {
    assert.ok(messages.length >= 40, `only ${messages.length} messages found`);
    assert.ok(messages.some((m) => m.text === 'The NEC IX language server stopped unexpectedly.'));
  });

  test('every message is a string literal', () => {
    const dynamic = messages.filter((m) => m.text === undefined).map((m) => `${m.file}:${m.line}`);
    assert.deepEqual(dynamic, []);
  });

  test('every message has a Japanese translation with the same placeholders', () => {
    for (const { text, file, line } of messages) {
      const key = text as string;
      const translated = bundle[key];
      assert.ok(translated, `${file}:${line}: no Japanese for "${key}"`);
      assert.match(translated, JAPANESE, `"${key}" is not translated`);
      assert.deepEqual(placeholders(translated), placeholders(key), `placeholders differ for "${key}"`);
    }
  });

  test('the bundle has no stale entries', () => {
    const used = new Set(messages.map((m) => m.text));
    assert.deepEqual(Object.keys(bundle).filter((key) => !used.has(key)), []);
  });

  test('formatEnglish fills placeholders like vscode.l10n.t', () => {
    assert.equal(formatEnglish('{0} of {1} checks pass', 2, 3), '2 of 3 checks pass');
    assert.equal(formatEnglish('Install a JDK {0}+, Java {0}', 17), 'Install a JDK 17+, Java 17');
    assert.equal(formatEnglish('{0} and {1}', 'a'), 'a and {1}');
  });
});

describe('manifest strings (package.nls)', () => {
  const manifest = readFileSync(join(CLIENT_ROOT, 'package.json'), 'utf8');
  const english = readJson('package.nls.json');
  const japanese = readJson('package.nls.ja.json');
  const referenced = [...manifest.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);

  test('every %key% in package.json exists in English and Japanese', () => {
    assert.ok(referenced.length >= 15, `only ${referenced.length} keys referenced`);
    for (const key of referenced) {
      assert.ok(english[key], `package.nls.json lacks ${key}`);
      assert.ok(japanese[key], `package.nls.ja.json lacks ${key}`);
    }
  });

  test('both files have the same keys, none unused, and the Japanese is translated', () => {
    assert.deepEqual(Object.keys(japanese).sort(), Object.keys(english).sort());
    assert.deepEqual(Object.keys(english).filter((key) => !referenced.includes(key)), []);
    for (const [key, value] of Object.entries(japanese)) {
      if (key !== 'ixls.displayName') {
        assert.match(value, JAPANESE, `${key} is not translated`);
      }
    }
  });
});

describe('Japanese terms (the glossary of docs/i18n.md)', () => {
  // | concept | use | not | rows after "## Glossary": the preferred term, and the variants to avoid.
  const glossary = readFileSync(join(REPO_ROOT, 'docs', 'i18n.md'), 'utf8').split('## Glossary')[1] ?? '';
  const rows = glossary.split('\n').filter((l) => l.startsWith('|') && !l.startsWith('|---') && !l.startsWith('| concept'))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map((cells) => ({ use: cells[2], avoid: cells[3].split(',').map((t) => t.trim()).filter((t) => t !== '') }));

  /** A variant inside the preferred term (共有鍵 in 事前共有鍵) or in ルートマップ/ルートベース does not count. */
  const usesTerm = (text: string, term: string, preferred: string): boolean => {
    const offset = preferred.indexOf(term);
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      const insidePreferred = offset >= 0 && at >= offset && text.startsWith(preferred, at - offset);
      const compound = term === 'ルート' && (text.startsWith('ルートマップ', at) || text.startsWith('ルートベース', at));
      if (!insidePreferred && !compound) {
        return true;
      }
    }
    return false;
  };

  test('the glossary is found', () => {
    assert.ok(rows.some((r) => r.use === 'インタフェース' && r.avoid.includes('インターフェース')), 'no glossary table');
  });

  test('the extension\'s Japanese uses the preferred terms', () => {
    const japanese = { ...readJson('l10n/bundle.l10n.ja.json'), ...readJson('package.nls.ja.json') };
    const offending: string[] = [];
    for (const [key, value] of Object.entries(japanese)) {
      for (const { use, avoid } of rows) {
        for (const term of avoid.filter((t) => usesTerm(value, t, use))) {
          offending.push(`${key}: '${term}' (use '${use}')`);
        }
      }
    }
    assert.deepEqual(offending, []);
  });
});
