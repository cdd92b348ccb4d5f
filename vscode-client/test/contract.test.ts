import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ContractError,
  DEFAULT_OUTSIDE_INTERFACE,
  declareIxlsCapabilities,
  INTERFACE_NAME,
  linksChangedConcerns,
  parseAsn,
  readDocumentKindResult,
  readGenerateConfigResult,
  readGenerateRequest,
  readLinksChanged,
  readNeedLocalAsn,
  readTunnelStatusResult,
  readUpdateFromSampleResult,
  sameDocumentUri,
} from '../src/contract';

describe('outside interface argument', () => {
  test('accepts IX interface names and refuses other text', () => {
    for (const name of [DEFAULT_OUTSIDE_INTERFACE, 'GigaEthernet2:1.0', 'FastEthernet0/0.0', 'USB-Serial0.0', 'BVI1', 'Loopback0.0']) {
      assert.ok(INTERFACE_NAME.test(name), name);
    }
    for (const text of ['', 'GigaEthernet', '0.0', 'GigaEthernet0.0 ', 'Giga Ethernet0.0', 'GigaEthernet0..0']) {
      assert.ok(!INTERFACE_NAME.test(text), JSON.stringify(text));
    }
  });
});

describe('server command results', () => {
  test('generateConfig answers { uri }', () => {
    assert.deepEqual(readGenerateConfigResult({ uri: 'file:///w/ix.ix', extra: 1 }), { uri: 'file:///w/ix.ix' });
    assert.throws(() => readGenerateConfigResult({ uri: '' }), ContractError);
    assert.throws(() => readGenerateConfigResult(null), ContractError);
    assert.throws(() => readGenerateConfigResult('file:///w/ix.ix'), ContractError);
  });

  test('updateFromSample answers { changed } with a count', () => {
    assert.deepEqual(readUpdateFromSampleResult({ changed: 0 }), { changed: 0 });
    assert.deepEqual(readUpdateFromSampleResult({ changed: 3 }), { changed: 3 });
    assert.throws(() => readUpdateFromSampleResult({ changed: -1 }), ContractError);
    assert.throws(() => readUpdateFromSampleResult({ changed: '3' }), ContractError);
  });

  test('tunnelStatus: samples, tunnels and checks are read; a missing interface is null', () => {
    const result = readTunnelStatusResult({
      samples: [
        {
          connectionId: 'vpn-0e88bfbe4ce7ff72a',
          sampleUri: 'file:///w/vpn-0e88bfbe4ce7ff72a.txt',
          tunnels: [
            { number: 1, awsOutside: '18.182.91.31', interface: 'Tunnel0.0', checks: [{ name: 'pre-shared key', ok: true }] },
            { number: 2, awsOutside: '52.198.204.130', checks: [] },
          ],
        },
      ],
    });
    assert.equal(result.samples[0].tunnels[0].interface, 'Tunnel0.0');
    assert.equal(result.samples[0].tunnels[1].interface, null);
    assert.deepEqual(result.samples[0].tunnels[0].checks, [{ name: 'pre-shared key', ok: true }]);
  });

  test('tunnelStatus: a malformed answer names the place that is wrong', () => {
    assert.throws(
      () =>
        readTunnelStatusResult({
          samples: [{ connectionId: 'vpn-1', sampleUri: 'file:///s', tunnels: [{ number: 1, awsOutside: 'x', interface: null, checks: [{ name: 'a', ok: 'yes' }] }] }],
        }),
      /samples\[0\]\.tunnels\[0\]\.checks\[0\]/,
    );
    assert.throws(() => readTunnelStatusResult({}), ContractError);
  });

  test('tunnelStatus: the live state from a transcript of the router output is read when present', () => {
    const live = {
      state: 'down',
      summary: 'down: Pre-shared key mismatch (IX702)',
      message: 'Tunnel 2 (AWS 52.198.204.130) is down: ...',
      transcriptUri: 'file:///w/ix-aws-show.ixlog',
    };
    const result = readTunnelStatusResult({
      samples: [{ connectionId: '', sampleUri: '', tunnels: [{ number: 2, awsOutside: '52.198.204.130', interface: null, checks: [], live }] }],
    });
    assert.deepEqual(result.samples[0].tunnels[0].live, live);
    assert.throws(
      () =>
        readTunnelStatusResult({
          samples: [{ connectionId: '', sampleUri: '', tunnels: [{ number: 2, awsOutside: 'x', interface: null, checks: [], live: { ...live, state: 'broken' } }] }],
        }),
      /samples\[0\]\.tunnels\[0\]\.live/,
    );
  });
});

