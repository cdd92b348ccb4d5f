// The TextMate grammars in grammars/textmate: valid JSON, and lines tokenise as a user expects
// them to be coloured. Uses the same engine as VS Code (vscode-textmate + vscode-oniguruma).

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';
import { CLIENT_ROOT, GRAMMARS_DIR } from './paths';

interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

const GRAMMAR_FILES: Record<string, string> = {
  'source.nec-ix': 'nec-ix.tmLanguage.json',
  'source.aws-vpn-sample': 'aws-vpn-sample.tmLanguage.json',
};

let ix: IGrammar;
let aws: IGrammar;

before(async () => {
  const wasm = readFileSync(join(CLIENT_ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    // text.xml (embedded for the XML sample) is VS Code's own grammar and is absent here.
    loadGrammar: async (scopeName: string) => {
      const file = GRAMMAR_FILES[scopeName];
      if (!file) {
        return null;
      }
      const path = join(GRAMMARS_DIR, file);
      return parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  const loadedIx = await registry.loadGrammar('source.nec-ix');
  const loadedAws = await registry.loadGrammar('source.aws-vpn-sample');
  assert.ok(loadedIx && loadedAws);
  ix = loadedIx;
  aws = loadedAws;
});

/** Tokenises a document, one array of tokens per line. */
function tokenize(grammar: IGrammar, text: string): Token[][] {
  let state: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
}

/** The scopes of the token that is `text` (give or take surrounding blanks); fails if there is none. */
function scopesOf(line: Token[], text: string): readonly string[] {
  const token = line.find((t) => t.text === text || t.text.trim() === text);
  assert.ok(token, `no token "${text}" in ${JSON.stringify(line.map((t) => t.text))}`);
  return token.scopes;
}

function assertScope(line: Token[], text: string, scope: string): void {
  const scopes = scopesOf(line, text);
  assert.ok(scopes.includes(scope), `"${text}" has ${JSON.stringify(scopes)}, expected ${scope}`);
}

/** `text` is one token, and none of its scopes starts with `prefix`. */
function assertNoScope(line: Token[], text: string, prefix: string): void {
  const bad = scopesOf(line, text).find((s) => s.startsWith(prefix));
  assert.equal(bad, undefined, `"${text}" unexpectedly has ${bad}`);
}

describe('grammar files', () => {
  test('every file in grammars/textmate is valid JSON', () => {
    const files = readdirSync(GRAMMARS_DIR).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 4, `found ${files.join(', ')}`);
    for (const file of files) {
      assert.doesNotThrow(() => JSON.parse(readFileSync(join(GRAMMARS_DIR, file), 'utf8')), file);
    }
  });

  test('language configuration regexes compile', () => {
    const config = JSON.parse(readFileSync(join(GRAMMARS_DIR, 'nec-ix.language-configuration.json'), 'utf8'));
    assert.equal(config.comments.lineComment, '!');
    assert.deepEqual(config.brackets, []);
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    assert.ok(increase.test('interface GigaEthernet0.0'));
    assert.ok(increase.test('  router bgp 65000'));
    assert.ok(increase.test('ikev2 profile aws-tunnel1'));
    assert.ok(!increase.test('  ip address 10.0.0.1/24'));
    assert.ok(!increase.test('interfaces'));
    assert.ok(new RegExp(config.indentationRules.decreaseIndentPattern).test('  exit'));
    const word = new RegExp(config.wordPattern, 'g');
    assert.deepEqual('ix01(config-GigaEthernet1.2)# ip address 169.254.0.2/30'.match(word), [
      'ix01',
      'config-GigaEthernet1.2',
      'ip',
      'address',
      '169.254.0.2/30',
    ]);
  });
});

describe('nec-ix grammar', () => {
  test('comments, the running-config header and device messages', () => {
    const lines = tokenize(
      ix,
      [
        'Using 1930 out of 524288 bytes',
        '! NEC Portable Internetwork Core Operating System Software',
        '  ! 日本語のコメント',
        '!',
        '% Invalid command.',
      ].join('\n'),
    );
    assertScope(lines[0], 'Using 1930 out of 524288 bytes', 'comment.line.header.nec-ix');
    assertScope(lines[1], '!', 'punctuation.definition.comment.nec-ix');
    assertScope(lines[1], ' NEC Portable Internetwork Core Operating System Software', 'comment.line.exclamation.nec-ix');
    assertScope(lines[2], ' 日本語のコメント', 'comment.line.exclamation.nec-ix');
    assertScope(lines[3], '!', 'comment.line.exclamation.nec-ix');
    assertScope(lines[4], '% Invalid command.', 'comment.line.device-message.nec-ix');
  });

  test('block openers, commands, prefixes and numbers', () => {
    const lines = tokenize(
      ix,
      [
        'interface Tunnel0.0',
        '  ip address 169.254.128.174/30',
        '  no shutdown',
        '  exit',
        'router bgp 65000',
        '  neighbor 169.254.128.173 remote-as 64512',
        'ike proposal ike-prop encryption aes hash sha2-256 group 1024-bit lifetime 28800',
      ].join('\n'),
    );
    assertScope(lines[0], 'interface', 'keyword.control.block.nec-ix');
    assertScope(lines[0], 'Tunnel0.0', 'entity.name.type.interface.nec-ix');
    assertScope(lines[1], 'ip', 'keyword.other.command.nec-ix');
    assertScope(lines[1], '169.254.128.174/30', 'constant.numeric.ipv4-prefix.nec-ix');
    assertScope(lines[2], 'no', 'keyword.operator.negation.nec-ix');
    assertScope(lines[2], 'shutdown', 'keyword.other.command.nec-ix');
    assertScope(lines[3], 'exit', 'keyword.control.exit.nec-ix');
    assertScope(lines[4], 'router bgp', 'keyword.control.block.nec-ix');
    assertScope(lines[4], '65000', 'constant.numeric.integer.nec-ix');
    assertScope(lines[5], '169.254.128.173', 'constant.numeric.ipv4-address.nec-ix');
    assertScope(lines[5], 'remote-as', 'keyword.other.option.nec-ix');
    assertScope(lines[5], '64512', 'constant.numeric.integer.nec-ix');
    assertScope(lines[6], '28800', 'constant.numeric.integer.nec-ix');
    assertNoScope(lines[6], '1024-bit', 'constant.numeric');
    assertNoScope(lines[6], 'sha2-256', 'constant.numeric');
  });

  test('interface names in every form', () => {
    const names = [
      'GigaEthernet0.0',
      'GigaEthernet2:1.0',
      'FastEthernet0/0.0',
      'USB-Serial0.0',
      'Loopback0.0',
      'Tunnel11.0',
      'BVI1',
      'Null0.0',
      'BRI0.0',
    ];
    const lines = tokenize(ix, names.map((name) => `ip route 192.0.2.0/24 ${name}`).join('\n'));
    names.forEach((name, i) => assertScope(lines[i], name, 'entity.name.type.interface.nec-ix'));
    const device = tokenize(ix, 'device GigaEthernet0');
    assertScope(device[0], 'device', 'keyword.control.block.nec-ix');
    assertScope(device[0], 'GigaEthernet0', 'entity.name.type.interface.nec-ix');
    assertNoScope(tokenize(ix, 'hostname GigaEthernetRouter')[0], 'GigaEthernetRouter', 'entity.name.type.interface');
  });

  test('keys and passwords are scoped as secrets, and only them', () => {
    const lines = tokenize(
      ix,
      [
        'ike policy ike-policy1 peer 18.182.91.31 key hngyiJd8N5pulvK9QDMXZ02BDDLCz10K ike-prop',
        'ikev2 authentication psk id ipv4 52.198.204.130 key char HDGT8vg_Wvlkte1PKllP26ZK4k1vX8VE',
        'username admin password plain s3cr3t!x administrator',
        '  description key rotation is due',
      ].join('\n'),
    );
    assertScope(lines[0], 'hngyiJd8N5pulvK9QDMXZ02BDDLCz10K', 'string.unquoted.secret.nec-ix');
    assertScope(lines[0], '18.182.91.31', 'constant.numeric.ipv4-address.nec-ix');
    assertNoScope(lines[0], 'ike-prop', 'string.unquoted.secret');
    assertScope(lines[1], 'char', 'keyword.other.option.nec-ix');
    assertScope(lines[1], 'HDGT8vg_Wvlkte1PKllP26ZK4k1vX8VE', 'string.unquoted.secret.nec-ix');
    assertScope(lines[2], 's3cr3t!x', 'string.unquoted.secret.nec-ix');
    assertNoScope(lines[2], 'administrator', 'string.unquoted.secret');
    assertScope(lines[3], 'key rotation is due', 'string.unquoted.description.nec-ix');
    assertNoScope(lines[3], 'description', 'string.unquoted.secret');
  });

  test('a keyword in a key\'s or password\'s place is no secret; the key is where the command has it', () => {
    // Shapes of test-fixtures/field/ (username with a level, L2TP's authentication password) and
    // half-typed lines as they stand while the user types.
    const lines = tokenize(
      ix,
      [
        'ike policy l2tp-ike-policy peer any key RemoteAccess2025 l2tp-ike1',
        'ike policy p1 peer 192.0.2.1 key mode aggressive',
        'ike policy p1 peer 192.0.2.1 key any',
        'ikev2 authentication psk id ipv4 192.0.2.8 key char',
        'username viewer password plain 0 Viewer2025 operator',
        'username admin password plain 0',
        'nm account home-group password secret Hq28dLpa91xZm3Rt0VbN7cKs2Yw',
        '  authentication password phone-user Ph0neUserPw',
        'http-server username admin secret-password Adm1nPw',
        '  neighbor 169.254.10.1 password BgpMd5Pw',
      ].join('\n'),
    );
    assertNoScope(lines[0], 'any', 'string.unquoted.secret');
    assertScope(lines[0], 'RemoteAccess2025', 'string.unquoted.secret.nec-ix');
    assertNoScope(lines[1], 'mode', 'string.unquoted.secret');
    assertNoScope(lines[2], 'any', 'string.unquoted.secret');
    assertNoScope(lines[3], 'char', 'string.unquoted.secret');
    assertNoScope(lines[4], '0', 'string.unquoted.secret');
    assertScope(lines[4], 'Viewer2025', 'string.unquoted.secret.nec-ix');
    assertNoScope(lines[4], 'operator', 'string.unquoted.secret');
    assertScope(lines[5], '0', 'string.unquoted.secret.nec-ix');
    assertScope(lines[6], 'Hq28dLpa91xZm3Rt0VbN7cKs2Yw', 'string.unquoted.secret.nec-ix');
    assertNoScope(lines[6], 'secret', 'string.unquoted.secret');
    assertNoScope(lines[7], 'phone-user', 'string.unquoted.secret');
    assertScope(lines[7], 'Ph0neUserPw', 'string.unquoted.secret.nec-ix');
    assertScope(lines[8], 'Adm1nPw', 'string.unquoted.secret.nec-ix');
    assertScope(lines[9], 'BgpMd5Pw', 'string.unquoted.secret.nec-ix');
    for (const line of lines) {
      for (const token of line.filter((t) => t.scopes.some((s) => s.startsWith('string.unquoted.secret')))) {
        assert.ok(!/^(any|char|hex|mode|plain|hash|secret|operator|administrator)$/.test(token.text), token.text);
      }
    }
  });

  test('console prompts', () => {
    const lines = tokenize(ix, ['ix01(config-GigaEthernet1.2)# ip address 10.0.0.1/24', 'Router(config)#', 'ix01# show running-config'].join('\n'));
    assertScope(lines[0], 'ix01(config-GigaEthernet1.2)#', 'entity.other.prompt.nec-ix');
    assertScope(lines[0], 'ip', 'keyword.other.command.nec-ix');
    assertScope(lines[0], '10.0.0.1/24', 'constant.numeric.ipv4-prefix.nec-ix');
    assertScope(lines[1], 'Router(config)#', 'entity.other.prompt.nec-ix');
    assertScope(lines[2], 'show', 'keyword.other.command.nec-ix');
  });
});

describe('aws-vpn-sample grammar', () => {
  test('Cisco IOS sample: headings, header fields, commands and the pre-shared key', () => {
    const lines = tokenize(
      aws,
      [
        '! Amazon Web Services',
        '! Your VPN Connection ID                  : vpn-0e88bfbe4ce7ff72a',
        '! IPSec Tunnel #1',
        '! #1: Internet Key Exchange (IKE) Configuration',
        'crypto isakmp policy 200',
        '  pre-shared-key address 18.182.91.31 key hngyiJd8N5pulvK9QDMXZ02BDDLCz10K',
        'interface Tunnel1',
        '  ip address 169.254.128.174 255.255.255.252',
        'exit',
      ].join('\n'),
    );
    assertScope(lines[0], ' Amazon Web Services', 'comment.line.exclamation.aws-vpn-sample');
    assertScope(lines[1], 'Your VPN Connection ID', 'variable.other.property.aws-vpn-sample');
    assertScope(lines[1], 'vpn-0e88bfbe4ce7ff72a', 'string.unquoted.value.aws-vpn-sample');
    assertScope(lines[2], 'IPSec Tunnel #1', 'markup.heading.aws-vpn-sample');
    assertScope(lines[3], '#1: Internet Key Exchange (IKE) Configuration', 'markup.heading.aws-vpn-sample');
    assertScope(lines[4], 'crypto isakmp policy', 'keyword.control.block.aws-vpn-sample');
    assertScope(lines[4], '200', 'constant.numeric.integer.nec-ix');
    assertScope(lines[5], 'pre-shared-key', 'keyword.other.command.aws-vpn-sample');
    assertScope(lines[5], 'hngyiJd8N5pulvK9QDMXZ02BDDLCz10K', 'string.unquoted.secret.nec-ix');
    assertScope(lines[6], 'Tunnel1', 'entity.name.type.interface.nec-ix');
    assertScope(lines[7], '255.255.255.252', 'constant.numeric.ipv4-address.nec-ix');
    assertScope(lines[8], 'exit', 'keyword.control.exit.aws-vpn-sample');
  });

  test('Generic sample: headings and labelled values; no Cisco command colouring', () => {
    const lines = tokenize(
      aws,
      [
        'Amazon Web Services',
        'IPsec Tunnel #1',
        '================================================================================',
        '#1: Internet Key Exchange Configuration',
        '  - Pre-Shared Key           : abcDEF123_x',
        '  - Customer Gateway                : 203.0.113.10',
        '  - Virtual Private Gateway         : 169.254.12.1/30',
        'crypto isakmp policy 200',
      ].join('\n'),
    );
    assertNoScope(lines[0], 'Amazon Web Services', 'keyword');
    assertScope(lines[1], 'IPsec Tunnel #1', 'markup.heading.aws-vpn-sample');
    assertScope(lines[3], '#1: Internet Key Exchange Configuration', 'markup.heading.aws-vpn-sample');
    assertScope(lines[4], 'Pre-Shared Key', 'variable.other.property.aws-vpn-sample');
    assertScope(lines[4], 'abcDEF123_x', 'string.unquoted.secret.aws-vpn-sample');
    assertScope(lines[5], 'Customer Gateway', 'variable.other.property.aws-vpn-sample');
    assertScope(lines[5], '203.0.113.10', 'constant.numeric.ipv4-address.nec-ix');
    assertScope(lines[6], '169.254.12.1/30', 'constant.numeric.ipv4-prefix.nec-ix');
    assertNoScope(lines[7], 'crypto isakmp policy 200', 'keyword');
  });

  test('XML sample: the pre-shared key is scoped as a secret', () => {
    const lines = tokenize(
      aws,
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<vpn_connection id="vpn-0e88bfbe4ce7ff72a">',
        '      <pre_shared_key>hngyiJd8N5pulvK9QDMXZ02BDDLCz10K</pre_shared_key>',
      ].join('\n'),
    );
    assertScope(lines[2], 'hngyiJd8N5pulvK9QDMXZ02BDDLCz10K', 'string.unquoted.secret.aws-vpn-sample');
  });
});