describe('document kinds and link changes', () => {
  test('detectDocumentKind answers one of the four kinds', () => {
    for (const kind of ['config', 'awsSample', 'transcript', 'other'] as const) {
      assert.equal(readDocumentKindResult({ kind }), kind);
    }
    assert.throws(() => readDocumentKindResult({ kind: 'sample' }), ContractError);
    assert.throws(() => readDocumentKindResult('awsSample'), ContractError);
  });

  test('ixls/linksChanged names configs; an empty or malformed list concerns every config', () => {
    const config = 'file:///w/ix-aws.ix';
    assert.ok(linksChangedConcerns(readLinksChanged({ uris: [config] }), config));
    assert.ok(!linksChangedConcerns(readLinksChanged({ uris: ['file:///w/other.ix'] }), config));
    assert.ok(linksChangedConcerns(readLinksChanged({ uris: [] }), config));
    assert.ok(linksChangedConcerns(readLinksChanged({ uris: [1] }), config));
    assert.ok(linksChangedConcerns(readLinksChanged(null), config));
  });

  test('a URI names the same document however either side encoded it', () => {
    assert.ok(sameDocumentUri('file:///c%3A/w/ix-aws.ix', 'file:///C:/w/ix-aws.ix'));
    assert.ok(sameDocumentUri('file:///w/my%20config.ix', 'file:///w/my config.ix'));
    assert.ok(!sameDocumentUri('file:///w/a.ix', 'file:///w/b.ix'));
    assert.ok(!sameDocumentUri('file:///w/a.ix', 'untitled:/w/a.ix'));
  });

  test('Generate is asked for by a lens or a menu (a URI) or by the server\'s code action (an object)', () => {
    assert.deepEqual(readGenerateRequest('file:///w/my-aws-download.txt'), { uri: 'file:///w/my-aws-download.txt' });
    assert.deepEqual(readGenerateRequest({ uri: 'file:///w/s.txt', ikeVersion: 'v2', connectionId: 'vpn-0a1b2c3d' }), {
      uri: 'file:///w/s.txt',
      ikeVersion: 'v2',
      connectionId: 'vpn-0a1b2c3d',
    });
    assert.deepEqual(readGenerateRequest({ uri: 'file:///w/s.txt', ikeVersion: 'v3' }), {
      uri: 'file:///w/s.txt',
      ikeVersion: undefined,
      connectionId: undefined,
    });
    assert.equal(readGenerateRequest(undefined).uri, undefined);
    assert.equal(readGenerateRequest({ uri: '' }).uri, undefined);
  });
});

describe('client capabilities', () => {
  test('declare ixls/linksChanged and shown command errors, keeping what other features declared', () => {
    const empty: { experimental?: unknown } = {};
    declareIxlsCapabilities(empty);
    assert.deepEqual(empty.experimental, { ixls: { linksChanged: true, showsCommandErrors: true } });
    const other: { experimental?: unknown } = { experimental: { someone: 1, ixls: { later: true } } };
    declareIxlsCapabilities(other);
    assert.deepEqual(other.experimental, { someone: 1, ixls: { later: true, linksChanged: true, showsCommandErrors: true } });
  });

  test('a generate error that asks for the ASN is told from any other failure', () => {
    // vscode-languageclient rejects with a ResponseError: code, message and the server's data.
    const need = { code: -32602, message: 'ixls: ...', data: { ixls: 'needLocalAsn', placeholder: 'YOUR_BGP_ASN' } };
    assert.deepEqual(readNeedLocalAsn(need), { placeholder: 'YOUR_BGP_ASN' });
    assert.equal(readNeedLocalAsn({ code: -32602, message: 'ixls: ikeVersion must be "v1" or "v2"' }), undefined);
    assert.equal(readNeedLocalAsn({ code: -32602, data: 'java.lang.IllegalStateException: ...' }), undefined);
    assert.equal(readNeedLocalAsn(new Error('connection lost')), undefined);
    assert.equal(readNeedLocalAsn(undefined), undefined);
  });

  test('an AS number is 1 to 4294967295, digits only', () => {
    assert.equal(parseAsn(' 65000 '), 65000);
    assert.equal(parseAsn('4294967295'), 4294967295);
    assert.equal(parseAsn('1'), 1);
    for (const bad of ['0', '4294967296', '-1', '65000.5', '6.5e4', 'AS65000', '', '65 000', '0x10']) {
      assert.equal(parseAsn(bad), undefined, bad);
    }
  });
});
